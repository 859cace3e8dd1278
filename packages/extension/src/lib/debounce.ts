/**
 * Per-key debouncing for typed text: each field fires `delayMs` after its last keystroke, and at
 * least every `maxWaitMs` while someone keeps typing. The per-event cost is one map lookup and
 * one timer reset, so the content script stays cheap on every keystroke.
 */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
  now(): number;
}

const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

interface Pending {
  handle: unknown;
  since: number;
}

export interface KeyedDebouncer<K extends object> {
  /** Note activity on `key`. */
  touch(key: K): void;
  /** Fire now for `key` if it is pending (e.g. on blur or page hide). */
  flush(key: K): void;
  pending(key: K): boolean;
}

export function keyedDebouncer<K extends object>(
  fire: (key: K) => void,
  delayMs: number,
  maxWaitMs: number,
  timers: Timers = realTimers,
): KeyedDebouncer<K> {
  const pending = new WeakMap<K, Pending>();
  const run = (key: K) => {
    pending.delete(key);
    fire(key);
  };
  return {
    touch(key) {
      const now = timers.now();
      const current = pending.get(key);
      if (current) {
        timers.clear(current.handle);
        if (now - current.since >= maxWaitMs) {
          run(key);
          return;
        }
        current.handle = timers.set(() => run(key), delayMs);
        return;
      }
      pending.set(key, { handle: timers.set(() => run(key), delayMs), since: now });
    },
    flush(key) {
      const current = pending.get(key);
      if (!current) return;
      timers.clear(current.handle);
      run(key);
    },
    pending: (key) => pending.has(key),
  };
}

/** Leading and trailing throttle: at most one call per `intervalMs`, and the last call always runs. */
export function throttle(fn: () => void, intervalMs: number, timers: Timers = realTimers): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let scheduled: unknown;
  return () => {
    if (scheduled !== undefined) return;
    const wait = last + intervalMs - timers.now();
    if (wait <= 0) {
      last = timers.now();
      fn();
      return;
    }
    scheduled = timers.set(() => {
      scheduled = undefined;
      last = timers.now();
      fn();
    }, wait);
  };
}
