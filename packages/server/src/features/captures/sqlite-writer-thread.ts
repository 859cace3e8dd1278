import { parentPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { sqliteCommitter, type WriteItem } from './sqlite-commit.js';

// The capture writer's thread (features/captures/writer.ts): its own connection to the SQLite file,
// so the fsync of each commit (synchronous=FULL) waits here while the main thread goes on parsing,
// checking and scanning the next requests. One message = one batch = one transaction.

const sqlite = new Sqlite((workerData as { file: string }).file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
const committer = sqliteCommitter(sqlite);

parentPort!.on('message', (message: { id: number; items: WriteItem[]; now: number } | 'close') => {
  if (message === 'close') {
    sqlite.close();
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({ id: message.id, results: committer.commit(message.items, message.now) });
});
