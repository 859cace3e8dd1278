import { type CaptureSource, type Detection, maxSeverity } from '@vigil/protocol';
import type { RulesScanner } from './scanner.js';
import type { CaptureInsert } from './writer.js';

// Kept free of the database and HTTP layers: the capture writer thread imports it.

/** Adds the detections' categories to `all`, each once, and serialises them sorted, as stored. */
function withCategories(all: string[], detections: readonly Detection[]): string {
  // A capture carries a handful of detections: an array beats a Set, spread and sort of a copy.
  for (const d of detections) if (!all.includes(d.category)) all.push(d.category);
  return JSON.stringify(all.sort());
}

/** The sorted, distinct categories of the detections (`categories`, JSON). */
export const categoriesOf = (detections: readonly Detection[]): string => withCategories([], detections);

/**
 * Scans a capture row's text with the server's engine and keeps the result beside the agent's:
 * `server_detections`, its rules version, and the severity and categories of both sets.
 */
export function addServerScan(row: CaptureInsert, scanner: RulesScanner): void {
  const detections = scanner.scan(row.text, row.source as CaptureSource);
  row.server_detections = JSON.stringify(detections);
  row.server_rules_version = scanner.rulesVersion;
  row.max_severity = Math.max(row.max_severity, maxSeverity(detections));
  if (detections.length > 0) {
    row.categories = withCategories(JSON.parse(row.categories) as string[], detections);
  }
}
