import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import Fastify, { type FastifyInstance, type InjectOptions, type LightMyRequestResponse } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { appendAudit } from '../../src/features/audit/audit.js';
import { auditRoutes } from '../../src/features/audit/routes.js';
import { createUser } from '../../src/features/auth/admin.js';
import { installAuthGuard, requireAuth } from '../../src/features/auth/guard.js';
import { hashPassword } from '../../src/features/auth/passwords.js';
import type { Role } from '../../src/features/auth/permissions.js';
import { authRoutes } from '../../src/features/auth/routes.js';
import { storeNewPassword } from '../../src/features/auth/service.js';
import { totpCode, totpKeyFrom } from '../../src/features/auth/totp.js';
import { installErrorHandler } from '../../src/http/error-handler.js';

export const DAY = 86_400_000;
export const START = Date.parse('2026-09-01T08:00:00Z');
export const PASSWORD = 'Kestrel-Harbour-42';
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export class Clock {
  constructor(public value = START) {}
  now = (): number => this.value;
  advance(ms: number): void {
    this.value += ms;
  }
}

export interface World {
  handle: DatabaseHandle;
  app: FastifyInstance;
  clock: Clock;
  orgA: string;
  schoolA: string;
  schoolB: string;
  orgB: string;
  schoolC: string;
  close(): Promise<void>;
}

const cleanups: (() => Promise<void>)[] = [];
export async function closeAll(): Promise<void> {
  for (const c of cleanups.splice(0)) await c();
}

/** A fresh database (SQLite file or PostgreSQL database) with two organisations and three schools. */
export async function world(
  dialect: 'sqlite' | 'postgres',
  options: {
    app?: 'full' | 'auth';
    publicUrl?: string;
    limits?: { perAccount: number; perAddress: number };
  } = {},
): Promise<World | undefined> {
  let testDb: TestDatabase | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-auth-'));
  if (dialect === 'postgres') {
    if (!(await postgresAvailable())) return undefined;
    testDb = await createTestDatabase();
  }
  const config = loadConfig({
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_DATA_DIR: dataDir,
    VIGIL_DATABASE_URL: testDb?.url ?? '',
    VIGIL_PUBLIC_URL: options.publicUrl ?? 'http://localhost:8080',
  });
  const handle = openDatabase(config);
  await migrateToLatest(handle.db);
  const clock = new Clock();
  const ids = {
    orgA: randomUUID(),
    orgB: randomUUID(),
    schoolA: randomUUID(),
    schoolB: randomUUID(),
    schoolC: randomUUID(),
  };
  await handle.db
    .insertInto('organisations')
    .values([
      { id: ids.orgA, name: 'Northshire Trust', kind: 'trust', created_at: START },
      { id: ids.orgB, name: 'Other Council', kind: 'local-authority', created_at: START },
    ])
    .execute();
  await handle.db
    .insertInto('schools')
    .values([
      { id: ids.schoolA, organisation_id: ids.orgA, name: 'A High', phase: 'secondary', created_at: START },
      { id: ids.schoolB, organisation_id: ids.orgA, name: 'B Primary', phase: 'primary', created_at: START },
      {
        id: ids.schoolC,
        organisation_id: ids.orgB,
        name: 'C Academy',
        phase: 'secondary',
        created_at: START,
      },
    ])
    .execute();
  const app =
    options.app === 'full'
      ? await buildApp({ config, database: handle, now: clock.now })
      : await authApp(handle, clock, config.publicUrl.startsWith('https:'), options.limits);
  await app.ready();
  const close = async () => {
    await app.close();
    await handle.close();
    await testDb?.drop();
  };
  cleanups.push(close);
  return { handle, app, clock, ...ids, close };
}

export interface UserSpec {
  org: string;
  login?: string;
  displayName?: string;
  roles: { role: Role; schoolId: string | null }[];
  trained?: boolean;
  totp?: boolean;
  personId?: string;
  password?: string;
}

