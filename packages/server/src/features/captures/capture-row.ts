import { type Capture, type Detection, maxSeverity } from '@vigil/protocol';
import type { DeviceContext } from '../devices/service.js';
import { normaliseExternalId } from '../tenancy/service.js';
import type { ServerScanner } from './scanner.js';
import type { CaptureInsert } from './writer.js';

/** The sorted, distinct categories of both detection sets, as stored (`categories`, JSON). */
export function categoriesOf(agent: readonly Detection[], server: readonly Detection[] | null): string {
  // Captures carry a handful of detections: an array beats a Set, spread and sort of a copy.
  const all: string[] = [];
  for (const d of agent) if (!all.includes(d.category)) all.push(d.category);
  if (server) for (const d of server) if (!all.includes(d.category)) all.push(d.category);
  return JSON.stringify(all.sort());
}

/** The capture row: the agent's capture, scanned again by the server's engine when it has one. */
export function captureRow(
  device: DeviceContext,
  capture: Capture,
  receivedAt: number,
  scanner: ServerScanner | null,
): CaptureInsert {
  const serverDetections = scanner ? scanner.scan(capture.text, capture.source) : null;
  const person = capture.person;
  return {
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
    server_detections: serverDetections ? JSON.stringify(serverDetections) : null,
    server_rules_version: scanner?.rulesVersion ?? null,
    max_severity: Math.max(
      maxSeverity(capture.detections),
      serverDetections ? maxSeverity(serverDetections) : 0,
    ),
    categories: categoriesOf(capture.detections, serverDetections),
    screenshot_blob_id: null,
    thumbnail_blob_id: null,
    incident_id: null,
  };
}
