import { parentPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { type RulesScanner, scannerFromCompiled } from './scanner.js';
import { addServerScan } from './server-scan.js';
import { sqliteCommitter, type WriteItem, type WriteResult } from './sqlite-commit.js';
import type { WriterThreadData } from './writer.js';

// The capture writer's thread (features/captures/writer.ts): its own connection to the SQLite file,
// so the fsync of each commit (synchronous=FULL) waits here while the main thread goes on parsing
// and checking the next requests. One message = one batch = one transaction. With the server's
// rules, it also scans each row with its own copy of the engine just before inserting it: the scan
// leaves the event loop, and a row is never committed without the server's detections.

const data = workerData as WriterThreadData;
const sqlite = new Sqlite(data.file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
const committer = sqliteCommitter(sqlite);

const rules = data.rules;
const scanner: Promise<RulesScanner | null> = rules
  ? scannerFromCompiled(rules.compiled).then((loaded) => {
      if (loaded.rulesVersion !== rules.version) {
        throw new Error(`the writer thread loaded rules ${loaded.rulesVersion}, not ${rules.version}`);
      }
      return loaded;
    })
  : Promise.resolve(null);

type Message = { id: number; items: WriteItem[]; now: number } | 'close';

async function handle(message: Message): Promise<void> {
  if (message === 'close') {
    sqlite.close();
    parentPort!.close();
    return;
  }
  let results: WriteResult[];
  let scan: RulesScanner | null;
  try {
    scan = await scanner;
  } catch (error) {
    // Nothing unscanned is stored: these requests fail (their agents retry), and the thread ends so
    // that the next batch starts a new one, which loads the engine again.
    const failure = { error: { message: `capture not stored: ${(error as Error)?.message ?? error}` } };
    parentPort!.postMessage({ id: message.id, results: message.items.map(() => failure) });
    sqlite.close();
    process.exit(1);
  }
  try {
    if (scan) for (const item of message.items) for (const row of item.rows) addServerScan(row, scan);
    results = committer.commit(message.items, message.now);
  } catch (error) {
    const failure = { error: { message: `capture not stored: ${(error as Error)?.message ?? error}` } };
    results = message.items.map(() => failure);
  }
  parentPort!.postMessage({ id: message.id, results });
}

// In arrival order, one at a time (the scanner loads asynchronously before the first batch).
let last = Promise.resolve();
parentPort!.on('message', (message: Message) => {
  last = last.then(() => handle(message));
});
