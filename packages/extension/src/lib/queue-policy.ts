/**
 * What the bounded offline queue keeps. When it is over its limits it drops the lowest severity
 * first (oldest first within a severity) and never drops anything at `protectedSeverity` or above,
 * even if that leaves the queue over its limits.
 */
export interface QueuedMeta {
  id: string;
  /** 1..5, the highest severity among the item's detections */
  severity: number;
  /** epoch ms when it was queued */
  createdAt: number;
  /** approximate stored size */
  bytes: number;
}

export interface QueueLimits {
  maxEntries: number;
  maxBytes: number;
  /** severity from which items are never dropped (4 = high) */
  protectedSeverity: number;
}

export const DEFAULT_QUEUE_LIMITS: QueueLimits = {
  maxEntries: 2_000,
  maxBytes: 200 * 1024 * 1024,
  protectedSeverity: 4,
};

/** Ids to drop so that the queue fits its limits, as far as it can without dropping protected items. */
export function selectEvictions(entries: readonly QueuedMeta[], limits: QueueLimits): string[] {
  let count = entries.length;
  let bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  if (count <= limits.maxEntries && bytes <= limits.maxBytes) return [];
  const droppable = entries
    .filter((e) => e.severity < limits.protectedSeverity)
    .sort((a, b) => a.severity - b.severity || a.createdAt - b.createdAt);
  const drop: string[] = [];
  for (const entry of droppable) {
    if (count <= limits.maxEntries && bytes <= limits.maxBytes) break;
    drop.push(entry.id);
    count -= 1;
    bytes -= entry.bytes;
  }
  return drop;
}

/** The next items to upload: highest severity first, then oldest; within `maxItems` and `maxBytes`. */
export function nextBatch<T extends QueuedMeta>(
  entries: readonly T[],
  maxItems: number,
  maxBytes: number,
): T[] {
  const ordered = [...entries].sort((a, b) => b.severity - a.severity || a.createdAt - b.createdAt);
  const batch: T[] = [];
  let bytes = 0;
  for (const entry of ordered) {
    if (batch.length >= maxItems) break;
    if (batch.length > 0 && bytes + entry.bytes > maxBytes) continue;
    batch.push(entry);
    bytes += entry.bytes;
  }
  return batch;
}
