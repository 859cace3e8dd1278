import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type RunningVigil, startVigil } from '@vigil/server';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import { afterAll, describe, expect, test } from 'vitest';

const started: RunningVigil[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const vigil of started) await vigil.close();
  for (const db of databases) await db.drop();
});

async function start(env: Record<string, string>): Promise<RunningVigil> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-health-'));
  const config = loadConfig({
    VIGIL_PORT: '0',
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_DATA_DIR: dataDir,
    ...env,
  });
  const vigil = await startVigil(config);
  started.push(vigil);
  return vigil;
}

describe('health over real HTTP', () => {
  test('SQLite: /healthz answers and the database file exists', async () => {
    const vigil = await start({});
    const response = await fetch(`${vigil.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'sqlite' });
  });

  test('PostgreSQL: /healthz answers on a fresh database', async (context) => {
    if (!(await postgresAvailable())) return context.skip();
    const db = await createTestDatabase();
    databases.push(db);
    const vigil = await start({ VIGIL_DATABASE_URL: db.url });
    const response = await fetch(`${vigil.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok', database: 'postgres' });
  });

  test('unknown API routes answer 404 with a message', async () => {
    const vigil = started[0] ?? (await start({}));
    const response = await fetch(`${vigil.url}/api/nothing-here`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain('/api/nothing-here');
  });
});