/** Creates a user who has already changed their temporary password (and enrolled TOTP when asked). */
export async function makeUser(w: World, spec: UserSpec): Promise<{ id: string; login: string }> {
  const { db } = w.handle;
  const login = spec.login ?? `user-${randomUUID().slice(0, 8)}@example.org`;
  const created = await createUser(
    db,
    { id: 'system', organisationId: spec.org },
    {
      login,
      displayName: spec.displayName ?? 'Pat Example',
      roles: spec.roles,
      personId: spec.personId ?? null,
    },
    w.clock.now(),
  );
  await storeNewPassword(
    db,
    { id: created.id },
    await hashPassword(spec.password ?? PASSWORD),
    w.clock.now(),
    false,
  );
  if (spec.totp) {
    await db
      .updateTable('users')
      .set({ totp_secret: TOTP_SECRET, totp_enabled_at: w.clock.now() })
      .where('id', '=', created.id)
      .execute();
  }
  if (spec.trained) {
    await db
      .insertInto('training_records')
      .values({
        id: randomUUID(),
        user_id: created.id,
        course: 'DSL training (Level 3)',
        completed_at: w.clock.now() - 30 * DAY,
        expires_at: w.clock.now() + 700 * DAY,
        recorded_by: 'system',
        recorded_at: w.clock.now(),
      })
      .execute();
  }
  await appendAudit(db, { at: w.clock.now(), actor: 'system', action: 'test.user', subjectId: created.id });
  return { id: created.id, login: created.login };
}

/** A browser-like client: keeps cookies, sends the CSRF header on unsafe methods. */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  sendCsrf = true;

  constructor(readonly app: FastifyInstance) {}

  async request(options: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const method = (options.method ?? 'GET').toUpperCase();
    if (this.sendCsrf && this.csrf && !['GET', 'HEAD', 'OPTIONS'].includes(method))
      headers['x-csrf-token'] = this.csrf;
    const response = await this.app.inject({ ...options, headers });
    for (const cookie of response.cookies as {
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }[]) {
      const cleared =
        cookie.value === '' ||
        cookie.maxAge === 0 ||
        (cookie.expires && cookie.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  async signIn(login: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    const response = await this.request({
      method: 'POST',
      url: '/api/console/v1/auth/sign-in',
      payload: { login, password },
    });
    if (response.statusCode === 200) this.csrf = response.json().csrfToken;
    return response;
  }

  /** Signs in and completes the TOTP step when the user has TOTP. */
  async signInFully(w: World, login: string, password = PASSWORD): Promise<string> {
    const response = await this.signIn(login, password);
    if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
    let stage = response.json().stage as string;
    if (stage === 'totp') {
      const verify = await this.request({
        method: 'POST',
        url: '/api/console/v1/auth/totp/verify',
        payload: { code: totpCode(TOTP_SECRET, w.clock.now()) },
      });
      if (verify.statusCode !== 200) throw new Error(`totp failed: ${verify.body}`);
      stage = verify.json().stage;
    }
    return stage;
  }
}

/**
 * The auth routes alone, plus probe routes standing in for content and device routes, so these
 * tests do not depend on other features. The matrix test uses the full app.
 */
async function authApp(
  handle: DatabaseHandle,
  clock: Clock,
  secureCookies: boolean,
  limits?: { perAccount: number; perAddress: number },
): Promise<FastifyInstance> {
  const app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await installAuthGuard(app, { db: handle.db, now: clock.now });
  authRoutes(app, {
    db: handle.db,
    now: clock.now,
    secureCookies,
    totpKey: totpKeyFrom(randomBytes(32)),
    ...(limits ? { limits } : {}),
  });
  auditRoutes(app, { db: handle.db });
  app.get(
    '/api/console/v1/schools/:schoolId/probe/captures',
    { config: { permission: 'captures.view' } },
    async (request) => ({
      scope: requireAuth(request).access.contentScope(),
    }),
  );
  app.post(
    '/api/console/v1/schools/:schoolId/probe/grade',
    { config: { permission: 'captures.grade' } },
    async () => ({
      ok: true,
    }),
  );
  app.get('/api/console/v1/probe/devices', { config: { permission: 'devices.view' } }, async () => ({
    ok: true,
  }));
  return app;
}
