import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { declaredRoutes, installAuthGuard } from '../../src/features/auth/guard.js';
import { installErrorHandler } from '../../src/http/error-handler.js';

const handles: DatabaseHandle[] = [];
afterAll(async () => {
  for (const h of handles) await h.close();
});

async function app() {
  const handle = openDatabase({
    databaseUrl: '',
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-guard-')),
  });
  handles.push(handle);
  await migrateToLatest(handle.db);
  const fastify = Fastify();
  installErrorHandler(fastify);
  await installAuthGuard(fastify, { db: handle.db, now: () => 0 });
  return fastify;
}

describe('deny by default', () => {
  test('a console route without a declared permission does not register', async () => {
    const fastify = await app();
    expect(() => fastify.get('/api/console/v1/secret', async () => 'content')).toThrow(
      /declares no permission/,
    );
    await fastify.close();
  });

  test('an unknown permission name does not register', async () => {
    const fastify = await app();
    expect(() =>
      fastify.get('/api/console/v1/x', { config: { permission: 'captures.veiw' as never } }, async () => 'x'),
    ).toThrow(/unknown permission/);
    await fastify.close();
  });

  test('a declared route refuses a request without a session, before validation', async () => {
    const fastify = await app();
    fastify.post(
      '/api/console/v1/schools/:schoolId/things',
      { config: { permission: 'captures.grade' } },
      async () => 'ok',
    );
    fastify.get('/api/console/v1/open', { config: { permission: 'public' } }, async () => 'open');
    const refused = await fastify.inject({
      method: 'POST',
      url: '/api/console/v1/schools/s1/things',
      payload: {},
    });
    expect(refused.statusCode).toBe(401);
    expect((await fastify.inject({ url: '/api/console/v1/open' })).statusCode).toBe(200);
    expect(declaredRoutes(fastify).map((r) => `${r.method} ${r.url} ${r.permission}`)).toContain(
      'POST /api/console/v1/schools/:schoolId/things captures.grade',
    );
    await fastify.close();
  });
});
