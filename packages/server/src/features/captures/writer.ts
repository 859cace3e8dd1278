import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import type { Db, Dialect } from '../../db/open.js';
import { jobQueue } from '../worker/queue.js';
import type { WireItems } from './row-wire.js';
import { scanPipeline } from './scan-pipeline.js';
import type { ServerScanner } from './scanner.js';
import { spawnThread } from './spawn-thread.js';
import {
  type BlobRowValues,
  type CaptureRowValues,
  sqliteCommitter,
  type WriteItem,
  type WriteResult,
} from './sqlite-commit.js';
import { type PipelineThreads, threadPipeline } from './thread-pipeline.js';

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
   * PostgreSQL: scan on the scan thread (default when there is a scanner); false scans on the event loop.
   */
  thread?: boolean;
  /** most capture rows in one transaction */
  maxRows?: number;
  /**
   * The server's engine. With the SQLite writer thread, rows come without `server_detections` and the
   * writer thread scans them with its own copy of the engine (`scansRows`), off the event loop, just
   * before it commits them; it never commits a row without the server's detections. On PostgreSQL the scan
   * thread hands the scanned rows back to the event loop, which commits them (`scan-pipeline.ts`).
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
  /** most capture rows in one transaction (a single larger request still commits alone) */
  maxRows: number;
  /** refuse rows without `server_detections` (the server has rules: every row must be scanned) */
  requireScanned: boolean;
  /** where the items arrive from the event loop */
  input: MessagePort;
  /** the server's compiled rules and their version: this thread scans each row before committing it */
  scan?: { compiled: string; version: string };
}

/** What the scan thread starts from (capture-scan-thread.ts). */
export interface ScanThreadData {
  /** the server's compiled rules (ServerScanner.compiled) and their version */
  compiled: string;
  version: string;
  /** where the scanned rows go: back to the event loop (PostgreSQL) */
  output: MessagePort;
}

/**
 * Main thread -> SQLite writer thread, or -> PostgreSQL scan thread (and back, scanned): the items of
 * one turn of the event loop, as flat values (row-wire.ts).
 */
export interface PipelineMessage {
  items: WireItems;
  now: number;
}

/**
 * Writer thread -> main thread: one result per item of a commit; either thread -> main thread: a
 * refusal (nothing stored), or that its engine has loaded (or failed to).
 */
export type PipelineAnswer =
  | {
      /** the items whose every row this commit inserted (the common case: no repeat, no error) */
      stored: number[];
      /** the other items' results: a repeat inserted nothing, or the item failed */
      results: [id: number, result: WriteResult][];
    }
  | { failed: number[]; error: string }
  | { loaded: boolean };

/**
 * SQLite: the event loop gathers the requests of one turn into one message to the writer thread (its
 * own connection and, with the server's rules, its own copy of the engine), which scans each group's
 * rows and commits them in one transaction, half of what waits at a time (sqlite-writer-thread.ts),
 * and answers the event loop, which answers each request after the commit that holds its rows
 * (`thread-pipeline.ts`: the gathering, the answers and what happens when the thread fails). One
 * thread rather than a scan thread handing to a writer thread: on two cores the hand-over cost
 * more than the overlap gave (bench:ingest, 16 agents: 6,500 against 5,700 captures/s, 155 against
 * 172 us of CPU per capture).
 */
