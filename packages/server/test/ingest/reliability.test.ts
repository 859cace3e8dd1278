import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, postgresAvailable } from '@vigil/testkit';
import S3rver from 's3rver';
import { afterAll, expect, test } from 'vitest';
import { backoffDelay } from '../../../extension/src/lib/backoff.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { enrol, MASTER_KEY, makeCapture, makeImage, post, seedSchool, startServer } from './helpers.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});
const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `vigil-${name}-`));

test('two server processes on one PostgreSQL and one S3 store: every capture exactly once', async (context) => {
  if (!(await postgresAvailable())) return context.skip();
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const s3 = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tmp('s3') });
  const { port } = (await s3.run()) as unknown as { port: number };
  cleanups.push(() => s3.close());
  const env = {
    VIGIL_DATABASE_URL: database.url,
    VIGIL_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    VIGIL_S3_BUCKET: 'vigil-two',
    VIGIL_S3_ACCESS_KEY_ID: 'S3RVER',
    VIGIL_S3_SECRET_ACCESS_KEY: 'S3RVER',
    VIGIL_ROLE: 'all',
    VIGIL_WORKER_INTERVAL_MS: '60000',
  };
  const [a, b] = await Promise.all([startServer(env), startServer(env)]);
  cleanups.push(
    () => a!.close(),
    () => b!.close(),
  );
  const seeded = await seedSchool(a!.database.db);
  const device = await enrol(a!.url, seeded.token);
  const png = await makeImage('png');

  const captures = Array.from({ length: 120 }, (_, i) =>
    makeCapture(
      i % 10 === 0 ? { screenshot: { contentType: 'image/png', data: png.toString('base64') } } : {},
    ),
  );
  // Every capture goes to one server; every fifth is also sent to the other at the same moment.
  const sends = captures.flatMap((capture, i) => {
    const first = i % 2 === 0 ? a! : b!;
    const other = first === a ? b! : a!;
    const one = post(first.url, '/captures', device.credential, capture);
    return i % 5 === 0 ? [one, post(other.url, '/captures', device.credential, capture)] : [one];
  });
  const results = await Promise.all(sends);
  expect(results.every((r) => r.status === 200)).toBe(true);
  const created = results.filter((r) => r.body.status === 'created').map((r) => r.body.id);
  expect(created.sort()).toEqual(captures.map((c) => c.id).sort());

  const rows = await b!.database.db
    .selectFrom('captures')
    .select(['id'])
    .where('school_id', '=', seeded.school.id)
    .execute();
  expect(rows.length).toBe(120);
  expect(new Set(rows.map((r) => r.id))).toEqual(new Set(captures.map((c) => c.id)));

  // Both processes' workers drain the shared queue; each thumbnail is made exactly once.
  await Promise.all([a!.worker!.drain(), b!.worker!.drain()]);
  const kinds = await a!.database.db
    .selectFrom('blobs')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .where('school_id', '=', seeded.school.id)
    .groupBy('kind')
    .execute();
  expect(Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)]))).toEqual({
    screenshot: 12,
    thumbnail: 12,
  });
}, 180_000);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function spawnServer(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', 'tsx', path.join(here, 'fixtures/serve.ts')],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('READY ')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  test(`SIGKILL mid-ingest [${dialect}]: every acknowledged capture is kept, every sent capture stored exactly once`, async (context) => {
    let databaseUrl = '';
    if (dialect === 'postgres') {
      if (!(await postgresAvailable())) return context.skip();
      const database = await createTestDatabase();
      cleanups.push(() => database.drop());
      databaseUrl = database.url;
    }
    const dataDir = tmp('fault');
    const port = await freePort();
    const env = {
      VIGIL_PORT: String(port),
      VIGIL_HOST: '127.0.0.1',
      VIGIL_DATA_DIR: dataDir,
      VIGIL_DATABASE_URL: databaseUrl,
      VIGIL_LOG_LEVEL: 'silent',
      VIGIL_MASTER_KEY: MASTER_KEY,
      VIGIL_AGENT_RATE_LIMIT: '1000000',
    };
    const url = `http://127.0.0.1:${port}`;
    // Seed before the server starts (same files / database).
    const handle = openDatabase({ databaseUrl, dataDir });
    await migrateToLatest(handle.db);
    const seeded = await seedSchool(handle.db);
    let server = await spawnServer(env);
    cleanups.push(async () => {
      server.kill('SIGKILL');
    });
    const device = await enrol(url, seeded.token);

    const sent = new Set<string>();
    const acknowledged = new Set<string>();
    const ackedBeforeKill = new Set<string>();
    let producing = true;
    let errorsSeen = 0;
    // Agents: each sends captures one at a time, retrying the same capture (same id) with the
    // extension's backoff until the server acknowledges it.
    const agent = async () => {
      while (producing) {
        const capture = makeCapture();
        sent.add(capture.id);
        for (let attempt = 0; ; attempt++) {
          try {
            const response = await post(url, '/captures', device.credential, capture);
            if (response.status === 200) {
              acknowledged.add(capture.id);
              break;
            }
          } catch {
            errorsSeen++;
          }
          await new Promise((r) => setTimeout(r, backoffDelay(attempt, { baseMs: 20, maxMs: 400 })));
        }
      }
    };
    const agents = Array.from({ length: 8 }, agent);
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
    server.kill('SIGKILL');
    for (const id of acknowledged) ackedBeforeKill.add(id);
    await new Promise((r) => setTimeout(r, 300));
    server = await spawnServer(env);
    const target = acknowledged.size + 150;
    while (acknowledged.size < target) await new Promise((r) => setTimeout(r, 20));
    producing = false;
    await Promise.all(agents);
    server.kill('SIGTERM');

    expect(errorsSeen).toBeGreaterThan(0);
    const rows = await handle.db
      .selectFrom('captures')
      .select('id')
      .where('school_id', '=', seeded.school.id)
      .execute();
    const stored = rows.map((r) => r.id);
    expect(new Set(stored).size).toBe(stored.length);
    for (const id of ackedBeforeKill) expect(stored).toContain(id);
    expect(new Set(stored)).toEqual(sent);
    expect(acknowledged).toEqual(sent);
    await handle.close();
  }, 180_000);
}

test('role worker runs only the worker; role api serves without one', async () => {
  const id = randomUUID();
  const api = await startServer({ VIGIL_ROLE: 'api' });
  cleanups.push(() => api.close());
  expect(api.worker).toBeNull();
  const all = await startServer({ VIGIL_ROLE: 'worker', VIGIL_DATA_DIR: tmp(id) });
  cleanups.push(() => all.close());
  expect(all.worker).not.toBeNull();
  // A worker serves no API: only its health check, over real HTTP on its port.
  const health = await fetch(`${all.url}/healthz`);
  expect(health.status).toBe(200);
  expect(await health.json()).toMatchObject({ status: 'ok' });
  for (const [method, route] of [
    ['POST', '/api/agent/v1/captures'],
    ['POST', '/api/agent/v1/enrol'],
    ['GET', '/api/agent/v1/openapi.json'],
    ['POST', '/api/console/v1/auth/login'],
    ['GET', '/'],
  ] as const) {
    const response = await fetch(`${all.url}${route}`, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    });
    expect(response.status, `${method} ${route}`).toBe(404);
  }
  const apiHealth = await fetch(`${api.url}/healthz`);
  expect(apiHealth.status).toBe(200);
});
