import { type CaptureSource, type Detection, maxSeverity } from '@vigil/protocol';
import type { RulesScanner } from './scanner.js';
import type { CaptureInsert } from './writer.js';

// Kept free of the database and HTTP layers: the capture scan thread imports it.

/** Adds the detections' categories to `all`, each once, and serialises them sorted, as stored. */
function withCategories(all: string[], categories: readonly string[]): string {
  // A capture carries a handful of detections: an array beats a Set, spread and sort of a copy.
  for (const category of categories) if (!all.includes(category)) all.push(category);
  return JSON.stringify(all.sort());
}

/** The sorted, distinct categories of the detections (`categories`, JSON). */
export function categoriesOf(detections: readonly Detection[]): string {
  const all: string[] = [];
  for (const d of detections) if (!all.includes(d.category)) all.push(d.category);
  return JSON.stringify(all.sort());
}

/** What the server's scan adds to a capture row; plain data, so a scanning thread can send it. */
export interface ServerScanResult {
  /** the detections, serialised as stored */
  detections: string;
  rulesVersion: string;
  severity: number;
  /** the detections' distinct categories */
  categories: string[];
}

/** Scans a text with the server's engine (on the event loop or on the capture scan thread). */
export function serverScan(text: string, source: CaptureSource, scanner: RulesScanner): ServerScanResult {
  const detections = scanner.scan(text, source);
  const categories: string[] = [];
  for (const d of detections) if (!categories.includes(d.category)) categories.push(d.category);
  return {
    detections: JSON.stringify(detections),
    rulesVersion: scanner.rulesVersion,
    severity: maxSeverity(detections),
    categories,
  };
}

/**
 * Keeps the server's scan beside the agent's: `server_detections`, its rules version, and the
 * severity and categories of both sets.
 */
export function applyServerScan(row: CaptureInsert, result: ServerScanResult): void {
  row.server_detections = result.detections;
  row.server_rules_version = result.rulesVersion;
  row.max_severity = Math.max(row.max_severity, result.severity);
  if (result.categories.length > 0) {
    row.categories = withCategories(JSON.parse(row.categories) as string[], result.categories);
  }
}

/** Scans a capture row's text with the server's engine and keeps the result beside the agent's. */
export function addServerScan(row: CaptureInsert, scanner: RulesScanner): void {
  applyServerScan(row, serverScan(row.text, row.source as CaptureSource, scanner));
}
