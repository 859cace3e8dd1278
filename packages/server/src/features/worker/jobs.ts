import sharp from 'sharp';
import type { DatabaseHandle } from '../../db/open.js';
import type { BlobService } from '../blobs/service.js';
import { captureStore } from '../captures/store.js';
import { tenancyStore } from '../tenancy/store.js';
import { jobQueue } from './queue.js';
import { createWorker, type Worker, type WorkerOptions } from './worker.js';

const DAY = 24 * 60 * 60 * 1000;
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

export interface IngestJobsDeps {
  database: DatabaseHandle;
  blobs: BlobService;
  now?: () => number;
  /** how old an unreferenced blob must be before the sweep deletes it */
  orphanGraceMs?: number;
}

/**
 * The ingest slice's jobs: retention purge (per school, in days; captures linked to an incident are
 * kept), thumbnails of screenshots, and the orphan blob sweep. `schedule` enqueues the recurring ones
 * once per day and school, deduplicated by key so several workers never double them.
 */
export function ingestJobs(deps: IngestJobsDeps): Pick<WorkerOptions, 'handlers' | 'schedule'> {
  const { db, dialect } = deps.database;
  const now = deps.now ?? Date.now;
  const captures = captureStore(db);
  let scheduledDay = -1;

  return {
    handlers: {
      async retention(payload) {
        const schoolId = String(payload.schoolId);
        const school = await db
          .selectFrom('schools')
          .select('retention_days')
          .where('id', '=', schoolId)
          .executeTakeFirst();
        if (!school) return;
        const cutoff = now() - school.retention_days * DAY;
        for (;;) {
          const expired = await captures.expired(schoolId, cutoff, 200);
          if (expired.length === 0) return;
          const blobIds = expired
            .flatMap((c) => [c.screenshot_blob_id, c.thumbnail_blob_id])
            .filter((b): b is string => !!b);
          const keys = await db.transaction().execute(async (trx) => {
            await captureStore(trx).deleteByIds(
              schoolId,
              expired.map((c) => c.id),
            );
            return deps.blobs.deleteRows(trx, schoolId, blobIds);
          });
          // Rows are gone; objects go now, or at the next orphan sweep if this fails.
          await deps.blobs.deleteObjects(keys).catch(() => {});
        }
      },

      async thumbnail(payload) {
        const schoolId = String(payload.schoolId);
        const captureId = String(payload.captureId);
        const capture = await captures.get(schoolId, captureId);
        if (!capture?.screenshot_blob_id || capture.thumbnail_blob_id) return;
        const original = await deps.blobs.read(db, schoolId, capture.screenshot_blob_id);
        if (!original) return;
        const data = await sharp(original.data)
          .resize({ width: 320, withoutEnlargement: true })
          .webp({ quality: 60 })
          .toBuffer();
        const blob = await deps.blobs.write(db, {
          schoolId,
          kind: 'thumbnail',
          contentType: 'image/webp',
          data,
          now: now(),
        });
        await db.transaction().execute(async (trx) => {
          await trx.insertInto('blobs').values(blob).execute();
          await captureStore(trx).setThumbnail(schoolId, captureId, blob.id);
        });
      },

      async 'orphan-sweep'() {
        await deps.blobs.sweepOrphans(db, { now: now(), graceMs: deps.orphanGraceMs ?? ORPHAN_GRACE_MS });
      },
    },

    async schedule(at) {
      const day = Math.floor(at / DAY);
      if (day === scheduledDay) return;
      scheduledDay = day;
      const queue = jobQueue(db, dialect);
      await queue.enqueue({ kind: 'orphan-sweep', payload: {}, dedupeKey: `orphan-sweep:${day}` }, at);
      for (const school of await tenancyStore(db).listAllSchools()) {
        await queue.enqueue(
          { kind: 'retention', payload: { schoolId: school.id }, dedupeKey: `retention:${school.id}:${day}` },
          at,
        );
      }
    },
  };
}

/** The worker a Vigil process runs (in process by default; `vigil start --role worker` for its own). */
export function createIngestWorker(
  deps: IngestJobsDeps & Pick<WorkerOptions, 'intervalMs' | 'log'> & { schedule?: boolean },
): Worker {
  const jobs = ingestJobs(deps);
  return createWorker({
    database: deps.database,
    handlers: jobs.handlers,
    ...(deps.schedule === false ? {} : { schedule: jobs.schedule }),
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.intervalMs ? { intervalMs: deps.intervalMs } : {}),
    ...(deps.log ? { log: deps.log } : {}),
  });
}
