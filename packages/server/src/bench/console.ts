/**
 * `npm run bench:console`: fills SQLite and PostgreSQL with 1,000,000 captures across 50 schools (the
 * review read model and the Activity summaries that the console reads) and measures the server time
 * of the Logs first page with common filters and of the Activity page, through the real app with a
 * signed-in session (`inject`: routing, session, permission check, validation, queries, JSON).
 *
 * Last line, exactly:
 *   logs_p95_ms_sqlite=N logs_p95_ms_pg=N activity_p95_ms_sqlite=N activity_p95_ms_pg=N captures=N
 *
 * VIGIL_BENCH_CAPTURES changes the count; VIGIL_BENCH_DATABASE_URL the PostgreSQL server (default:
 * postgres://postgres@127.0.0.1:5432/postgres; a fresh database is created and dropped).
 */

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CATEGORIES } from '@vigil/engine';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../db/open.js';
import { parseSecurityPolicy } from '../features/auth/policy.js';
import { createSession } from '../features/auth/sessions.js';
import { DAY_MS, dayOf, riskWeight } from '../features/review/projector.js';
import { initialReviewState } from '../features/review/state.js';

const CAPTURES = Number(process.env.VIGIL_BENCH_CAPTURES ?? 1_000_000);
const SCHOOLS = 50;
const PUPILS_PER_SCHOOL = 200;
const DEVICES_PER_SCHOOL = 20;
const DAYS = 90;
const NOW = Date.UTC(2026, 10, 26, 12);
const SOURCES = ['typed', 'page', 'url', 'search', 'title'];
const ADMIN_URL = process.env.VIGIL_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface World {
  orgId: string;
  schools: string[];
  people: string[][];
  groups: string[][];
  devices: string[][];
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Rows of `columns` in batches: multi-row inserts in one transaction (SQLite) or unnest arrays (pg). */
async function bulkInsert(
  handle: DatabaseHandle,
  table: string,
  columns: string[],
  types: string[],
  rows: unknown[][],
): Promise<void> {
  if (handle.dialect === 'sqlite') {
    const raw = await rawSqlite(handle);
    const stmt = raw.prepare(
      `insert into ${table} (${columns.join(',')}) values (${columns.map(() => '?').join(',')})`,
    );
    const insertMany = raw.transaction((batch: unknown[][]) => {
      for (const r of batch) stmt.run(...r);
    });
    for (let i = 0; i < rows.length; i += 50_000) insertMany(rows.slice(i, i + 50_000));
    return;
  }
  const pool = pgPools.get(handle)!;
  for (let i = 0; i < rows.length; i += 20_000) {
    const batch = rows.slice(i, i + 20_000);
    const arrays = columns.map((_, c) => batch.map((r) => r[c]));
    await pool.query(
      `insert into ${table} (${columns.join(',')}) select * from unnest(${types.map((t, c) => `$${c + 1}::${t}[]`).join(',')})`,
      arrays,
    );
  }
}

// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 Database
const sqliteHandles = new Map<DatabaseHandle, any>();
const pgPools = new Map<DatabaseHandle, pg.Pool>();
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 Database
async function rawSqlite(handle: DatabaseHandle): Promise<any> {
  return sqliteHandles.get(handle);
}

async function fill(handle: DatabaseHandle): Promise<World> {
  const rand = random(42);
  const orgId = randomUUID();
  const world: World = { orgId, schools: [], people: [], groups: [], devices: [] };
  await bulkInsert(
    handle,
    'organisations',
    ['id', 'name', 'kind', 'created_at'],
    ['text', 'text', 'text', 'bigint'],
    [[orgId, 'Bench Council', 'local-authority', NOW]],
  );
  const schoolRows: unknown[][] = [];
  const groupRows: unknown[][] = [];
  const peopleRows: unknown[][] = [];
  const memberRows: unknown[][] = [];
  const deviceRows: unknown[][] = [];
  for (let s = 0; s < SCHOOLS; s++) {
    const schoolId = randomUUID();
    world.schools.push(schoolId);
    schoolRows.push([schoolId, orgId, `School ${s + 1}`, 'secondary', NOW]);
    const groups = Array.from({ length: 5 }, (_, g) => {
      const id = randomUUID();
      groupRows.push([id, schoolId, 'year', `Year ${g + 7}`, NOW]);
      return id;
    });
    world.groups.push(groups);
    const people = Array.from({ length: PUPILS_PER_SCHOOL }, (_, p) => {
      const id = randomUUID();
      peopleRows.push([id, schoolId, 'pupil', `Pupil ${s + 1}-${p + 1}`, NOW]);
      memberRows.push([groups[p % 5], id, schoolId]);
      return id;
    });
    world.people.push(people);
    world.devices.push(
      Array.from({ length: DEVICES_PER_SCHOOL }, (_, d) => {
        const id = randomUUID();
        deviceRows.push([
          id,
          schoolId,
          `Device ${s + 1}-${d + 1}`,
          'chromeos',
          'chrome-extension',
          '0.1.0',
          `hash-${id}`,
          NOW,
          NOW,
        ]);
        return id;
      }),
    );
  }
  await bulkInsert(
    handle,
    'schools',
    ['id', 'organisation_id', 'name', 'phase', 'created_at'],
    ['text', 'text', 'text', 'text', 'bigint'],
    schoolRows,
  );
  await bulkInsert(
    handle,
    'groups',
    ['id', 'school_id', 'kind', 'name', 'created_at'],
    ['text', 'text', 'text', 'text', 'bigint'],
    groupRows,
  );
  await bulkInsert(
    handle,
    'people',
    ['id', 'school_id', 'kind', 'display_name', 'created_at'],
    ['text', 'text', 'text', 'text', 'bigint'],
    peopleRows,
  );
  await bulkInsert(
    handle,
    'group_members',
    ['group_id', 'person_id', 'school_id'],
    ['text', 'text', 'text'],
    memberRows,
  );
  await bulkInsert(
    handle,
    'devices',
    [
      'id',
      'school_id',
      'name',
      'platform',
      'agent_kind',
      'agent_version',
      'credential_hash',
      'credential_rotated_at',
      'enrolled_at',
    ],
    ['text', 'text', 'text', 'text', 'text', 'text', 'text', 'bigint', 'bigint'],
    deviceRows,
  );

  // Captures as the review read model holds them, and the summaries ingest maintains. The secondary
  // indexes are dropped for the fill and built again afterwards (what a bulk load would do).
  const started = performance.now();
  const indexes = await secondaryIndexes(handle, 'review_items');
  for (const index of indexes) await sql.raw(`drop index ${index.name}`).execute(handle.db);
  const daily = new Map<string, number>();
  const people = new Map<string, [number, number]>();
  const terms = new Map<string, number>();
  const state = JSON.stringify(initialReviewState(NOW));
  const itemColumns = [
    'capture_id',
    'school_id',
    'person_id',
    'subject_kind',
    'group_id',
    'device_id',
    'source',
    'category',
    'detected_category',
    'severity',
    'rule',
    'terms',
    'status',
    'grade',
    'occurred_at',
    'updated_at',
    'version',
    'state',
  ];
  const itemTypes = [
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'text',
    'int',
    'text',
    'text',
    'text',
    'int',
    'bigint',
    'bigint',
    'int',
    'text',
  ];
  let rows: unknown[][] = [];
  for (let i = 0; i < CAPTURES; i++) {
    const s = Math.floor(rand() * SCHOOLS);
    const schoolId = world.schools[s]!;
    const p = Math.floor(rand() * PUPILS_PER_SCHOOL);
    const personId = world.people[s]![p]!;
    const category = CATEGORIES[Math.floor(rand() ** 1.5 * CATEGORIES.length)]!;
    const r = rand();
    const severity = r < 0.35 ? 1 : r < 0.65 ? 2 : r < 0.87 ? 3 : r < 0.97 ? 4 : 5;
    const st = rand();
    const status =
      st < 0.6
        ? 'new'
        : st < 0.7
          ? 'viewed'
          : st < 0.9
            ? 'archived'
            : st < 0.98
              ? 'false_positive'
              : 'escalated';
    const occurredAt = NOW - Math.floor(rand() * DAYS * DAY_MS);
    const term = `${category}-term-${Math.floor(rand() * 40)}`;
    rows.push([
      randomUUID(),
      schoolId,
      personId,
      'pupil',
      world.groups[s]![p % 5],
      world.devices[s]![Math.floor(rand() * DEVICES_PER_SCHOOL)],
      SOURCES[Math.floor(rand() * SOURCES.length)],
      category,
      category,
      severity,
      `${category}.rule-${Math.floor(rand() * 20)}`,
      `|${term}|`,
      status,
      null,
      occurredAt,
      NOW,
      0,
      state,
    ]);
    const day = dayOf(occurredAt);
    const dk = `${schoolId}|${day}|${category}|${severity}`;
    daily.set(dk, (daily.get(dk) ?? 0) + 1);
    const pk = `${schoolId}|${day}|${personId}`;
    const pv = people.get(pk) ?? [0, 0];
    pv[0] += 1;
    pv[1] += riskWeight(severity);
    people.set(pk, pv);
    const tk = `${schoolId}|${day}|${term}`;
    terms.set(tk, (terms.get(tk) ?? 0) + 1);
    if (rows.length === 100_000) {
      await bulkInsert(handle, 'review_items', itemColumns, itemTypes, rows);
      rows = [];
      log(`  ${handle.dialect}: ${i + 1} captures (${Math.round((performance.now() - started) / 1000)} s)`);
    }
  }
  if (rows.length) await bulkInsert(handle, 'review_items', itemColumns, itemTypes, rows);
  for (const index of indexes) await sql.raw(index.definition).execute(handle.db);
  log(
    `  ${handle.dialect}: ${indexes.length} indexes built (${Math.round((performance.now() - started) / 1000)} s)`,
  );
  const split = (k: string) => k.split('|');
  await bulkInsert(
    handle,
    'activity_daily',
    ['school_id', 'day', 'category', 'severity', 'captures'],
    ['text', 'bigint', 'text', 'int', 'int'],
    [...daily].map(([k, n]) => {
      const [school, day, category, severity] = split(k);
      return [school, Number(day), category, Number(severity), n];
    }),
  );
  await bulkInsert(
    handle,
    'activity_person_daily',
    ['school_id', 'day', 'person_id', 'captures', 'risk'],
    ['text', 'bigint', 'text', 'int', 'int'],
    [...people].map(([k, [n, risk]]) => {
      const [school, day, person] = split(k);
      return [school, Number(day), person, n, risk];
    }),
  );
  await bulkInsert(
    handle,
    'activity_term_daily',
    ['school_id', 'day', 'term', 'captures'],
    ['text', 'bigint', 'text', 'int'],
    [...terms].map(([k, n]) => {
      const [school, day, term] = split(k);
      return [school, Number(day), term, n];
    }),
  );
  // What autovacuum would have done by now (index-only scans need the visibility map).
  if (handle.dialect === 'postgres') await sql`vacuum analyze`.execute(handle.db);
  else await sql`analyze`.execute(handle.db);
  log(`  ${handle.dialect}: filled in ${Math.round((performance.now() - started) / 1000)} s`);
  return world;
}

async function secondaryIndexes(
  handle: DatabaseHandle,
  table: string,
): Promise<{ name: string; definition: string }[]> {
  if (handle.dialect === 'sqlite') {
    const rows = await sql<{
      name: string;
      sql: string;
    }>`select name, sql from sqlite_master where type = 'index' and tbl_name = ${table} and sql is not null`.execute(
      handle.db,
    );
    return rows.rows.map((r) => ({ name: r.name, definition: r.sql }));
  }
  const rows = await sql<{
    indexname: string;
    indexdef: string;
  }>`select indexname, indexdef from pg_indexes where tablename = ${table} and indexname not like '%_pkey'`.execute(
    handle.db,
  );
  return rows.rows.map((r) => ({ name: r.indexname, definition: r.indexdef }));
}

/** A DSL for one school and a local-authority safeguarding lead for all, with trained, active sessions. */
async function sessions(handle: DatabaseHandle, world: World): Promise<{ school: string; all: string }> {
  const policy = parseSecurityPolicy(null);
  const make = async (schoolId: string | null) => {
    const id = randomUUID();
    await handle.db
      .insertInto('users')
      .values({
        id,
        organisation_id: world.orgId,
        login: `bench-${id}`,
        display_name: 'Bench',
        person_id: null,
        password_hash: 'x',
        password_changed_at: NOW,
        must_change_password: 0,
        failed_attempts: 0,
        locked_until: null,
        totp_secret: null,
        totp_enabled_at: NOW,
        totp_last_step: null,
        disabled_at: null,
        created_at: NOW,
      })
      .execute();
    await handle.db
      .insertInto('role_assignments')
      .values({
        id: randomUUID(),
        user_id: id,
        role: 'dsl',
        school_id: schoolId,
        created_at: NOW,
        created_by: 'bench',
      })
      .execute();
    await handle.db
      .insertInto('training_records')
      .values({
        id: randomUUID(),
        user_id: id,
        course: 'bench',
        completed_at: NOW - DAY_MS,
        expires_at: NOW + 365 * DAY_MS,
        recorded_by: 'bench',
        recorded_at: NOW,
      })
      .execute();
    const session = await createSession(handle.db, {
      userId: id,
      stage: 'active',
      now: Date.now(),
      policy,
      address: null,
    });
    return `vigil_session=${session.token}`;
  };
  return { school: await make(world.schools[0]!), all: await make(null) };
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))]!;
}

