import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import type { VigilConfig } from './config.js';
import { migrateToLatest } from './db/migrate.js';
import { type DatabaseHandle, openDatabase } from './db/open.js';

export interface RunningVigil {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

/** Opens the store, migrates it, and listens. What `vigil start` and the end-to-end tests run. */
export async function startVigil(config: VigilConfig): Promise<RunningVigil> {
  const database = openDatabase(config);
  await migrateToLatest(database.db);
  const app = await buildApp({ config, database });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  app.log.info(`Vigil is running: console at ${url}`);
  return {
    app,
    database,
    url,
    async close() {
      await app.close();
      await database.close();
    },
  };
}
