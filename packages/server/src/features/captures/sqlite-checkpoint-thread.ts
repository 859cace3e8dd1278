import { type MessagePort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';

// The capture writer's checkpointer (sqlite-checkpoints.ts): on the writer's word, its own
// connection copies the WAL's pages into the database file, PASSIVE (it never waits for a lock and
// never blocks a commit), twice: the second pass copies what was committed during the first, so
// the tail it leaves to the writer is short. Then it tells the writer, which copies that tail
// between two commits so that its next commit starts the WAL again from its beginning.

export interface CheckpointThreadData {
  file: string;
  /** 'checkpoint' or 'close' from the writer; 'copied' (all but the tail) back to it */
  port: MessagePort;
}

const data = workerData as CheckpointThreadData;
const sqlite = new Sqlite(data.file);

data.port.on('message', (message: 'checkpoint' | 'close') => {
  if (message === 'checkpoint') {
    sqlite.pragma('wal_checkpoint(PASSIVE)');
    sqlite.pragma('wal_checkpoint(PASSIVE)');
    data.port.postMessage('copied');
    return;
  }
  sqlite.close();
  data.port.close();
});