function sqlitePipeline(
  file: string,
  scanner: ServerScanner | null | undefined,
  now: () => number,
  maxRows: number,
  stats: { transactions: number; requests: number },
) {
  const spawn = (): PipelineThreads => {
    const channel = new MessageChannel();
    const writer = spawnThread(
      'sqlite-writer-thread',
      {
        file,
        maxRows,
        requireScanned: Boolean(scanner),
        input: channel.port1,
        ...(scanner ? { scan: { compiled: scanner.compiled, version: scanner.rulesVersion } } : {}),
      } satisfies WriterThreadData,
      channel.port1,
    );
    return {
      first: channel.port2,
      workers: [writer],
      ports: [],
      loadsEngine: Boolean(scanner),
      name: 'the capture writer thread',
    };
  };
  const pipeline = threadPipeline<Set<string>>(
    spawn,
    (message, settle) => {
      const { stored, results } = message as Extract<PipelineAnswer, { results: unknown }>;
      stats.transactions++;
      stats.requests += stored.length + results.length;
      for (const id of stored) settle(id, (p) => p.resolve(new Set(p.item.rows.map((row) => row.id))));
      for (const [id, result] of results) {
        settle(id, (p) =>
          'error' in result ? p.reject(errorOf(result)) : p.resolve(new Set(result.inserted)),
        );
      }
    },
    now,
  );
  return { write: pipeline.submit, warm: pipeline.warm, busy: pipeline.busy, close: pipeline.close };
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
 * On a SQLite file the rows go through a scan thread and a writer thread with its own connection and
 * prepared statements (`sqlitePipeline`), so the event loop neither scans nor waits for the disk; on
 * PostgreSQL, scanned on the scan thread, through one INSERT ... SELECT FROM unnest(...) per batch on
 * the pool.
 */
export function captureWriter(
  db: Db,
  dialect: Dialect,
  now: () => number,
  options: CaptureWriterOptions = {},
) {
  const maxRows = options.maxRows ?? 500;
  const stats = { transactions: 0, requests: 0 };
  let backend: Backend | undefined;
  let pipeline: ReturnType<typeof sqlitePipeline> | undefined;
  let scanning: ReturnType<typeof scanPipeline> | undefined;
  if (dialect === 'postgres') {
    backend = postgresBackend(db, now, maxRows);
    if (options.scanner && options.thread !== false) scanning = scanPipeline(options.scanner, now);
  } else {
    const sqlite = options.sqlite;
    if (!sqlite) throw new Error('captureWriter on SQLite needs the connection (DatabaseHandle.sqlite)');
    if (options.thread !== false && !sqlite.memory) {
      pipeline = sqlitePipeline(sqlite.name, options.scanner, now, maxRows, stats);
    } else {
      backend = sqliteLocalBackend(db, sqlite, now);
    }
  }

  const queue: Pending[] = [];
  let flushing = false;
  let idle: Promise<void> = Promise.resolve();

  async function flush(commit: Backend['commit']): Promise<void> {
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
          results = await commit(batch.map((p) => p.item));
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

  function commitQueued(item: WriteItem): Promise<Set<string>> {
    const commit = backend!.commit;
    return new Promise((resolve, reject) => {
      queue.push({ item, resolve, reject });
      if (!flushing) {
        idle = new Promise((done) => setImmediate(() => void flush(commit).finally(done)));
      }
    });
  }

  return {
    /** Whether this writer scans rows itself (they come without server detections). */
    scansRows: (pipeline !== undefined || scanning !== undefined) && Boolean(options.scanner),
    /** Resolves, after the commit, with the ids of the rows that were new. */
    write(rows: CaptureInsert[], blobs: ReadonlyMap<string, BlobInsert>): Promise<Set<string>> {
      const item: WriteItem = { rows, blobs: blobs.size === 0 ? [] : [...blobs] };
      if (pipeline) return pipeline.write(item);
      // PostgreSQL: committed only once the scan thread has scanned every row.
      if (scanning) return scanning.scan(item).then(commitQueued);
      return commitQueued(item);
    },
    /** Starts the capture threads (SQLite file, PostgreSQL) and waits for their engine to load (else nothing). */
    warm: async (): Promise<void> => {
      await pipeline?.warm();
      await scanning?.warm();
    },
    /** Transactions committed (a group that failed and was retried item by item counts once) and requests in them. */
    stats: () => ({ ...stats }),
    /** Commits what is waiting, then stops the writer (its threads; a later write starts them again). */
    async close(): Promise<void> {
      await idle;
      while (pipeline?.busy() || scanning?.busy() || flushing || queue.length > 0) {
        await new Promise((r) => setImmediate(r));
      }
      await pipeline?.close();
      await scanning?.close();
      await backend?.close();
    },
  };
}

export type CaptureWriter = ReturnType<typeof captureWriter>;
