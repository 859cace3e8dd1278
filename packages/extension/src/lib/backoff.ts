/** Exponential backoff with jitter for uploads, enrolment and screenshot quota errors. */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  /** 0..1; the delay is drawn from [exp * (1 - jitter), exp]. */
  jitter?: number;
  random?: () => number;
}

/** Delay before retry number `attempt` (0 = first retry). Never below 0, never above `maxMs`. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const base = options.baseMs ?? 2_000;
  const max = options.maxMs ?? 15 * 60_000;
  const jitter = options.jitter ?? 0.5;
  const random = options.random ?? Math.random;
  const exp = Math.min(max, base * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(exp * (1 - jitter * random()));
}

/** Parses a `Retry-After` header (seconds or an HTTP date) into milliseconds from `now`. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
