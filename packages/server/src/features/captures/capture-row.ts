import { type Capture, maxSeverity } from '@vigil/protocol';
import type { DeviceContext } from '../devices/service.js';
import { normaliseExternalId } from '../tenancy/service.js';
import type { RulesScanner } from './scanner.js';
import { addServerScan, categoriesOf } from './server-scan.js';
import type { CaptureInsert } from './writer.js';

/**
 * The capture row. `scanner` scans it here; null leaves `server_detections` null, for a server without
 * rules, or for the writer thread to fill in before it inserts the row.
 */
export function captureRow(
  device: DeviceContext,
  capture: Capture,
  receivedAt: number,
  scanner: RulesScanner | null,
): CaptureInsert {
  const person = capture.person;
  const row: CaptureInsert = {
    id: capture.id,
    school_id: device.schoolId,
    device_id: device.deviceId,
    person_email: person?.email ? normaliseExternalId(person.email) : null,
    person_other: person?.externalId ? normaliseExternalId(person.externalId) : null,
    person_ref: person ? JSON.stringify(person) : null,
    source: capture.source,
    url: capture.url ?? null,
    app: capture.app ?? null,
    text: capture.text,
    occurred_at: Date.parse(capture.occurredAt),
    received_at: receivedAt,
    agent_detections: JSON.stringify(capture.detections),
    agent_rules_version: capture.rulesVersion,
    server_detections: null,
    server_rules_version: null,
    max_severity: maxSeverity(capture.detections),
    categories: categoriesOf(capture.detections),
    screenshot_blob_id: null,
    thumbnail_blob_id: null,
    incident_id: null,
  };
  if (scanner) addServerScan(row, scanner);
  return row;
}
