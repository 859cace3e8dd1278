import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { sqliteCommitter, type WriteItem, type WriteResult } from './sqlite-commit.js';
import type { PipelineAnswer, PipelineMessage, WriterThreadData } from './writer.js';

// The capture writer's thread (features/captures/writer.ts): its own connection to the SQLite file,
// so the fsync of each commit (synchronous=FULL) waits here while the event loop goes on parsing and
// checking the next requests and the scan thread scans them. The items arrive on `input` (from the
// scan thread, or from the event loop when the server has no rules); whatever has arrived by the time
// the previous commit ends is committed in one transaction (up to maxRows rows), and each item is
// answered to the event loop after it. When the server has rules, a row without the server's
// detections is refused, never committed.

const data = workerData as WriterThreadData;
const sqlite = new Sqlite(data.file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');
const committer = sqliteCommitter(sqlite, { requireScanned: data.requireScanned });
const input = data.input;

/** Items waiting for a transaction, in arrival order, with the time their message was sent. */
const pending: [id: number, item: WriteItem, now: number][] = [];
let head = 0;

function take(message: PipelineMessage): void {
  for (const [id, item] of message.items) pending.push([id, item, message.now]);
}

function drain(): void {
  for (let next = receiveMessageOnPort(input); next; next = receiveMessageOnPort(input)) {
    take(next.message as PipelineMessage);
  }
}

function commitWaiting(): void {
  drain();
  while (head < pending.length) {
    // The first item always; more while they fit in maxRows.
    const group: [number, WriteItem][] = [];
    const now = pending[head]![2];
    let rows = 0;
    while (head < pending.length) {
      const [id, item] = pending[head]!;
      if (group.length > 0 && rows + item.rows.length > data.maxRows) break;
      group.push([id, item]);
      rows += item.rows.length;
      head++;
    }
    if (head === pending.length) {
      pending.length = 0;
      head = 0;
    }
    let results: WriteResult[];
    try {
      results = committer.commit(
        group.map(([, item]) => item),
        now,
      );
    } catch (error) {
      const failure = { error: { message: `capture not stored: ${(error as Error)?.message ?? error}` } };
      results = group.map(() => failure);
    }
    const answer: PipelineAnswer = { results: group.map(([id], i) => [id, results[i]!]) };
    parentPort!.postMessage(answer);
    // What arrived during this commit joins the next one.
    drain();
  }
}

input.on('message', (message: PipelineMessage) => {
  take(message);
  commitWaiting();
});

parentPort!.on('message', (message: 'close') => {
  if (message !== 'close') return;
  commitWaiting();
  sqlite.close();
  input.close();
  parentPort!.close();
});
