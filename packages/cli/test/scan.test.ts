import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

// The CLI contract runs against the built CLI, as `npx vigil` does.
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
const vigil = (args: string[], input: string) =>
  spawnSync('node', [bin, ...args], { input, encoding: 'utf8' });

describe('vigil scan --jsonl', () => {
  test('one output line per input line, with the detection fields', () => {
    const r = vigil(
      ['scan', '--jsonl'],
      '{"id":"a","text":"i want to kill myself"}\n{"id":"b","text":"nice weather"}\n',
    );
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    const d = lines[0].detections[0];
    expect(Object.keys(d).sort()).toEqual(
      ['category', 'end', 'match', 'reasons', 'rule', 'severity', 'start'].sort(),
    );
    expect('i want to kill myself'.slice(d.start, d.end)).toBe(d.match);
    expect(lines[1].detections).toEqual([]);
  });
  test('a malformed line exits 2 naming the line number', () => {
    const r = vigil(['scan', '--jsonl'], '{"id":"a","text":"ok"}\n{"id": oops}\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/line 2/);
    expect(r.stdout).toBe('');
  });
  test('an unknown option exits 2 with one line on stderr; --help prints the summary', () => {
    const r = vigil(['scan', '--frobnicate'], '');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^vigil scan: Unknown option '--frobnicate'/);
    const help = vigil(['scan', '--help'], '');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^vigil scan: scan text/);
  });
  test('readable output from stdin', () => {
    const r = vigil(['scan'], 'k i l l myself\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/suicide/);
  });
});
