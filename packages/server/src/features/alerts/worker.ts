import type { DatabaseHandle } from '../../db/open.js';
import { syncReviewItems } from '../review/sync.js';
import type { Mailer } from './channels.js';
import { escalateOverdue, raiseAlerts, sendDue } from './service.js';

export interface ReviewWorker {
  /** One pass: project new captures, raise alerts, escalate overdue ones, send due deliveries. */
  runOnce(): Promise<number>;
  /** Passes until nothing is left to do (what tests call instead of sleeping). */
  drain(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The review and alerts loop. Captures stored by ingest are projected into the Logs read model within
 * one interval (1 s by default), so an alert goes out well inside 10 s of ingest.
 */
export function createReviewWorker(options: {
  database: DatabaseHandle;
  publicUrl: string;
  mailer: Mailer | null;
  now?: () => number;
  intervalMs?: number;
  log?: (message: string, error?: unknown) => void;
}): ReviewWorker {
  const now = options.now ?? Date.now;
  const { db } = options.database;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function runOnce(): Promise<number> {
    const projected = await syncReviewItems(db);
    let work = projected.length;
    if (projected.length) {
      work += (await db.transaction().execute((trx) => raiseAlerts(trx, projected, now()))).length;
    }
    work += await db.transaction().execute((trx) => escalateOverdue(trx, now()));
    work += await sendDue({
      db,
      publicUrl: options.publicUrl,
      mailer: options.mailer,
      now,
      ...(options.log ? { log: options.log } : {}),
    });
    return work;
  }

  return {
    runOnce,
    async drain() {
      let total = 0;
      for (let i = 0; i < 1000; i++) {
        const n = await runOnce();
        total += n;
        if (n === 0) break;
      }
      return total;
    },
    start() {
      stopped = false;
      const tick = () => {
        running = runOnce()
          .catch((error) => options.log?.('review worker pass failed', error))
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
}
