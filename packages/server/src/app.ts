import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { VigilConfig } from './config.js';
import type { DatabaseHandle } from './db/open.js';
import { agentApiRoutes } from './features/agent-api/routes.js';
import { agentUpdateRoutes } from './features/agent-update/routes.js';
import { alertOnReviewEvent } from './features/alerts/hook.js';
import { alertRoutes } from './features/alerts/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { installAuthGuard } from './features/auth/guard.js';
import { authRoutes } from './features/auth/routes.js';
import { totpKeyFrom } from './features/auth/totp.js';
import { loadMasterKey } from './features/blobs/crypto.js';
import { createIngestRuntime, type IngestRuntime } from './features/captures/runtime.js';
import { deviceConsoleRoutes } from './features/devices/console-routes.js';
import { healthRoutes } from './features/health/routes.js';
import { reviewRoutes } from './features/review/routes.js';
import { blobScreenshots } from './features/review/screenshots.js';
import { serveConsole } from './http/console-static.js';
import { installErrorHandler } from './http/error-handler.js';

export interface AppDeps {
  config: VigilConfig;
  database: DatabaseHandle;
  /** Blob storage and the server's engine, shared with the worker; built from config when absent. */
  ingest?: IngestRuntime;
  /** The clock (epoch ms); tests inject one to drive session timeouts, lockouts and training expiry. */
  now?: () => number;
  /** Start the capture pipeline (its threads and their engine) before the app is ready; startVigil does. */
  warmIngest?: boolean;
}

/**
 * Builds the HTTP app without listening, so tests drive it with `inject` or a real port.
 * The agent API and the console API are sibling contexts with their own authentication.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]'],
          },
    bodyLimit: 8 * 1024 * 1024,
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  // Before any route: console routes must declare a permission; sessions, CSRF and roles are checked.
  await installAuthGuard(app, { db: deps.database.db, now: deps.now ?? Date.now });
  healthRoutes(app, deps.database);
  // One runtime (rules, scanner, blob store) serves ingest and the review API's screenshots.
  const runtime = deps.ingest ?? (await createIngestRuntime(deps.config));
  await agentApiRoutes(app, {
    config: deps.config,
    database: deps.database,
    now: deps.now ?? Date.now,
    runtime,
    ...(deps.warmIngest ? { warmIngest: true } : {}),
  });
  deviceConsoleRoutes(app, { db: deps.database.db, now: deps.now ?? Date.now });
  // Self-hosted force-install of the Chrome extension (update manifest and signed CRX).
  agentUpdateRoutes(app, { config: deps.config });
  authRoutes(app, {
    db: deps.database.db,
    now: deps.now ?? Date.now,
    secureCookies: deps.config.publicUrl.startsWith('https:'),
    totpKey: totpKeyFrom(loadMasterKey(deps.config)),
  });
  auditRoutes(app, { db: deps.database.db });
  reviewRoutes(app, {
    db: deps.database.db,
    now: deps.now ?? Date.now,
    screenshots: blobScreenshots(deps.database.db, runtime.blobs),
    onApplied: alertOnReviewEvent,
  });
  alertRoutes(app, { db: deps.database.db, now: deps.now ?? Date.now });
  await serveConsole(app);
  return app;
}
