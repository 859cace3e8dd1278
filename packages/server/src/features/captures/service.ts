import { AGENT_LIMITS, type Capture, type CaptureAck, type Detection, maxSeverity } from '@vigil/protocol';
import type { Insertable } from 'kysely';
import type { CaptureTable } from '../../db/ingest-tables.js';
import type { Db, Dialect } from '../../db/open.js';
import { badRequest, conflict, HttpError } from '../../http/errors.js';
import { sniffImageType } from '../blobs/image-type.js';
import type { BlobService } from '../blobs/service.js';
import type { DeviceContext } from '../devices/service.js';
import { tenancyService } from '../tenancy/service.js';
import { jobQueue } from '../worker/queue.js';
import type { ServerScanner } from './scanner.js';
import { captureStore } from './store.js';

export interface CaptureServiceDeps {
  db: Db;
  dialect: Dialect;
  blobs: BlobService;
  scanner: ServerScanner | null;
  now: () => number;
}

interface Prepared {
  capture: Capture;
  index: number;
  screenshot?: { contentType: string; data: Buffer };
}

const iso = (ms: number) => new Date(ms).toISOString();

/** Decodes and checks a screenshot: at most 5 MB decoded (413), and really the image type it claims (400). */
function decodeScreenshot(
  capture: Capture,
  field: string,
): { contentType: string; data: Buffer } | undefined {
  const shot = capture.screenshot;
  if (!shot) return undefined;
  const approx = Math.floor((shot.data.length * 3) / 4);
  if (approx > AGENT_LIMITS.maxScreenshotBytes + 3) {
    throw new HttpError(413, 'screenshot_too_large', `${field}.screenshot.data: larger than 5 MB`);
  }
  const data = Buffer.from(shot.data, 'base64');
  if (data.length > AGENT_LIMITS.maxScreenshotBytes) {
    throw new HttpError(413, 'screenshot_too_large', `${field}.screenshot.data: larger than 5 MB`);
  }
  const sniffed = sniffImageType(data);
  if (!sniffed)
    throw badRequest(`${field}.screenshot.data: not a PNG, JPEG or WebP image`, 'invalid_screenshot');
  if (sniffed !== shot.contentType) {
    throw badRequest(
      `${field}.screenshot.contentType: says ${shot.contentType} but the data is ${sniffed}`,
      'invalid_screenshot',
    );
  }
  return { contentType: sniffed, data };
}

function categoriesOf(...sets: (readonly Detection[] | null)[]): string {
  const all = new Set<string>();
  for (const set of sets) for (const d of set ?? []) all.add(d.category);
  return JSON.stringify([...all].sort());
}

/**
 * Capture ingest: the same id again is the same capture; the server scans the text again; the
 * capture row, its screenshot's blob row and its thumbnail job commit in one transaction. The
 * encrypted screenshot object is written just before that transaction, so a crash in between leaves
 * only an orphan object (swept later), never a row without its object.
 */
export function captureService(deps: CaptureServiceDeps) {
  const { db, blobs, scanner, now } = deps;
  const store = captureStore(db);

  return {
    store,

    async ingest(device: DeviceContext, captures: Capture[], fieldPrefix = ''): Promise<CaptureAck[]> {
      const at = now();
      const field = (index: number) => (fieldPrefix ? `${fieldPrefix}.${index}` : 'body');
      const owners = await store.owners(captures.map((c) => c.id));
      const acks: CaptureAck[] = new Array(captures.length);
      const fresh: Prepared[] = [];
      const seen = new Set<string>();
      captures.forEach((capture, index) => {
        const owner = owners.get(capture.id);
        if (owner && owner.device_id !== device.deviceId) {
          throw conflict(
            `${field(index)}.id: another device already sent a capture with this id`,
            'capture_id_conflict',
          );
        }
        if (owner || seen.has(capture.id)) {
          acks[index] = { id: capture.id, status: 'duplicate', receivedAt: iso(owner?.received_at ?? at) };
          return;
        }
        seen.add(capture.id);
        const screenshot = decodeScreenshot(capture, field(index));
        fresh.push({ capture, index, ...(screenshot ? { screenshot } : {}) });
      });
      if (fresh.length === 0) return acks;

      const tenancy = tenancyService(db, now);
      const people = new Map<string, string | null>();
      const rows: (Insertable<CaptureTable> & { id: string })[] = [];
      for (const { capture } of fresh) {
        const personKey = JSON.stringify([capture.person?.email ?? '', capture.person?.externalId ?? '']);
        let personId = people.get(personKey);
        if (personId === undefined) {
          personId = await tenancy.resolvePerson(device.schoolId, capture.person);
          people.set(personKey, personId);
        }
        const serverDetections = scanner ? scanner.scan(capture.text, capture.source) : null;
        rows.push({
          id: capture.id,
          school_id: device.schoolId,
          device_id: device.deviceId,
          person_id: personId,
          person_ref: capture.person ? JSON.stringify(capture.person) : null,
          source: capture.source,
          url: capture.url ?? null,
          app: capture.app ?? null,
          text: capture.text,
          occurred_at: Date.parse(capture.occurredAt),
          received_at: at,
          agent_detections: JSON.stringify(capture.detections),
          agent_rules_version: capture.rulesVersion,
          server_detections: serverDetections ? JSON.stringify(serverDetections) : null,
          server_rules_version: scanner?.rulesVersion ?? null,
          max_severity: Math.max(maxSeverity(capture.detections), maxSeverity(serverDetections ?? [])),
          categories: categoriesOf(capture.detections, serverDetections),
          screenshot_blob_id: null,
          thumbnail_blob_id: null,
          incident_id: null,
        });
      }

      // Encrypted objects first; their rows commit with the captures below.
      const blobRows = new Map<string, Awaited<ReturnType<BlobService['write']>>>();
      for (const [i, item] of fresh.entries()) {
        if (!item.screenshot) continue;
        const blob = await blobs.write(db, {
          schoolId: device.schoolId,
          kind: 'screenshot',
          contentType: item.screenshot.contentType,
          data: item.screenshot.data,
          now: at,
        });
        blobRows.set(item.capture.id, blob);
        rows[i]!.screenshot_blob_id = blob.id;
      }

      const inserted = await db.transaction().execute(async (trx) => {
        const ids = await captureStore(trx).insertNew(rows);
        const queue = jobQueue(trx, deps.dialect);
        for (const [captureId, blob] of blobRows) {
          if (!ids.has(captureId)) continue;
          await trx.insertInto('blobs').values(blob).execute();
          await queue.enqueue(
            {
              kind: 'thumbnail',
              payload: { schoolId: device.schoolId, captureId, blobId: blob.id },
              dedupeKey: `thumbnail:${captureId}`,
            },
            at,
          );
        }
        return ids;
      });

      // A concurrent request stored the same id first: ours is a duplicate and its object an orphan.
      const losers = [...blobRows].filter(([id]) => !inserted.has(id)).map(([, blob]) => blob.storage_key);
      if (losers.length > 0) await blobs.deleteObjects(losers).catch(() => {});
      for (const { capture, index } of fresh) {
        acks[index] = {
          id: capture.id,
          status: inserted.has(capture.id) ? 'created' : 'duplicate',
          receivedAt: iso(at),
        };
      }
      return acks;
    },
  };
}

export type CaptureService = ReturnType<typeof captureService>;
