import type { BlobRowValues, CaptureRowValues, WriteItem } from './sqlite-commit.js';

// What crosses between the event loop and a capture thread (writer.ts PipelineMessage): the rows of
// a turn's items as one flat array of their values, not as objects. postMessage clones an object
// property by property, names and all, and the receiving thread rebuilds each through V8's generic
// deserialiser (a map transition per property); a flat array of the same values is about half the
// work on each side (v8.serialize/deserialize, 8 rows a message: 3.3 -> 1.8 us a row to send, 5.3
// -> 2.2 to receive), and the rows are rebuilt here as one object literal each.

/** The capture row's columns, in the order they travel. */
const FIELDS = 21;

/**
 * A turn's items: for each, its request id, its row count and its rows' values (FIELDS each, in
 * `encodeRow`'s order); `blobs` holds the screenshots' blob rows of the few items that have them.
 */
export interface WireItems {
  values: unknown[];
  blobs?: [id: number, blobs: [string, BlobRowValues][]][];
}

function encodeRow(values: unknown[], r: CaptureRowValues): void {
  values.push(
    r.id,
    r.school_id,
    r.device_id,
    r.person_email,
    r.person_other,
    r.person_ref,
    r.source,
    r.url,
    r.app,
    r.text,
    r.occurred_at,
    r.received_at,
    r.agent_detections,
    r.agent_rules_version,
    r.server_detections,
    r.server_rules_version,
    r.max_severity,
    r.categories,
    r.screenshot_blob_id,
    r.thumbnail_blob_id,
    r.incident_id,
  );
}

function decodeRow(v: unknown[], at: number): CaptureRowValues {
  return {
    id: v[at] as string,
    school_id: v[at + 1] as string,
    device_id: v[at + 2] as string,
    person_email: v[at + 3] as string | null,
    person_other: v[at + 4] as string | null,
    person_ref: v[at + 5] as string | null,
    source: v[at + 6] as string,
    url: v[at + 7] as string | null,
    app: v[at + 8] as string | null,
    text: v[at + 9] as string,
    occurred_at: v[at + 10] as number,
    received_at: v[at + 11] as number,
    agent_detections: v[at + 12] as string,
    agent_rules_version: v[at + 13] as string,
    server_detections: v[at + 14] as string | null,
    server_rules_version: v[at + 15] as string | null,
    max_severity: v[at + 16] as number,
    categories: v[at + 17] as string,
    screenshot_blob_id: v[at + 18] as string | null,
    thumbnail_blob_id: v[at + 19] as string | null,
    incident_id: v[at + 20] as string | null,
  };
}

/** The items as they travel to (or back from) a capture thread. */
export function encodeItems(items: readonly (readonly [number, WriteItem])[]): WireItems {
  const values: unknown[] = [];
  const blobs: NonNullable<WireItems['blobs']> = [];
  for (const [id, item] of items) {
    values.push(id, item.rows.length);
    for (const row of item.rows) encodeRow(values, row);
    if (item.blobs.length > 0) blobs.push([id, item.blobs]);
  }
  return blobs.length > 0 ? { values, blobs } : { values };
}

/** The items `encodeItems` sent, each with its own rows (and blob rows), in order. */
export function decodeItems(wire: WireItems): [number, WriteItem][] {
  const v = wire.values;
  const withBlobs = wire.blobs ? new Map(wire.blobs) : undefined;
  const items: [number, WriteItem][] = [];
  let at = 0;
  while (at < v.length) {
    const id = v[at] as number;
    const count = v[at + 1] as number;
    at += 2;
    const rows: CaptureRowValues[] = new Array(count);
    for (let i = 0; i < count; i++, at += FIELDS) rows[i] = decodeRow(v, at);
    items.push([id, { rows, blobs: withBlobs?.get(id) ?? [] }]);
  }
  return items;
}
