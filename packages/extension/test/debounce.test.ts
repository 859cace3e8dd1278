import { describe, expect, test } from 'vitest';
import { keyedDebouncer, type Timers, throttle } from '../src/lib/debounce.js';

/** A manual clock: timers run when advance() passes them. */
function fakeTimers(): Timers & { advance(ms: number): void } {
  let now = 0;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  return {
    now: () => now,
    set(fn, ms) {
      seq += 1;
      timers.set(seq, { at: now + ms, fn });
      return seq;
    },
    clear(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
      }
      now = end;
    },
  };
}

describe('keyedDebouncer', () => {
  test('fires once per field after the pause, fields independent', () => {
    const t = fakeTimers();
    const fired: string[] = [];
    const a = { name: 'a' };
    const b = { name: 'b' };
    const d = keyedDebouncer<{ name: string }>((k) => fired.push(k.name), 100, 1_000, t);
    d.touch(a);
    t.advance(50);
    d.touch(a);
    d.touch(b);
    t.advance(99);
    expect(fired).toEqual([]);
    t.advance(1);
    expect(fired).toEqual(['a', 'b']);
    t.advance(1_000);
    expect(fired).toEqual(['a', 'b']);
  });

  test('continuous typing still fires at least every maxWait', () => {
    const t = fakeTimers();
    let count = 0;
    const key = {};
    const d = keyedDebouncer(() => count++, 100, 500, t);
    for (let i = 0; i < 60; i++) {
      d.touch(key);
      t.advance(20);
    }
    expect(count).toBeGreaterThanOrEqual(2);
  });

  test('flush fires a pending key now, and only once', () => {
    const t = fakeTimers();
    let count = 0;
    const key = {};
    const d = keyedDebouncer(() => count++, 100, 500, t);
    d.flush(key);
    expect(count).toBe(0);
    d.touch(key);
    d.flush(key);
    expect(count).toBe(1);
    expect(d.pending(key)).toBe(false);
    t.advance(1_000);
    expect(count).toBe(1);
  });
});

describe('throttle', () => {
  test('leading call, then at most one per interval, trailing call kept', () => {
    const t = fakeTimers();
    let count = 0;
    const f = throttle(() => count++, 1_000, t);
    t.advance(5_000);
    f();
    expect(count).toBe(1);
    f();
    f();
    expect(count).toBe(1);
    t.advance(1_000);
    expect(count).toBe(2);
    t.advance(5_000);
    expect(count).toBe(2);
  });
});
