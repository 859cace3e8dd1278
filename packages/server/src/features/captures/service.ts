import { AGENT_LIMITS, type Capture, type CaptureAck } from '@vigil/protocol';
import type Sqlite from 'better-sqlite3';
import type { Db, Dialect } from '../../db/open.js';
import { badRequest, conflict, HttpError } from '../../http/errors.js';
import { sniffImageType } from '../blobs/image-type.js';
import type { BlobService } from '../blobs/service.js';
import type { DeviceContext } from '../devices/service.js';
import { captureRow } from './capture-row.js';
import type { ServerScanner } from './scanner.js';
import { captureStore } from './store.js';
import { type BlobInsert, type CaptureWriter, captureWriter } from './writer.js';

export interface CaptureServiceDeps {
  db: Db;
  dialect: Dialect;
  blobs: BlobService;
  scanner: ServerScanner | null;
  now: () => number;
  /** the SQLite connection under `db` (DatabaseHandle.sqlite), for the writer's prepared INSERT */
  sqlite?: Sqlite.Database | undefined;
  /** group commit shared by the requests of one process; one is made when absent */
  writer?: CaptureWriter;
}

interface Prepared {
  capture: Capture;
  index: number;
  screenshot?: { contentType: string; data: Buffer };
}

const NO_BLOBS: ReadonlyMap<string, BlobInsert> = new Map();

// Requests arriving in the same millisecond share one receivedAt string instead of a Date each.
let lastMs = Number.NaN;
let lastIso = '';
function iso(ms: number): string {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}

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

/**
 * Capture ingest: the same id again is the same capture; the server scans the text again; the
 * capture row, its screenshot's blob row and its thumbnail job commit in one transaction. The
 * encrypted screenshot object is written just before that transaction, so a crash in between leaves
 * only an orphan object (swept later), never a row without its object.
 */
export function captureService(deps: CaptureServiceDeps) {
  const { db, blobs, scanner, now } = deps;
  const store = captureStore(db);

  const writer = deps.writer ?? captureWriter(db, deps.dialect, now, { sqlite: deps.sqlite, scanner });
  // The SQLite writer thread scans rows itself, off the event loop; elsewhere they are scanned here.
  const scanHere = writer.scansRows ? null : scanner;

  const clash = (field: string) =>
    conflict(`${field}.id: another device already sent a capture with this id`, 'capture_id_conflict');

  /**
   * One text-only capture (the hot path): straight to the INSERT, which recognises a repeat by
   * itself; only a repeat looks up who stored it first.
   */
  async function ingestOne(device: DeviceContext, capture: Capture, field: string): Promise<CaptureAck> {
    const at = now();
    const inserted = await writer.write([captureRow(device, capture, at, scanHere)], NO_BLOBS);
    if (inserted.has(capture.id)) return { id: capture.id, status: 'created', receivedAt: iso(at) };
    const owner = (await store.owners([capture.id])).get(capture.id);
    if (owner && owner.device_id !== device.deviceId) throw clash(field);
    return { id: capture.id, status: 'duplicate', receivedAt: iso(owner?.received_at ?? at) };
  }

  return {
    store,

    /** Commits what is waiting and stops the writer (its thread on SQLite); the app closes it. */
    close: () => writer.close(),

    /** Starts the writer's threads and loads their engine now rather than at the first capture. */
    warm: () => writer.warm(),

    async ingest(device: DeviceContext, captures: Capture[], fieldPrefix = ''): Promise<CaptureAck[]> {
      const field = (index: number) => (fieldPrefix ? `${fieldPrefix}.${index}` : 'body');
      if (captures.length === 1 && !captures[0]!.screenshot) {
        return [await ingestOne(device, captures[0]!, field(0))];
      }
      const at = now();
      // Batches and screenshots first look for ids already stored, so a retry never re-uploads a
      // screenshot.
      const owners = await store.owners(captures.map((c) => c.id));
      const acks: CaptureAck[] = new Array(captures.length);
      const fresh: Prepared[] = [];
      const seen = new Set<string>();
      captures.forEach((capture, index) => {
        const owner = owners.get(capture.id);
        if (owner && owner.device_id !== device.deviceId) throw clash(field(index));
        if (owner || seen.has(capture.id)) {
          acks[index] = { id: capture.id, status: 'duplicate', receivedAt: iso(owner?.received_at ?? at) };
          return;
        }
        seen.add(capture.id);
        const screenshot = decodeScreenshot(capture, field(index));
        fresh.push({ capture, index, ...(screenshot ? { screenshot } : {}) });
      });
      if (fresh.length === 0) return acks;

      const rows = fresh.map(({ capture }) => captureRow(device, capture, at, scanHere));

      // Encrypted objects first; their rows commit with the captures.
      const blobRows = new Map<string, BlobInsert>();
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

      const inserted = await writer.write(rows, blobRows);

      // Not inserted: stored before (a retry) or by a concurrent request; its object is an orphan.
      const losers = fresh.filter(({ capture }) => !inserted.has(capture.id));
      const orphans = losers.flatMap(({ capture }) => blobRows.get(capture.id)?.storage_key ?? []);
      if (orphans.length > 0) await blobs.deleteObjects(orphans).catch(() => {});
      const stored = losers.length > 0 ? await store.owners(losers.map((l) => l.capture.id)) : new Map();
      for (const { capture, index } of fresh) {
        if (inserted.has(capture.id)) {
          acks[index] = { id: capture.id, status: 'created', receivedAt: iso(at) };
          continue;
        }
        const owner = stored.get(capture.id);
        if (owner && owner.device_id !== device.deviceId) throw clash(field(index));
        acks[index] = { id: capture.id, status: 'duplicate', receivedAt: iso(owner?.received_at ?? at) };
      }
      return acks;
    },
  };
}

export type CaptureService = ReturnType<typeof captureService>;
