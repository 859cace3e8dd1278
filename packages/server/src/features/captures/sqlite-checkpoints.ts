import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import type Sqlite from 'better-sqlite3';
import { spawnThread } from './spawn-thread.js';
import type { CheckpointThreadData } from './sqlite-checkpoint-thread.js';

/** WAL frames that start a checkpoint when this connection checkpoints by itself (SQLite's default). */
const CHECKPOINT_FRAMES = 1000;
/**
 * Rows committed between two checkpoints. Under load a text capture's row is about four WAL frames
 * (its table page, its id's index page, its share of the other indexes' pages in commits of a few
 * rows), so a WAL of about 10,000 frames (40 MB). Each checkpoint ends with the writer copying the
 * tail and syncing the database file; fewer of them is time the writer commits instead. bench:ingest,
 * 3 interleaved pairs: 8,849 (8,562-8,889) captures/s with 1,000 rows, 9,145 (8,971-9,305) with 2,500,
 * the writer's CPU per capture the same. On the writer's work alone, 400 and 1,500 rows cost the
 * writer's CPU the same, the checkpointer's 8.8 and 5.7 us per row.
 */
const ROWS_PER_CHECKPOINT = 2500;
/**
 * Rows committed without the checkpointer's answer after which this connection copies the WAL by
 * itself (a starved or stuck checkpointer): the WAL stays under about 20,000 frames (80 MB).
 */
const ROWS_WITHOUT_CHECKPOINT = 5000;

/**
 * Moves the capture writer connection's checkpoints (sqlite-writer-thread.ts) to a thread of their
 * own (sqlite-checkpoint-thread.ts): SQLite would otherwise copy the WAL into the database file
 * every 1,000 frames on the committing connection, between two commits, on the thread every capture
 * waits for (about a tenth of its CPU under load). After each ROWS_PER_CHECKPOINT rows the writer
 * asks the checkpointer, which copies all but the tail and says so; the writer copies that tail
 * between two commits (`afterCommit`), so its next commit starts the WAL again from its beginning
 * (a checkpoint on another connection alone cannot do that under load: a commit always lands during
 * it, and the WAL would grow without bound). If that thread fails, this connection checkpoints by
 * itself again, as SQLite does by default.
 */
export function offThreadCheckpoints(sqlite: Sqlite.Database, file: string) {
  sqlite.pragma('wal_autocheckpoint = 0');
  // After a burst, the WAL file is cut back to this size when it starts again (above its usual size:
  // a WAL file that grows each time costs every fsync a metadata write).
  sqlite.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
  const channel = new MessageChannel();
  const port = channel.port1;
  const thread = spawnThread(
    'sqlite-checkpoint-thread',
    { file, port: channel.port2 } satisfies CheckpointThreadData,
    channel.port2,
  );
  thread.unref();
  port.unref();
  let failed = false;
  let asked = false;
  let rows = 0;
  const bySelf = () => {
    if (failed) return;
    failed = true;
    sqlite.pragma(`wal_autocheckpoint = ${CHECKPOINT_FRAMES}`);
  };
  thread.on('error', bySelf);
  thread.on('exit', bySelf);

  const copyTail = () => {
    asked = false;
    rows = 0;
    sqlite.pragma('wal_checkpoint(PASSIVE)');
  };
  // An answer that arrives while this thread is idle.
  port.on('message', copyTail);

  return {
    /** Between two commits: asks for a checkpoint, or copies the WAL's tail once it is done. */
    afterCommit(committedRows: number): void {
      if (failed) return;
      rows += committedRows;
      if (receiveMessageOnPort(port) || rows >= ROWS_WITHOUT_CHECKPOINT) copyTail();
      else if (!asked && rows >= ROWS_PER_CHECKPOINT) {
        asked = true;
        port.postMessage('checkpoint');
      }
    },
    /** Ends the checkpointer, then calls `done`: no checkpoint is left half-way when the connection closes. */
    close(done: () => void): void {
      const closed = () => {
        port.close();
        done();
      };
      if (failed) {
        closed();
        return;
      }
      thread.removeListener('exit', bySelf);
      thread.once('exit', closed);
      thread.ref();
      port.postMessage('close');
    },
  };
}
