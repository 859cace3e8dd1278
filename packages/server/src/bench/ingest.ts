// `npm run bench:ingest`: the agent ingest path under load on loopback.
//
// 1. The ceiling: a bare Fastify route that parses the same JSON body and answers 200.
// 2. Capture ingest, text only, on SQLite, then on PostgreSQL (every capture committed before the
//    answer; the bench counts the rows afterwards and fails if one is missing).
// 3. Capture ingest with a 100 KB PNG screenshot (encrypted and written before the commit), on SQLite.
//
// Each server runs in its own child process so the load generator does not share its event loop.
// The last line is: ingest_sqlite_rps=N ingest_pg_rps=N ingest_shot_rps=N bare_rps=N p99_ms=N ratio_vs_bare=N
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newAgentId } from '@vigil/protocol/ids';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import sharp from 'sharp';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { openDatabase } from '../db/open.js';
import { DEVICE_CREDENTIAL_PREFIX, newSecret } from '../features/devices/secrets.js';
import { deviceService } from '../features/devices/service.js';
import { tenancyService } from '../features/tenancy/service.js';
import { startVigil } from '../start.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/**
 * Requests in flight at once (BENCH_CONNECTIONS), the same for the bare route and for ingest. What a
 * school's devices put in flight, not how many there are: an agent sends only on a detection, one
 * request at a time, so thousands of idle keep-alive connections cost the server nothing, and even
 * 50,000 devices at a capture a minute each keep about 17 in flight at 20 ms. Session 12 swept 16 to
 * 256 (bare and ingest alternating in 4 s slices, 5 rounds a count, on a machine shared with other
 * loads): the ratio rose with the count in one sweep (0.17, 0.23, 0.27, 0.35, 0.38 at 16 to 256)
 * and stayed flat in the next (0.25, 0.22, 0.20, 0.24, 0.25), while p99 passed 50 ms from 32 or 64
 * up (a closed loop: latency = connections / rate), so 16 stays.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
/** Rounds of the bare run then the SQLite ingest run (BENCH_ROUNDS); PostgreSQL and screenshots run once. */
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const ADMIN_URL = process.env.VIGIL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MASTER_KEY = randomBytes(32).toString('base64');
const ROUTE = '/api/agent/v1/captures';
/** BENCH_PROFILE_DIR=dir: the Vigil servers run with --cpu-prof and write their profiles there. */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
/** BENCH_ONLY=sqlite (or postgres, screenshot): skip the other ingest runs (the last line shows 0 for them). */
const ONLY = process.env.BENCH_ONLY;
/**
 * Seconds of load on each fresh Vigil server before its measured load (BENCH_WARMUP_SECONDS), as the
 * bare server gets a full run before its first measured one. A count of 3,000 captures (under a
 * second) left V8 still compiling the server's hot code for the measured load's first 4-5 s: the
 * compiler threads took 110-170 ms of CPU a second then, under 10 once settled, on a machine where
 * the same server and the bare route are measured warm, so the ratio counted JIT warm-up as ingest.
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);

/**
 * What the bare route is sent as its bearer credential (it reads none): a credential of the same
 * form as a device's, so both servers parse the same requests (the bare runs once went without the
 * authorization header the ingest runs carry).
 */
const BARE_CREDENTIAL = newSecret(DEVICE_CREDENTIAL_PREFIX);

const TEXT =
  'honestly nobody would even notice if i was gone. i have been thinking about it every night and ' +
  'i think i want to kill myself tonight after everyone is asleep. please do not tell anyone about this chat, ' +
  'i just needed to say it to someone. anyway what did you get for the maths homework question 4?';

function captureTemplate(screenshot?: Buffer): string {
  const start = TEXT.indexOf('kill myself');
  return JSON.stringify({
    id: '__ID__',
    occurredAt: new Date().toISOString(),
    person: { email: 'pupil@bench.sch.uk' },
    source: 'typed',
    url: 'https://chat.example.com/room/42',
    app: 'chrome',
    text: TEXT,
    detections: [
      {
        category: 'suicide',
        severity: 5,
        rule: 'suicide.intent',
        match: 'kill myself',
        start,
        end: start + 11,
        reasons: ['base 5'],
      },
    ],
    rulesVersion: 'bench',
    ...(screenshot ? { screenshot: { contentType: 'image/png', data: screenshot.toString('base64') } } : {}),
  });
}

