// The fresh evaluation set (fixtures/fresh-eval.tsv), written independently of the shared dev set,
// is a real one: its score against the held-out bars is checked in labelled-sets.test.ts.
import { describe, expect, test } from 'vitest';
import { readSet } from './labelled-set.js';

describe('fresh evaluation set', () => {
  const items = readSet(new URL('./fixtures/fresh-eval.tsv', import.meta.url));
  const positives = items.filter((it) => it.expect.length > 0);
  const benign = items.filter((it) => it.expect.length === 0);

  test('is a real set: 400+ lines, at least 40% benign, every category present', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    expect(benign.length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(positives.flatMap((it) => it.expect)).size).toBe(14);
  });
});
