import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { JobTable } from '../../db/ingest-tables.js';
import type { Db, Dialect } from '../../db/open.js';

export const JOB_KINDS = ['retention', 'thumbnail', 'orphan-sweep', 'alert'] as const;
export type JobKind = (typeof JOB_KINDS)[number];
export type JobRow = Selectable<JobTable>;

export interface NewJob {
  kind: JobKind;
  payload: Record<string, unknown>;
  /** epoch ms; defaults to now */
  runAt?: number;
  /** at most one job ever exists per key (e.g. `retention:<school>:<day>`) */
  dedupeKey?: string;
}

/**
 * The jobs table as a queue. Enqueue inside the transaction of the work that needs the job (the
 * outbox pattern); workers in any number of processes claim with SELECT ... FOR UPDATE SKIP LOCKED on
 * PostgreSQL, or inside one write transaction on SQLite (which has a single writer anyway).
 */
export function jobQueue(db: Db, dialect: Dialect) {
  /** One INSERT for many jobs; a job whose dedupe key exists already is skipped. */
  async function enqueueMany(jobs: NewJob[], now: number): Promise<void> {
    if (jobs.length === 0) return;
    await db
      .insertInto('jobs')
      .values(
        jobs.map((job) => ({
          id: randomUUID(),
          kind: job.kind,
          payload: JSON.stringify(job.payload),
          dedupe_key: job.dedupeKey ?? null,
          status: 'queued',
          run_at: job.runAt ?? now,
          last_error: null,
          locked_by: null,
          locked_at: null,
          created_at: now,
          finished_at: null,
        })),
      )
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .execute();
  }

  return {
    async enqueue(job: NewJob, now: number): Promise<void> {
      await enqueueMany([job], now);
    },

    enqueueMany,

    /** Marks up to `limit` due jobs of these kinds as running by `workerId` and returns them. */
    async claim(workerId: string, kinds: readonly string[], now: number, limit: number): Promise<JobRow[]> {
      if (kinds.length === 0) return [];
      const claim = async (trx: Db) => {
        let due = trx
          .selectFrom('jobs')
          .select('id')
          .where('status', '=', 'queued')
          .where('run_at', '<=', now)
          .where('kind', 'in', kinds)
          .orderBy('run_at')
          .limit(limit);
        if (dialect === 'postgres') due = due.forUpdate().skipLocked();
        const ids = (await due.execute()).map((r) => r.id);
        if (ids.length === 0) return [];
        return trx
          .updateTable('jobs')
          .set((eb) => ({
            status: 'running',
            locked_by: workerId,
            locked_at: now,
            attempts: eb('attempts', '+', 1),
          }))
          .where('id', 'in', ids)
          .where('status', '=', 'queued')
          .returningAll()
          .execute();
      };
      return db.transaction().execute(claim);
    },

    async complete(id: string, now: number): Promise<void> {
      await db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: now, last_error: null })
        .where('id', '=', id)
        .execute();
    },

    /** Back to the queue at `retryAt`, or failed for good when retryAt is null. */
    async fail(id: string, error: string, now: number, retryAt: number | null): Promise<void> {
      await db
        .updateTable('jobs')
        .set(
          retryAt === null
            ? { status: 'failed', finished_at: now, last_error: error.slice(0, 2000) }
            : {
                status: 'queued',
                run_at: retryAt,
                locked_by: null,
                locked_at: null,
                last_error: error.slice(0, 2000),
              },
        )
        .where('id', '=', id)
        .execute();
    },

    /** Running jobs whose worker vanished (locked longer than `timeoutMs`) go back to the queue. */
    async reclaimStale(now: number, timeoutMs: number): Promise<number> {
      const result = await db
        .updateTable('jobs')
        .set({ status: 'queued', locked_by: null, locked_at: null })
        .where('status', '=', 'running')
        .where('locked_at', '<', now - timeoutMs)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    list(kind?: JobKind): Promise<JobRow[]> {
      let query = db.selectFrom('jobs').selectAll();
      if (kind) query = query.where('kind', '=', kind);
      return query.orderBy('created_at').execute();
    },
  };
}

export type JobQueue = ReturnType<typeof jobQueue>;
