import Fastify, { type FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { VigilConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { type DatabaseHandle, openDatabase } from './db/open.js';
import { smtpMailer } from './features/alerts/channels.js';
import { createReviewWorker, type ReviewWorker } from './features/alerts/worker.js';
import { bootstrapFirstAdmin, firstAdminMessage } from './features/auth/bootstrap.js';
import { createIngestRuntime } from './features/captures/runtime.js';
import { healthRoutes } from './features/health/routes.js';
import { createIngestWorker } from './features/worker/jobs.js';
import type { Worker } from './features/worker/worker.js';

export interface RunningVigil {
  /** the console and the agent API; with role 'worker', only GET /healthz */
  app: FastifyInstance;
  database: DatabaseHandle;
  /** the background worker, unless this process runs with role 'api' */
  worker: Worker | null;
  /** the review and alerts loop (projects captures into the Logs, raises and sends alerts) */
  reviewWorker: ReviewWorker | null;
  url: string;
  close(): Promise<void>;
}

/**
 * A worker process serves no console and no agent API: only GET /healthz (the database answers) on
 * VIGIL_PORT, for a supervisor's or orchestrator's health check.
 */
function healthOnlyApp(config: VigilConfig, database: DatabaseHandle): FastifyInstance {
  const app = Fastify({ logger: config.logLevel === 'silent' ? false : { level: config.logLevel } });
  healthRoutes(app, database);
  return app;
}

/** Opens the store, migrates it, and listens. What `vigil start` and the end-to-end tests run. */
export async function startVigil(config: VigilConfig): Promise<RunningVigil> {
  const database = openDatabase(config);
  await migrateToLatest(database.db);
  const serving = config.role !== 'worker';
  // First start: an organisation, a school and an org-admin whose one-time password is printed to
  // stdout once (never through the logger), by a process that serves the console.
  const firstAdmin = serving
    ? await bootstrapFirstAdmin(database.db, Date.now()).catch(async (error: unknown) => {
        const someone = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
        if (someone) return undefined; // another process created the first administrator at the same time
        throw error;
      })
    : undefined;
  const ingest = await createIngestRuntime(config);
  const app = serving
    ? await buildApp({ config, database, ingest, warmIngest: true })
    : healthOnlyApp(config, database);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  app.log.info(
    serving ? `Vigil is running: console at ${url}` : `Vigil worker is running: health at ${url}/healthz`,
  );
  const worker =
    config.role === 'api'
      ? null
      : createIngestWorker({
          database,
          blobs: ingest.blobs,
          intervalMs: config.workerIntervalMs,
          log: (message, error) => app.log.warn({ err: error }, message),
        });
  worker?.start();
  const reviewWorker =
    config.role === 'api'
      ? null
      : createReviewWorker({
          database,
          publicUrl: config.publicUrl,
          mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null,
          log: (message, error) => app.log.warn({ err: error }, message),
        });
  reviewWorker?.start();
  if (firstAdmin) process.stdout.write(firstAdminMessage(firstAdmin, url));
  return {
    app,
    database,
    url,
    worker,
    reviewWorker,
    async close() {
      await reviewWorker?.stop();
      await worker?.stop();
      await app.close();
      await database.close();
    },
  };
}
