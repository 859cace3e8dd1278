/**
 * The text a capture carries: the scanned text cut to a window around its detections (so a huge
 * page still fits the protocol's limit), with every detection's offsets moved to match.
 */
export interface Span {
  start: number;
  end: number;
}

export function textInContext<D extends Span>(
  text: string,
  detections: readonly D[],
  maxChars: number,
): { text: string; detections: D[] } {
  if (text.length <= maxChars) return { text, detections: [...detections] };
  if (detections.length === 0) return { text: text.slice(0, maxChars), detections: [] };
  const first = Math.min(...detections.map((d) => d.start));
  const last = Math.max(...detections.map((d) => d.end));
  const span = last - first;
  let from: number;
  if (span >= maxChars) {
    from = first;
  } else {
    from = Math.max(0, first - Math.floor((maxChars - span) / 2));
    from = Math.min(from, text.length - maxChars);
  }
  const to = from + maxChars;
  const kept = detections
    .filter((d) => d.start >= from && d.end <= to)
    .map((d) => ({ ...d, start: d.start - from, end: d.end - from }));
  return { text: text.slice(from, to), detections: kept };
}

/** A short fingerprint used to avoid re-capturing the same hit while someone keeps typing. */
export function detectionKey(where: string, d: { rule: string; match: string }): string {
  return `${where}\u0000${d.rule}\u0000${d.match.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** Remembers keys for `ttlMs`; bounded so a long session cannot grow it without limit. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxKeys = 5_000,
  ) {}

  /** True if `key` was seen within the TTL; otherwise records it and returns false. */
  seenRecently(key: string, now: number): boolean {
    const at = this.seen.get(key);
    if (at !== undefined && now - at < this.ttlMs) return true;
    this.seen.delete(key);
    this.seen.set(key, now);
    if (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return false;
  }

  /** The entries still within the TTL, for keeping across worker restarts. */
  entries(now: number): [string, number][] {
    return [...this.seen].filter(([, at]) => now - at < this.ttlMs);
  }

  restore(entries: readonly [string, number][]): void {
    for (const [key, at] of entries) if (!this.seen.has(key)) this.seen.set(key, at);
  }
}
