// The fast path's trigger table: its bit filter only saves probes, it never stops a key the table holds.
import { describe, expect, test } from 'vitest';
import { HASH_PRIME, HASH_SEED } from '../src/terms.js';
import { buildTriggerTable, FIRED, fastCheck } from '../src/trigger.js';

/** The key fastCheck computes for a word of letters without a letter repeated in place. */
function wordKey(word: string): number {
  let h = HASH_SEED;
  for (const ch of word) h = Math.imul(h ^ (ch.charCodeAt(0) - 96), HASH_PRIME);
  return h;
}

/** Distinct made-up words (base 26), runs of one letter collapsed as fastCheck reads them. */
function word(i: number): string {
  let w = '';
  for (let n = i + 26 ** 3; n > 0; n = Math.floor(n / 26)) w += 'abcdefghijklmnopqrstuvwxyz'[n % 26];
  return w.replace(/(.)\1+/g, '$1');
}

describe('trigger table', () => {
  test('every one of 20,000 keys fires through the filter; other words do not', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => wordKey(word(2 * i)));
    const table = buildTriggerTable(keys, [], { affixes: 0, pairs: false, prefix2: [], suffix2: [] });
    const isKey = new Set(keys);
    for (let i = 0; i < 40_000; i++) {
      const w = word(i);
      expect(fastCheck(table, `${w}.`) & FIRED).toBe(isKey.has(wordKey(w)) ? FIRED : 0);
    }
  });

  test('a key that is a half of several conjunctions completes each of them, and nothing else', () => {
    const [a, b, c, d, e] = ['alpha', 'bravo', 'charlie', 'delta', 'echo'].map(wordKey) as number[];
    // Groups 0..2 have alpha as their first half; their second halves are bravo, charlie, delta.
    // echo is the second half of group 3, whose first half (delta) is also a half of group 2.
    const halves = [a!, 0, a!, 2, a!, 4, b!, 1, c!, 3, d!, 5, d!, 6, e!, 7];
    const table = buildTriggerTable([], halves, { affixes: 0, pairs: false, prefix2: [], suffix2: [] });
    for (const [text, fires] of [
      ['alpha bravo', true],
      ['charlie then alpha', true],
      ['alpha delta', true],
      ['delta echo', true],
      ['alpha echo', false],
      ['bravo charlie delta', false],
      ['alpha', false],
    ] as const)
      expect([text, fastCheck(table, text) & FIRED]).toEqual([text, fires ? FIRED : 0]);
  });
});
