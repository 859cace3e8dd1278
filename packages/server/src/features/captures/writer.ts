import type { Insertable, InsertObject } from 'kysely';
import type { BlobTable } from '../../db/ingest-tables.js';
import type { Db, Dialect } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { jobQueue } from '../worker/queue.js';

/** A capture row; `person_id` may be a subquery resolved inside the INSERT. */
export type CaptureInsert = InsertObject<Database, 'captures'> & { id: string; school_id: string };
export type BlobInsert = Insertable<BlobTable> & { id: string; storage_key: string };

interface Pending {
  rows: CaptureInsert[];
  blobs: Map<string, BlobInsert>;
  resolve(inserted: Set<string>): void;
  reject(error: unknown): void;
}

/**
 * Group commit for captures. Concurrent requests hand their rows to the writer; it commits whatever
 * is waiting in one transaction (one multi-row INSERT ... ON CONFLICT DO NOTHING, then the blob rows
 * and thumbnail jobs of the captures actually inserted) and answers each request only after that
 * commit. One transaction per burst instead of per request is what lets SQLite keep up; every
 * acknowledged capture is still committed before its answer. If a combined transaction fails, each
 * request is retried alone so one bad request cannot fail its neighbours.
 */
export function captureWriter(db: Db, dialect: Dialect, now: () => number, maxRows = 500) {
  const queue: Pending[] = [];
  let flushing = false;

  /** Commits a batch; each pending request gets the ids it inserted (the first to send an id wins). */
  async function commit(batch: Pending[]): Promise<Set<string>[]> {
    const rows = batch.flatMap((p) => p.rows);
    return db.transaction().execute(async (trx) => {
      const inserted = new Set<string>();
      // SQLite allows 32766 variables per statement; 22 columns x 500 rows stays well inside.
      for (let i = 0; i < rows.length; i += maxRows) {
        const result = await trx
          .insertInto('captures')
          .values(rows.slice(i, i + maxRows))
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        for (const r of result) inserted.add(r.id);
      }
      const claimed = batch.map((pending) => {
        const mine = new Set<string>();
        for (const row of pending.rows) {
          if (inserted.delete(row.id)) mine.add(row.id);
        }
        return mine;
      });
      const blobRows: BlobInsert[] = [];
      for (const [i, pending] of batch.entries()) {
        for (const [captureId, blob] of pending.blobs) if (claimed[i]!.has(captureId)) blobRows.push(blob);
      }
      if (blobRows.length > 0) {
        await trx.insertInto('blobs').values(blobRows).execute();
        const captureOf = new Map(
          batch.flatMap((p) => [...p.blobs].map(([captureId, blob]) => [blob.id, captureId])),
        );
        await jobQueue(trx, dialect).enqueueMany(
          blobRows.map((blob) => ({
            kind: 'thumbnail' as const,
            payload: { schoolId: blob.school_id, captureId: captureOf.get(blob.id), blobId: blob.id },
            dedupeKey: `thumbnail:${captureOf.get(blob.id)}`,
          })),
          now(),
        );
      }
      return claimed;
    });
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch: Pending[] = [];
        let count = 0;
        while (queue.length > 0 && (batch.length === 0 || count + queue[0]!.rows.length <= maxRows)) {
          const next = queue.shift()!;
          batch.push(next);
          count += next.rows.length;
        }
        try {
          const claimed = await commit(batch);
          for (const [i, p] of batch.entries()) p.resolve(claimed[i]!);
        } catch (error) {
          if (batch.length === 1) {
            batch[0]!.reject(error);
            continue;
          }
          for (const p of batch) {
            try {
              p.resolve((await commit([p]))[0]!);
            } catch (single) {
              p.reject(single);
            }
          }
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    /** Resolves, after the commit, with the ids of the rows that were new. */
    write(rows: CaptureInsert[], blobs: Map<string, BlobInsert>): Promise<Set<string>> {
      return new Promise((resolve, reject) => {
        queue.push({ rows, blobs, resolve, reject });
        if (!flushing) setImmediate(() => void flush());
      });
    },
  };
}

export type CaptureWriter = ReturnType<typeof captureWriter>;
