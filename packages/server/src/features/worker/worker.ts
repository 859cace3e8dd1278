import { randomUUID } from 'node:crypto';
import type { DatabaseHandle } from '../../db/open.js';
import { type JobKind, type JobRow, jobQueue } from './queue.js';

export type JobHandler = (payload: Record<string, unknown>, job: JobRow) => Promise<void>;

export interface WorkerOptions {
  database: DatabaseHandle;
  handlers: Partial<Record<JobKind, JobHandler>>;
  /** Called at each poll to enqueue recurring work (deduplicated by key, so any number of workers may). */
  schedule?: (now: number) => Promise<void>;
  now?: () => number;
  intervalMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** a running job older than this is presumed abandoned by a dead worker */
  staleAfterMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface Worker {
  readonly id: string;
  /** Claims and runs one batch of due jobs; returns how many ran. */
  runOnce(): Promise<number>;
  /** Runs batches until no job is due (what tests call instead of sleeping); returns how many ran. */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The background worker: polls the jobs table, runs each claimed job's handler and records the
 * outcome. Failed jobs retry with exponential backoff up to `maxAttempts`. Kinds without a handler
 * (the alert queue until its issue lands) are left queued for a worker that has one.
 */
export function createWorker(options: WorkerOptions): Worker {
  const id = `worker-${randomUUID()}`;
  const now = options.now ?? Date.now;
  const queue = jobQueue(options.database.db, options.database.dialect);
  const kinds = Object.keys(options.handlers) as JobKind[];
  const batchSize = options.batchSize ?? 20;
  const maxAttempts = options.maxAttempts ?? 5;
  const log = options.log ?? (() => {});
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;

  async function runOnce(): Promise<number> {
    await queue.reclaimStale(now(), options.staleAfterMs ?? 10 * 60_000);
    if (options.schedule) await options.schedule(now());
    const jobs = await queue.claim(id, kinds, now(), batchSize);
    for (const job of jobs) {
      const handler = options.handlers[job.kind as JobKind]!;
      try {
        await handler(JSON.parse(job.payload), job);
        await queue.complete(job.id, now());
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const retryAt = job.attempts >= maxAttempts ? null : now() + 1000 * 2 ** job.attempts;
        log(`job ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${message}`, error);
        await queue.fail(job.id, message, now(), retryAt);
      }
    }
    return jobs.length;
  }

  const worker: Worker = {
    id,
    runOnce,
    async drain() {
      let total = 0;
      for (;;) {
        const ran = await runOnce();
        total += ran;
        if (ran === 0) return total;
      }
    },
    start() {
      stopped = false;
      const tick = () => {
        running = runOnce()
          .catch((error) => log('worker poll failed', error))
          .finally(() => {
            if (!stopped) timer = setTimeout(tick, options.intervalMs ?? 1000);
          });
      };
      tick();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
  return worker;
}
