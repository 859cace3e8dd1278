import { Worker } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from '../../db/open.js';
import { jobQueue } from '../worker/queue.js';
import type { ServerScanner } from './scanner.js';
import {
  type BlobRowValues,
  type CaptureRowValues,
  sqliteCommitter,
  type WriteItem,
  type WriteResult,
} from './sqlite-commit.js';

/**
 * A capture row. The person is resolved inside the INSERT from the agent's reference (normalised):
 * their school email first, then an MIS id or username; null when neither matches.
 */
export type CaptureInsert = CaptureRowValues;
export type BlobInsert = BlobRowValues;

interface Pending {
  item: WriteItem;
  resolve(inserted: Set<string>): void;
  reject(error: unknown): void;
}

/** Commits items (one transaction for all, then each alone if that fails); one result per item. */
type Backend = {
  commit(items: WriteItem[]): Promise<WriteResult[]>;
  close(): Promise<void>;
};

export interface CaptureWriterOptions {
  /** the SQLite connection under `db` (DatabaseHandle.sqlite); required on SQLite */
  sqlite?: Sqlite.Database | undefined;
  /**
   * SQLite: commit on a writer thread with its own connection (default for a database file), so the
   * fsync of each commit does not block the event loop; false commits on the main connection.
   */
  thread?: boolean;
  /** most capture rows in one transaction */
  maxRows?: number;
  /**
   * The server's engine. On the SQLite writer thread, rows come without `server_detections` and the
   * thread scans them with its own copy before inserting (`scansRows`), off the event loop; the
   * scan and the insert are one step, so no row is ever committed unscanned.
   */
  scanner?: ServerScanner | null;
}

function errorOf(result: Extract<WriteResult, { error: unknown }>): Error {
  return Object.assign(new Error(result.error.message), result.error.code ? { code: result.error.code } : {});
}

/** The capture columns as PostgreSQL arrays (one parameter each), in insert order after the person. */
const PG_COLUMNS = [
  ['id', 'text'],
  ['school_id', 'text'],
  ['device_id', 'text'],
  ['person_email', 'text'],
  ['person_other', 'text'],
  ['person_ref', 'text'],
  ['source', 'text'],
  ['url', 'text'],
  ['app', 'text'],
  ['text', 'text'],
  ['occurred_at', 'bigint'],
  ['received_at', 'bigint'],
  ['agent_detections', 'text'],
  ['agent_rules_version', 'text'],
  ['server_detections', 'text'],
  ['server_rules_version', 'text'],
  ['max_severity', 'integer'],
  ['categories', 'text'],
  ['screenshot_blob_id', 'text'],
  ['thumbnail_blob_id', 'text'],
  ['incident_id', 'text'],
] as const satisfies readonly (readonly [keyof CaptureRowValues, string])[];

/**
 * One statement text for any number of rows (the rows travel as one array per column), so nothing
 * is built per request: the person is resolved inside, the first row with an id wins.
 */
const PG_INSERT = `insert into captures (id, school_id, device_id, person_id, person_ref, source, url, app, text,
  occurred_at, received_at, agent_detections, agent_rules_version, server_detections, server_rules_version,
  max_severity, categories, screenshot_blob_id, thumbnail_blob_id, incident_id)
select r.id, r.school_id, r.device_id, coalesce(
    (select p.person_id from person_external_ids p where p.school_id = r.school_id and p.kind = 'email' and p.value = r.person_email),
    (select min(p.person_id) from person_external_ids p where p.school_id = r.school_id and p.kind in ('mis', 'username') and p.value = r.person_other)),
  r.person_ref, r.source, r.url, r.app, r.text, r.occurred_at, r.received_at, r.agent_detections,
  r.agent_rules_version, r.server_detections, r.server_rules_version, r.max_severity, r.categories,
  r.screenshot_blob_id, r.thumbnail_blob_id, r.incident_id
from unnest(${PG_COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')}) with ordinality
  as r(${PG_COLUMNS.map(([name]) => name).join(', ')}, n)
order by r.n
on conflict (id) do nothing
returning id`;

