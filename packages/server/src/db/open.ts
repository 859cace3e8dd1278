import fs from 'node:fs';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { CompiledQuery, type Driver, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  dialect: Dialect;
  /**
   * The SQLite connection under `db` (absent on PostgreSQL), for the ingest hot path's prepared
   * statements. Use it only while holding Kysely's connection (`db.connection()` or a transaction):
   * Kysely serialises work on the single SQLite connection, and a statement run outside that lock
   * could land inside another caller's open transaction.
   */
  sqlite?: Sqlite.Database;
  close(): Promise<void>;
}

// Times are stored as epoch milliseconds in BIGINT columns; pg returns BIGINT as a string unless told.
pg.types.setTypeParser(20, (value) => Number(value));

/**
 * SQLite transactions that take the write lock at BEGIN (BEGIN IMMEDIATE, waiting up to busy_timeout).
 * Captures are written by a second connection (the ingest writer thread); a deferred transaction that
 * read first and then writes would fail with SQLITE_BUSY_SNAPSHOT if a capture commit came in between.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

/**
 * Opens PostgreSQL when a URL is given, otherwise SQLite (WAL) in `dataDir/vigil.sqlite`, with
 * synchronous=FULL: every commit is fsynced before it returns, so an acknowledged capture survives a
 * power loss, not only a process crash (NORMAL may lose the last commits). Ingest's group commit
 * (features/captures/writer.ts) pays for the fsync once per burst of requests.
 */
export function openDatabase(options: { databaseUrl: string; dataDir: string }): DatabaseHandle {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // An idle client whose connection ends (server restart, database dropped) is discarded by the
    // pool; without a listener its error would be thrown from the event loop and end the process.
    pool.on('error', () => {});
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  const sqlite = new Sqlite(path.join(options.dataDir, 'vigil.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}
