import { describe, expect, test } from 'vitest';
import { backoffDelay, retryAfterMs } from '../src/lib/backoff.js';

describe('backoffDelay', () => {
  test('doubles per attempt up to the cap, without jitter', () => {
    const opts = { baseMs: 1_000, maxMs: 10_000, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5].map((a) => backoffDelay(a, opts))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
  });

  test('jitter stays within [exp * (1 - jitter), exp]', () => {
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(3, { baseMs: 1_000, jitter: 0.5 });
      expect(d).toBeGreaterThanOrEqual(4_000);
      expect(d).toBeLessThanOrEqual(8_000);
    }
  });

  test('huge attempt numbers do not overflow', () => {
    expect(backoffDelay(10_000, { maxMs: 60_000, jitter: 0 })).toBe(60_000);
  });
});

describe('retryAfterMs', () => {
  test('seconds and HTTP dates', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryAfterMs('Thu, 26 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});
