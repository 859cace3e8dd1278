import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Sqlite from 'better-sqlite3';
import { decodeItems } from './row-wire.js';
import { type RulesScanner, scannerFromCompiled } from './scanner.js';
import { addServerScan } from './server-scan.js';
import { offThreadCheckpoints } from './sqlite-checkpoints.js';
import { sqliteCommitter, type WriteItem, type WriteResult } from './sqlite-commit.js';
import type { PipelineAnswer, PipelineMessage, WriterThreadData } from './writer.js';

// The capture writer's thread (features/captures/writer.ts): its own connection to the SQLite file,
// so the fsync of each commit (synchronous=FULL) waits here while the event loop goes on parsing and
// checking the next requests; with the server's rules, also its own copy of the engine, which scans
// each group's rows just before their transaction. The items arrive on `input` from the event loop;
// half of what waits is committed in one transaction (groupRows), and each item is answered to the
// event loop after it. When the server has rules, a row without the server's detections is
// refused, never committed.

const data = workerData as WriterThreadData;
const sqlite = new Sqlite(data.file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = FULL');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('busy_timeout = 5000');

const checkpoints = offThreadCheckpoints(sqlite, data.file);
const committer = sqliteCommitter(sqlite, { requireScanned: data.requireScanned });
const input = data.input;

// With `scan`, this thread is also the server's scanner: each group's rows are scanned just before
// their transaction. Until the engine has loaded, items wait; if it cannot load, they are refused
// (nothing stored) and the thread ends, so the next request starts a new pipeline.
let scanner: RulesScanner | null = null;
if (data.scan) {
  const { compiled, version } = data.scan;
  scannerFromCompiled(compiled)
    .then((loaded) => {
      if (loaded.rulesVersion !== version)
        throw new Error(`the writer thread loaded rules ${loaded.rulesVersion}, not ${version}`);
      scanner = loaded;
      parentPort!.postMessage({ loaded: true } satisfies PipelineAnswer);
      commitWaiting();
    })
    .catch((error: unknown) => {
      parentPort!.postMessage({ loaded: false } satisfies PipelineAnswer);
      drain();
      const answer: PipelineAnswer = {
        failed: pending.slice(head).map(([id]) => id),
        error: `capture not stored: ${(error as Error)?.message ?? error}`,
      };
      parentPort!.postMessage(answer);
      process.exit(1);
    });
}

/** Items waiting for a transaction, in arrival order, with the time their message was sent. */
const pending: [id: number, item: WriteItem, now: number][] = [];
let head = 0;

function take(message: PipelineMessage): void {
  for (const [id, item] of decodeItems(message.items)) pending.push([id, item, message.now]);
}

function drain(): void {
  for (let next = receiveMessageOnPort(input); next; next = receiveMessageOnPort(input)) {
    take(next.message as PipelineMessage);
  }
}

/**
 * Rows in the next group when `waiting` items wait: half of them (at least MIN_GROUP, at most
 * maxRows). The first half's answers go back to the event loop, which answers those requests and
 * parses the next, while this thread scans and commits the second half: the two threads overlap
 * instead of taking turns. One fsync per group still covers many captures under load. Measured
 * with 16 agents sending at once (bench:ingest): 7,300-7,700 captures/s against 6,600 for all
 * waiting in one group, and 6,200 for groups of 4 (the fsyncs then cost more than the overlap gives).
 */
const MIN_GROUP = 8;
const groupRows = (waiting: number): number =>
  Math.min(data.maxRows, Math.max(MIN_GROUP, Math.ceil(waiting / 2)));

function commitWaiting(): void {
  if (data.scan && !scanner) return; // the engine is still loading
  drain();
  while (head < pending.length) {
    // The first item always; more while they fit in the group's rows.
    const group: [number, WriteItem][] = [];
    const now = pending[head]![2];
    const most = groupRows(pending.length - head);
    let rows = 0;
    while (head < pending.length) {
      const [id, item] = pending[head]!;
      if (group.length > 0 && rows + item.rows.length > most) break;
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
      if (scanner) for (const [, item] of group) for (const row of item.rows) addServerScan(row, scanner);
      results = committer.commit(
        group.map(([, item]) => item),
        now,
      );
    } catch (error) {
      const failure = { error: { message: `capture not stored: ${(error as Error)?.message ?? error}` } };
      results = group.map(() => failure);
    }
    // An item all of whose rows were inserted is answered by its id alone: the event loop holds its
    // rows, so the capture ids need not be copied back across the threads.
    const answer: PipelineAnswer = { stored: [], results: [] };
    for (const [i, [id, item]] of group.entries()) {
      const result = results[i]!;
      if ('inserted' in result && result.inserted.length === item.rows.length) answer.stored.push(id);
      else answer.results.push([id, result]);
    }
    parentPort!.postMessage(answer);
    checkpoints.afterCommit(rows);
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
  checkpoints.close(() => {
    sqlite.close();
    input.close();
    parentPort!.close();
  });
});
