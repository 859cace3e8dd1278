/**
 * Keeps `captureVisibleTab` under Chrome's quota (about two calls a second): calls are spaced at
 * least `minIntervalMs` apart, and a quota error pushes the next slot back with growing delays.
 */
export class CallSpacer {
  private nextAt = 0;
  private strikes = 0;

  constructor(
    private readonly minIntervalMs = 550,
    private readonly penaltyMs = 1_000,
  ) {}

  /** Reserves the next slot and returns how long to wait for it from `now`. */
  reserve(now: number): number {
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + this.minIntervalMs;
    return at - now;
  }

  /** Call after a quota error; returns how long to wait before trying again. */
  penalise(now: number): number {
    this.strikes += 1;
    const wait = this.penaltyMs * 2 ** Math.min(this.strikes - 1, 4);
    this.nextAt = Math.max(this.nextAt, now + wait);
    return wait;
  }

  succeeded(): void {
    this.strikes = 0;
  }
}

/** True when Chrome refused a capture because of its per-second quota. */
export function isQuotaError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND|quota/i.test(message);
}