// ---- child process: one server, then "READY <url>" on stdout ----

async function serve(mode: string): Promise<void> {
  if (mode === 'bare') {
    const app = Fastify({ logger: false, bodyLimit: 8 * 1024 * 1024 });
    app.post(ROUTE, async (request) => {
      const body = request.body as { id?: string };
      return { id: body.id, status: 'created' };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address() as { port: number };
    process.stdout.write(`READY http://127.0.0.1:${address.port}\n`);
    return;
  }
  const vigil = await startVigil(loadConfig(process.env));
  // Both figures count from the start of the measured load (SIGUSR2), after the warm-up: the bench
  // divides them by the rows that load stored (the process total once counted the warm-up's 3,000
  // captures too, about 10% more per capture in an 8 s run).
  let cpuAtLoad = process.cpuUsage();
  let threadsAtLoad = threadTimes();
  process.on('SIGUSR2', () => {
    cpuAtLoad = process.cpuUsage();
    threadsAtLoad = threadTimes();
  });
  process.once('SIGTERM', () => {
    // The server's own CPU time under load (this machine may be shared: rps alone can mislead).
    const used = process.cpuUsage(cpuAtLoad);
    process.stdout.write(`THREADS ${JSON.stringify(threadCpuSince(threadsAtLoad))}\n`);
    process.stdout.write(`CPU ${used.user + used.system}\n`);
    void vigil.close().finally(() => process.exit(0));
  });
  process.stdout.write(`READY ${vigil.url.replace('localhost', '127.0.0.1')}\n`);
}

/** Linux: each thread's CPU time (utime + stime) in microseconds, by thread id; empty elsewhere. */
function threadTimes(): Map<number, number> {
  const times = new Map<number, number>();
  const dir = '/proc/self/task';
  if (!fs.existsSync(dir)) return times;
  const tick = 1_000_000 / 100; // USER_HZ
  for (const tid of fs.readdirSync(dir)) {
    try {
      const stat = fs.readFileSync(`${dir}/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // the thread ended
    }
  }
  return times;
}

/**
 * The CPU each thread used since `before`, in microseconds: the main thread ('main', the process
 * id), the three busiest others by thread id (the scan and writer threads are the busiest two under
 * load, the scan thread first), and the rest summed ('others': V8's GC and compiler helpers, libuv).
 */
function threadCpuSince(before: Map<number, number>): Record<string, number> {
  const used = [...threadTimes()].map(([tid, time]) => [tid, time - (before.get(tid) ?? 0)] as const);
  const out: Record<string, number> = { main: 0 };
  const others = used.filter(([tid]) => tid !== process.pid).sort((a, b) => b[1] - a[1]);
  out.main = used.find(([tid]) => tid === process.pid)?.[1] ?? 0;
  for (const [tid, micros] of others.slice(0, 3)) out[`thread:${tid}`] = micros;
  out.others = others.slice(3).reduce((sum, [, micros]) => sum + micros, 0);
  return out;
}

function spawnServer(
  mode: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string; cpuMicros(): number; threads(): Record<string, number> }> {
  const profile = PROFILE_DIR && mode !== 'bare' ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [];
  const child = spawn(process.execPath, [...profile, fileURLToPath(import.meta.url), '--serve', mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /READY (\S+)/.exec(out);
      if (match) {
        resolve({
          child,
          url: match[1]!,
          cpuMicros: () => Number(/CPU (\d+)/.exec(out)?.[1] ?? 0),
          threads: () => JSON.parse(/THREADS (\{.*\})/.exec(out)?.[1] ?? '{}') as Record<string, number>,
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`bench server '${mode}' exited (${code})`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

// ---- load ----

interface Run {
  rps: number;
  p99: number;
  ok: number;
  bad: number;
  /** the load generator's own CPU per answered request (autocannon shares the machine's cores) */
  clientMicros: number;
}

async function load(url: string, template: string, credential?: string): Promise<Run> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (credential) headers.authorization = `Bearer ${credential}`;
  const [before, after] = template.split('"__ID__"') as [string, string];
  const cpu = process.cpuUsage();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: ROUTE,
        headers,
        // Ids as our agents make them (time-ordered UUIDv7), so the index takes them as it would theirs.
        setupRequest: (request) => ({ ...request, body: `${before}"${newAgentId()}"${after}` }),
      },
    ],
  });
  const used = process.cpuUsage(cpu);
  const answered = result['2xx'] + result.non2xx;
  return {
    rps: Math.round(result['2xx'] / (result.duration || SECONDS)),
    p99: result.latency.p99,
    ok: result['2xx'],
    bad: result.non2xx + result.errors + result.timeouts,
    clientMicros: Math.round((used.user + used.system) / (answered || 1)),
  };
}

async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const name = `vigil_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
  } catch (error) {
    process.stderr.write(`PostgreSQL not available (${(error as Error).message}): ingest_pg_rps=0\n`);
    return undefined;
  } finally {
    await admin.end().catch(() => {});
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Starts Vigil in a child process on a seeded store, runs the load, checks every 200 is a row. */
async function ingestRun(label: string, storage: { databaseUrl: string }, template: string): Promise<Run> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `vigil-bench-${label}-`));
  const handle = openDatabase({ databaseUrl: storage.databaseUrl, dataDir });
  await migrateToLatest(handle.db);
  const tenancy = tenancyService(handle.db);
  const org = await tenancy.createOrganisation({ name: 'Bench LA', kind: 'local-authority' });
  const school = await tenancy.createSchool(org.id, { name: 'Bench High', phase: 'secondary' });
  const scope = { organisationId: org.id, schoolId: school.id };
  await tenancy.createPerson(scope, {
    kind: 'pupil',
    displayName: 'Bench Pupil',
    externalIds: [{ kind: 'email', value: 'pupil@bench.sch.uk' }],
  });
  const { token } = await deviceService(handle.db).createEnrolmentToken(scope, {
    label: 'bench',
    createdBy: 'bench',
  });
  const { child, url, cpuMicros, threads } = await spawnServer('vigil', {
    VIGIL_PORT: '0',
    VIGIL_HOST: '127.0.0.1',
    VIGIL_DATA_DIR: dataDir,
    VIGIL_DATABASE_URL: storage.databaseUrl,
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_ROLE: 'api',
    VIGIL_MASTER_KEY: MASTER_KEY,
    VIGIL_AGENT_RATE_LIMIT: '100000000',
  });
  try {
    const enrolled = await fetch(`${url}/api/agent/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        token,
        device: { name: 'bench', platform: 'linux', agent: { kind: 'other', version: '1' } },
      }),
    });
    const { credential } = (await enrolled.json()) as { credential: string };
    // Warm up (JIT, connection pools), then measure.
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: WARMUP_SECONDS,
      requests: [
        {
          method: 'POST',
          path: ROUTE,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
          setupRequest: (request) => ({ ...request, body: template.replace('__ID__', newAgentId()) }),
        },
      ],
    });
    const before = await countCaptures(handle);
    child.kill('SIGUSR2');
    const run = await load(url, template, credential);
    await stop(child);
    const stored = (await countCaptures(handle)) - before;
    const perRequest = cpuMicros() / (stored || 1);
    process.stdout.write(
      `${label}: ${run.rps} captures/s, p99 ${run.p99} ms, ${run.ok} acknowledged, ${stored} rows, ${run.bad} errors, server CPU ${Math.round(perRequest)} us/capture, load generator CPU ${run.clientMicros} us/request\n`,
    );
    const byThread = Object.entries(threads())
      .map(([name, micros]) => `${name} ${Math.round(micros / (stored || 1))}`)
      .join(', ');
    process.stdout.write(`${label}: measured load only, server CPU by thread, us/capture: ${byThread}\n`);
    if (stored < run.ok)
      throw new Error(`${label}: ${run.ok} captures acknowledged but only ${stored} stored`);
    return run;
  } finally {
    await stop(child);
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function countCaptures(handle: ReturnType<typeof openDatabase>): Promise<number> {
  const row = await handle.db
    .selectFrom('captures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function screenshot100k(): Promise<Buffer> {
  const width = 200;
  const height = 171;
  const raw = randomBytes(width * height * 3);
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each figure of the runs at its median (undefined for no runs). */
function median(runs: Run[]): Run | undefined {
  if (runs.length === 0) return undefined;
  const of = (key: keyof Run) => Math.round(medianOf(runs.map((run) => run[key])));
  return { rps: of('rps'), p99: of('p99'), ok: of('ok'), bad: of('bad'), clientMicros: of('clientMicros') };
}

const spread = (values: number[]) => `${Math.min(...values)}-${Math.max(...values)}`;

async function main(): Promise<void> {
  process.stdout.write(
    `ingest bench: ${SECONDS} s per run, ${CONNECTIONS} connections, ${ROUNDS} rounds of bare and SQLite, loopback\n`,
  );
  const text = captureTemplate();
  const runs = (label: string) => !ONLY || ONLY === label;

  const none: Run = { rps: 0, p99: 0, ok: 0, bad: 0, clientMicros: 0 };
  // The ceiling and SQLite ingest alternate, ROUNDS times: on a shared machine the load of others
  // changes within a minute, so a bare run then an ingest run compared two different machines. The
  // last line gives the medians, and ratio_vs_bare the median of each round's own ratio.
  // BENCH_BARE=0 skips the ceiling (bare_rps=0), for quicker A/B runs of the ingest path alone.
  const bare = process.env.BENCH_BARE !== '0' ? await spawnServer('bare') : undefined;
  if (bare) await load(bare.url, text, BARE_CREDENTIAL); // warm up
  const bareRuns: Run[] = [];
  const sqliteRuns: Run[] = [];
  for (let round = 0; round < (bare || runs('sqlite') ? ROUNDS : 0); round++) {
    if (bare) {
      const run = await load(bare.url, text, BARE_CREDENTIAL);
      bareRuns.push(run);
      process.stdout.write(
        `bare: ${run.rps} req/s, p99 ${run.p99} ms, load generator CPU ${run.clientMicros} us/request\n`,
      );
    }
    if (runs('sqlite')) sqliteRuns.push(await ingestRun('sqlite', { databaseUrl: '' }, text));
  }
  if (bare) await stop(bare.child);
  const bareRun = median(bareRuns) ?? none;
  const sqliteRun = median(sqliteRuns) ?? none;
  const ratios = sqliteRuns.map((run, i) => run.rps / (bareRuns[i]?.rps || Number.NaN));

  let pgRps = 0;
  const database = runs('postgres') ? await createPgDatabase() : undefined;
  if (database) {
    try {
      pgRps = (await ingestRun('postgres', { databaseUrl: database.url }, text)).rps;
    } finally {
      await database.drop();
    }
  }

  const shotRun = runs('screenshot')
    ? await ingestRun('screenshot', { databaseUrl: '' }, captureTemplate(await screenshot100k()))
    : none;

  const ratio = ratios.length > 0 && bareRuns.length > 0 ? medianOf(ratios) : 0;
  if (ROUNDS > 1) {
    process.stdout.write(
      `medians of ${ROUNDS} rounds: bare ${bareRun.rps} req/s, sqlite ${sqliteRun.rps} captures/s (${spread(sqliteRuns.map((r) => r.rps))}), p99 ${sqliteRun.p99} ms (${spread(sqliteRuns.map((r) => r.p99))}), ratio ${ratio.toFixed(2)} (${spread(ratios.map((r) => Number(r.toFixed(2))))})\n`,
    );
  }
  process.stdout.write(
    `ingest_sqlite_rps=${sqliteRun.rps} ingest_pg_rps=${pgRps} ingest_shot_rps=${shotRun.rps} bare_rps=${bareRun.rps} p99_ms=${sqliteRun.p99} ratio_vs_bare=${ratio.toFixed(2)}\n`,
  );
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) {
  await serve(process.argv[serveIndex + 1] ?? 'vigil');
} else {
  await main();
}
