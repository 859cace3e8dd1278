import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createDetector, detectorFor, loadRules } from '../src/worker/engine-adapter.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const compiled = path.resolve(here, '../../rules/dist/compiled.json');
const devRules = JSON.parse(fs.readFileSync(path.resolve(here, '../scripts/dev-rules.json'), 'utf8'));

describe('engine adapter', () => {
  test('the stand-in rules detect whole phrases with offsets into the text', () => {
    const detector = createDetector(devRules);
    expect(detector.version).toBe('dev-0');
    const text = 'Honestly I want to   kill myself.';
    const [hit] = detector.scan(text, 'typed');
    expect(hit).toMatchObject({ rule: 'suicide.intent.kill-self', category: 'suicide', severity: 4 });
    expect(text.slice(hit!.start, hit!.end)).toBe(hit!.match);
    expect(detector.scan('skill myselfie', 'typed')).toEqual([]);
  });

  test.skipIf(!fs.existsSync(compiled))(
    'the full compiled library loads through the engine, and a structured clone of it scans the same',
    () => {
      const loaded = loadRules(JSON.parse(fs.readFileSync(compiled, 'utf8')));
      expect(loaded.kind).toBe('engine');
      const fresh = detectorFor(loaded);
      const cloned = detectorFor(structuredClone(loaded));
      const text = 'honestly i want to kill myself';
      const hits = fresh.scan(text, 'typed');
      expect(hits.some((d) => d.category === 'suicide' && d.severity >= 4)).toBe(true);
      expect(cloned.scan(text, 'typed')).toEqual(hits);
      expect(fresh.scan('my favourite lesson is maths', 'typed')).toEqual([]);
    },
    60_000,
  );
});
