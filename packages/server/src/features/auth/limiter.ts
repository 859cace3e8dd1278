/**
 * Sliding-window attempt limiter kept in memory (per process), keyed by account or address. Sign-in
 * uses it per account and per address, on top of the lockout. With several API
 * processes each keeps its own window; the lockout (in the database) is the shared backstop.
 */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt at `now`; returns false (and records nothing) when the key is over the limit. */
  take(key: string, now: number): boolean {
    const since = now - this.windowMs;
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.max) {
      this.attempts.set(key, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(key, recent);
    if (this.attempts.size > 50_000) this.prune(now);
    return true;
  }

  /** Milliseconds until the key may try again (0 when it may now). */
  retryAfter(key: string, now: number): number {
    const recent = (this.attempts.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (recent.length < this.max) return 0;
    return recent[0]! + this.windowMs - now;
  }

  private prune(now: number): void {
    for (const [key, times] of this.attempts) {
      if (times.every((t) => t <= now - this.windowMs)) this.attempts.delete(key);
    }
  }
}
