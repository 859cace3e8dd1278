import { expect, test } from 'vitest';
import { decodeItems, encodeItems } from '../../src/features/captures/row-wire.js';
import type { WriteItem } from '../../src/features/captures/sqlite-commit.js';
import type { CaptureInsert } from '../../src/features/captures/writer.js';

// The rows cross to the capture threads as flat values (row-wire.ts): every column must arrive, in
// its own place, with each item's own rows and blob rows.

/** A row whose every column holds a value of its own, so a column dropped or swapped shows. */
function row(n: number): CaptureInsert {
  return {
    id: `id-${n}`,
    school_id: `school-${n}`,
    device_id: `device-${n}`,
    person_email: `p${n}@example.org`,
    person_other: `mis-${n}`,
    person_ref: `{"email":"p${n}@example.org"}`,
    source: 'typed',
    url: `https://example.org/${n}`,
    app: `app-${n}`,
    text: `text ${n}`,
    occurred_at: 1_000 + n,
    received_at: 2_000 + n,
    agent_detections: `[${n}]`,
    agent_rules_version: `agent-${n}`,
    server_detections: `[${n},${n}]`,
    server_rules_version: `server-${n}`,
    max_severity: n % 6,
    categories: `["c${n}"]`,
    screenshot_blob_id: `blob-${n}`,
    thumbnail_blob_id: `thumb-${n}`,
    incident_id: `incident-${n}`,
  };
}

test('items cross to a capture thread with every column of every row, and their own blob rows', () => {
  const blob = {
    id: 'blob-1',
    school_id: 'school-1',
    kind: 'screenshot',
    storage_key: 'k',
    content_type: 'image/png',
    size: 3,
    created_at: 5,
  };
  const items: [number, WriteItem][] = [
    [7, { rows: [row(1)], blobs: [['id-1', blob]] }],
    [
      8,
      {
        rows: [row(2), row(3), { ...row(4), person_email: null, url: null, server_detections: null }],
        blobs: [],
      },
    ],
    [9, { rows: [], blobs: [] }],
    [10, { rows: [row(5)], blobs: [] }],
  ];
  const wire = structuredClone(encodeItems(items));
  expect(decodeItems(wire)).toEqual(items);
  // Each decoded row has exactly the columns of a row, none left over from the wire.
  for (const [, item] of decodeItems(wire)) {
    for (const r of item.rows) expect(Object.keys(r).sort()).toEqual(Object.keys(row(0)).sort());
  }
  expect(wire.blobs).toEqual([[7, [['id-1', blob]]]]);
  expect(decodeItems(encodeItems([]))).toEqual([]);
});
