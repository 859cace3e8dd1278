import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { nextBatch, type QueuedMeta, selectEvictions } from '../src/lib/queue-policy.js';

const item = (id: string, severity: number, createdAt: number, bytes = 10): QueuedMeta => ({
  id,
  severity,
  createdAt,
  bytes,
});

describe('selectEvictions', () => {
  const limits = { maxEntries: 3, maxBytes: 1_000, protectedSeverity: 4 };

  test('keeps everything within the limits', () => {
    expect(selectEvictions([item('a', 1, 1), item('b', 2, 2)], limits)).toEqual([]);
  });

  test('drops the lowest severity first, oldest first within a severity', () => {
    const entries = [item('s3', 3, 1), item('s1-new', 1, 5), item('s1-old', 1, 2), item('s2', 2, 0)];
    expect(selectEvictions(entries, limits)).toEqual(['s1-old']);
    expect(selectEvictions(entries, { ...limits, maxEntries: 2 })).toEqual(['s1-old', 's1-new']);
  });

  test('never drops severity 4 or 5, even over the limit', () => {
    const entries = [item('a', 4, 1), item('b', 5, 2), item('c', 4, 3), item('d', 5, 4), item('e', 3, 5)];
    expect(selectEvictions(entries, limits)).toEqual(['e']);
  });

  test('drops for bytes too', () => {
    const entries = [item('big-low', 1, 1, 900), item('high', 4, 2, 900)];
    expect(selectEvictions(entries, limits)).toEqual(['big-low']);
  });

  test('property: protected items are never dropped, and the result fits unless only protected remain', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ severity: fc.integer({ min: 1, max: 5 }), bytes: fc.integer({ min: 1, max: 400 }) }),
          {
            maxLength: 40,
          },
        ),
        fc.integer({ min: 0, max: 20 }),
        (raw, maxEntries) => {
          const entries = raw.map((r, i) => item(`i${i}`, r.severity, i, r.bytes));
          const lim = { maxEntries, maxBytes: 2_000, protectedSeverity: 4 };
          const dropped = new Set(selectEvictions(entries, lim));
          const kept = entries.filter((e) => !dropped.has(e.id));
          for (const e of entries) if (e.severity >= 4) expect(dropped.has(e.id)).toBe(false);
          const fits = kept.length <= maxEntries && kept.reduce((s, e) => s + e.bytes, 0) <= 2_000;
          expect(fits || kept.every((e) => e.severity >= 4)).toBe(true);
          // Nothing of higher severity is dropped while a lower one is kept.
          const maxDropped = Math.max(
            0,
            ...[...dropped].map((id) => entries.find((e) => e.id === id)!.severity),
          );
          for (const e of kept) if (e.severity < 4) expect(e.severity).toBeGreaterThanOrEqual(maxDropped);
        },
      ),
    );
  });
});

describe('nextBatch', () => {
  test('highest severity first, then oldest, within count and bytes', () => {
    const entries = [item('a', 1, 1, 10), item('b', 5, 3, 10), item('c', 5, 2, 10), item('d', 3, 0, 10)];
    expect(nextBatch(entries, 3, 1_000).map((e) => e.id)).toEqual(['c', 'b', 'd']);
    expect(nextBatch(entries, 10, 25).map((e) => e.id)).toEqual(['c', 'b']);
  });

  test('always takes at least one item, even a large one', () => {
    expect(nextBatch([item('huge', 2, 1, 10_000)], 10, 100).map((e) => e.id)).toEqual(['huge']);
  });
});
