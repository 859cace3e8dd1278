// A trigger check builds its readings without maps (views.ts textsOnly); a text whose reading
// fires builds them again with maps, so matches still land on the original words.
import { compileRules, scan } from '@vigil/engine';
import { describe, expect, test } from 'vitest';
import { identity, joinedView, maskedView, nfkcView, queryView, textsOnly } from '../src/views.js';
import { fixture } from './fixtures/library.js';

const texts = ['we met in the U.S. at 9 a.m.', 'k i l l myself', 'f*ck off', 'ｋｉｌｌ', 'q=kill%20myself'];

describe('readings without maps', () => {
  test('have the same texts as those with maps, and empty maps', () => {
    const all = (t: string) => [joinedView, maskedView, nfkcView, queryView].map((f) => f(identity(t)));
    for (const t of texts) {
      const mapped = all(t);
      const bare = textsOnly(() => all(t));
      expect(bare.map((v) => v?.text)).toEqual(mapped.map((v) => v?.text));
      for (const v of bare) if (v) expect(v.start!.length).toBe(0);
    }
  });

  test('a match found in a joined reading still spans the original letters', () => {
    const rules = compileRules(fixture);
    const text = 'honestly i want to k i l l myself tonight';
    const found = scan(text, { rules, model: false });
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.match);
  });
});