/** PostgreSQL: one INSERT ... SELECT FROM unnest(...) ON CONFLICT DO NOTHING; blobs and jobs via Kysely. */
function postgresBackend(db: Db, now: () => number, maxRows: number): Backend {
  const insertRows = (executor: Db, rows: CaptureRowValues[]) =>
    executor.executeQuery<{ id: string }>(
      CompiledQuery.raw(
        PG_INSERT,
        PG_COLUMNS.map(([name]) => rows.map((row) => row[name])),
      ),
    );
  // The first item to send an id claims it.
  const claim = (items: WriteItem[], inserted: Set<string>) =>
    items.map((item) => item.rows.flatMap((row) => (inserted.delete(row.id) ? [row.id] : [])));

  async function commitAll(items: WriteItem[]): Promise<string[][]> {
    const rows = items.flatMap((item) => item.rows);
    if (rows.length <= maxRows && items.every((item) => item.blobs.length === 0)) {
      // Text only (the hot path): one statement is its own transaction, atomic and committed
      // (synchronous_commit) when it returns; one round trip instead of BEGIN, INSERT, COMMIT.
      const result = await insertRows(db, rows);
      return claim(items, new Set(result.rows.map((r) => r.id)));
    }
    return db.transaction().execute(async (trx) => {
      const inserted = new Set<string>();
      for (let i = 0; i < rows.length; i += maxRows) {
        for (const r of (await insertRows(trx, rows.slice(i, i + maxRows))).rows) inserted.add(r.id);
      }
      const claimed = claim(items, inserted);
      const blobs = items.flatMap((item, i) =>
        item.blobs.filter(([captureId]) => claimed[i]!.includes(captureId)),
      );
      if (blobs.length > 0) {
        await trx
          .insertInto('blobs')
          .values(blobs.map(([, blob]) => blob))
          .execute();
        await jobQueue(trx, 'postgres').enqueueMany(
          blobs.map(([captureId, blob]) => ({
            kind: 'thumbnail' as const,
            payload: { schoolId: blob.school_id, captureId, blobId: blob.id },
            dedupeKey: `thumbnail:${captureId}`,
          })),
          now(),
        );
      }
      return claimed;
    });
  }
  const failure = (error: unknown): WriteResult => ({
    error: { message: (error as Error)?.message ?? String(error), code: (error as { code?: string }).code },
  });
  return {
    async commit(items) {
      try {
        return (await commitAll(items)).map((inserted) => ({ inserted }));
      } catch (error) {
        if (items.length === 1) return [failure(error)];
      }
      const results: WriteResult[] = [];
      for (const item of items) {
        try {
          results.push({ inserted: (await commitAll([item]))[0]! });
        } catch (error) {
          results.push(failure(error));
        }
      }
      return results;
    },
    async close() {},
  };
}

/** SQLite on the main connection (in-memory databases, or `thread: false`). */
function sqliteLocalBackend(db: Db, sqlite: Sqlite.Database, now: () => number): Backend {
  const committer = sqliteCommitter(sqlite);
  return {
    // Holding Kysely's only connection: no Kysely transaction is open while ours runs.
    commit: (items) => db.connection().execute(async () => committer.commit(items, now())),
    async close() {},
  };
}

/** What the writer thread starts from (sqlite-writer-thread.ts). */
export interface WriterThreadData {
  file: string;
  /** the server's compiled rules (ServerScanner.compiled) when the thread scans the rows */
  rules?: { compiled: string; version: string };
}

/** The thread's module: the compiled .js next to this file, or the .ts source under tests (via tsx). */
function spawnWriterThread(workerData: WriterThreadData): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const thread = new URL('./sqlite-writer-thread.ts', here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(
      `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(thread)}); })`,
      { eval: true, workerData },
    );
  }
  return new Worker(new URL('./sqlite-writer-thread.js', here), { workerData });
}

/**
 * SQLite on a writer thread with its own connection. One batch at a time (SQLite has one writer);
 * while the thread commits and fsyncs, the next requests gather for the next batch.
 */
function sqliteThreadBackend(data: WriterThreadData, now: () => number): Backend {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, { resolve(results: WriteResult[]): void; reject(error: unknown): void }>();

  function start(): Worker {
    const thread = spawnWriterThread(data);
    thread.unref();
    thread.on('message', (message: { id: number; results: WriteResult[] }) => {
      const waiter = waiting.get(message.id);
      waiting.delete(message.id);
      if (waiting.size === 0) thread.unref();
      waiter?.resolve(message.results);
    });
    const fail = (error: unknown) => {
      if (worker === thread) worker = undefined;
      // Not known to be committed: these requests fail, their agents retry (same ids, idempotent).
      for (const waiter of waiting.values()) waiter.reject(error);
      waiting.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`the capture writer thread exited (${code})`)));
    return thread;
  }

  return {
    commit(items) {
      worker ??= start();
      const thread = worker;
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.ref();
        thread.postMessage({ id, items, now: now() });
      });
    },
    async close() {
      const thread = worker;
      worker = undefined;
      if (!thread) return;
      const exited = new Promise((resolve) => thread.once('exit', resolve));
      thread.postMessage('close');
      await exited;
    },
  };
}