async function measure(app: FastifyInstance, cookie: string, url: string): Promise<number> {
  const start = performance.now();
  const response = await app.inject({ method: 'GET', url, headers: { cookie } });
  const ms = performance.now() - start;
  if (response.statusCode !== 200)
    throw new Error(`${url} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  return ms;
}

async function run(handle: DatabaseHandle, dataDir: string): Promise<{ logs: number; activity: number }> {
  await migrateToLatest(handle.db);
  const world = await fill(handle);
  const cookies = await sessions(handle, world);
  const config = loadConfig({ VIGIL_LOG_LEVEL: 'silent', VIGIL_DATA_DIR: dataDir });
  const app = await buildApp({ config, database: handle });
  await app.ready();
  const day = (n: number) => NOW - n * DAY_MS;
  const school = world.schools[0]!;
  const logs: [string, string][] = [
    [cookies.school, `/api/console/v1/review/captures?status=new&limit=50`],
    [cookies.school, `/api/console/v1/review/captures?status=new,viewed&from=${day(30)}&to=${NOW}&limit=50`],
    [cookies.school, `/api/console/v1/review/captures?severity=4,5&status=new&limit=50`],
    [cookies.school, `/api/console/v1/review/captures?category=self-harm&from=${day(7)}&to=${NOW}&limit=100`],
    [cookies.school, `/api/console/v1/review/captures?school=${school}&source=search&limit=50`],
    [cookies.all, `/api/console/v1/review/captures?status=new&limit=50`],
    [cookies.all, `/api/console/v1/review/captures?severity=5&from=${day(7)}&to=${NOW}&limit=50`],
    [cookies.all, `/api/console/v1/review/captures?category=grooming&status=new&limit=50`],
    [cookies.all, `/api/console/v1/review/captures?school=${world.schools[7]}&status=new&limit=200`],
  ];
  const activity: [string, string][] = [
    [cookies.school, `/api/console/v1/review/activity?from=${day(7)}&to=${NOW}`],
    [cookies.school, `/api/console/v1/review/activity?from=${day(30)}&to=${NOW}`],
    [cookies.all, `/api/console/v1/review/activity?from=${day(1)}&to=${NOW}`],
    [cookies.all, `/api/console/v1/review/activity?from=${day(7)}&to=${NOW}&school=${world.schools[3]}`],
    [cookies.all, `/api/console/v1/review/activity?from=${day(7)}&to=${NOW}`],
  ];
  // Baselines: the guard and session alone, and no session at all.
  const base: string[] = [];
  for (const [label, cookie, url] of [
    ['healthz', '', '/healthz'],
    ['auth/me', cookies.all, '/api/console/v1/auth/me'],
  ] as const) {
    const s: number[] = [];
    for (let i = 0; i < 20; i++) s.push(await measure(app, cookie, url));
    base.push(`    ${p95(s).toFixed(1)} ms  ${label} (baseline)`);
  }
  log(base.join('\n'));
  // Warm up once, then measure each request repeatedly.
  for (const [cookie, url] of [...logs, ...activity]) await measure(app, cookie, url);
  const logSamples: number[] = [];
  const activitySamples: number[] = [];
  const perQuery: string[] = [];
  for (const [cookie, url] of logs) {
    const s: number[] = [];
    for (let i = 0; i < 20; i++) s.push(await measure(app, cookie, url));
    logSamples.push(...s);
    perQuery.push(`    ${p95(s).toFixed(1)} ms  ${url.replace(/from=\d+&to=\d+&?/, '').slice(28)}`);
  }
  for (const [cookie, url] of activity) {
    const s: number[] = [];
    for (let i = 0; i < 20; i++) s.push(await measure(app, cookie, url));
    activitySamples.push(...s);
    perQuery.push(`    ${p95(s).toFixed(1)} ms  ${url.slice(28)}`);
  }
  log(`  ${handle.dialect}: p95 per request\n${perQuery.join('\n')}`);
  await app.close();
  return { logs: p95(logSamples), activity: p95(activitySamples) };
}

async function main(): Promise<void> {
  log(`bench:console: ${CAPTURES} captures across ${SCHOOLS} schools`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-bench-console-'));
  const sqliteHandle = openDatabase({ databaseUrl: '', dataDir: dir });
  const Sqlite = (await import('better-sqlite3')).default;
  sqliteHandles.set(sqliteHandle, new Sqlite(path.join(dir, 'vigil.sqlite')));
  sqliteHandles.get(sqliteHandle).pragma('journal_mode = WAL');
  sqliteHandles.get(sqliteHandle).pragma('synchronous = OFF');
  sqliteHandles.get(sqliteHandle).pragma('cache_size = -262144');
  const sqliteResult = await run(sqliteHandle, dir);
  sqliteHandles.get(sqliteHandle).close();
  await sqliteHandle.close();

  const name = `vigil_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  admin.on('error', () => {});
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  let pgResult: { logs: number; activity: number };
  try {
    const pgHandle = openDatabase({ databaseUrl: url.toString(), dataDir: dir });
    const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
    pool.on('error', () => {});
    pgPools.set(pgHandle, pool);
    pgResult = await run(pgHandle, dir);
    await pool.end();
    await pgHandle.close();
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch((error: unknown) => {
      log(`  could not drop ${name}: ${error instanceof Error ? error.message : String(error)}`);
    });
    await admin.end().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const r = (n: number) => Math.round(n);
  process.stdout.write(
    `logs_p95_ms_sqlite=${r(sqliteResult.logs)} logs_p95_ms_pg=${r(pgResult.logs)} activity_p95_ms_sqlite=${r(sqliteResult.activity)} activity_p95_ms_pg=${r(pgResult.activity)} captures=${CAPTURES}\n`,
  );
}

// Dropping the database ends its connections; a pool that still held one reports it as an error.
process.on('uncaughtException', (error) => {
  if ((error as { code?: string }).code === '57P01') return;
  process.stderr.write(`bench:console failed: ${error.stack ?? error.message}\n`);
  process.exit(1);
});

main().catch((error) => {
  process.stderr.write(
    `bench:console failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