/**
 * Group commit for captures. Concurrent requests hand their rows to the writer; it commits whatever
 * is waiting in one transaction (the capture rows with ON CONFLICT DO NOTHING, then the blob rows and
 * thumbnail jobs of the captures actually inserted) and answers each request only after that commit.
 * One transaction (and on SQLite with synchronous=FULL, one fsync) per burst instead of per request is
 * what lets the store keep up; every acknowledged capture is still committed before its answer. If a
 * combined transaction fails, each request is retried alone so one bad request cannot fail its
 * neighbours: a request is answered with its own error, or with the ids its own transaction committed.
 *
 * On SQLite the rows go through prepared statements on a writer thread with its own connection
 * (features/captures/sqlite-writer-thread.ts), so the event loop never waits for the disk; on
 * PostgreSQL through one INSERT ... SELECT FROM unnest(...) per batch on the pool.
 */
export function captureWriter(
  db: Db,
  dialect: Dialect,
  now: () => number,
  options: CaptureWriterOptions = {},
) {
  const maxRows = options.maxRows ?? 500;
  let backend: Backend;
  let scansRows = false;
  if (dialect === 'postgres') {
    backend = postgresBackend(db, now, maxRows);
  } else {
    const sqlite = options.sqlite;
    if (!sqlite) throw new Error('captureWriter on SQLite needs the connection (DatabaseHandle.sqlite)');
    if (options.thread !== false && !sqlite.memory) {
      const scanner = options.scanner;
      const rules = scanner ? { compiled: scanner.compiled, version: scanner.rulesVersion } : undefined;
      backend = sqliteThreadBackend({ file: sqlite.name, ...(rules ? { rules } : {}) }, now);
      scansRows = rules !== undefined;
    } else {
      backend = sqliteLocalBackend(db, sqlite, now);
    }
  }

  const queue: Pending[] = [];
  const stats = { transactions: 0, requests: 0 };
  let flushing = false;
  let idle: Promise<void> = Promise.resolve();

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      while (queue.length > 0) {
        const batch: Pending[] = [];
        let count = 0;
        while (queue.length > 0 && (batch.length === 0 || count + queue[0]!.item.rows.length <= maxRows)) {
          const next = queue.shift()!;
          batch.push(next);
          count += next.item.rows.length;
        }
        let results: WriteResult[];
        stats.transactions++;
        stats.requests += batch.length;
        try {
          results = await backend.commit(batch.map((p) => p.item));
        } catch (error) {
          for (const p of batch) p.reject(error);
          continue;
        }
        for (const [i, p] of batch.entries()) {
          const result = results[i]!;
          if ('error' in result) p.reject(errorOf(result));
          else p.resolve(new Set(result.inserted));
        }
      }
    } finally {
      flushing = false;
    }
  }

  return {
    /** Whether this writer scans rows itself (they come without server detections). */
    scansRows,
    /** Resolves, after the commit, with the ids of the rows that were new. */
    write(rows: CaptureInsert[], blobs: ReadonlyMap<string, BlobInsert>): Promise<Set<string>> {
      return new Promise((resolve, reject) => {
        queue.push({ item: { rows, blobs: blobs.size === 0 ? [] : [...blobs] }, resolve, reject });
        if (!flushing) {
          idle = new Promise((done) => setImmediate(() => void flush().finally(done)));
        }
      });
    },
    /** Batches committed (a batch that failed and was retried request by request counts once) and requests in them. */
    stats: () => ({ ...stats }),
    /** Commits what is waiting, then stops the writer thread (a later write starts it again). */
    async close(): Promise<void> {
      await idle;
      while (flushing || queue.length > 0) await new Promise((r) => setImmediate(r));
      await backend.close();
    },
  };
}

export type CaptureWriter = ReturnType<typeof captureWriter>;
