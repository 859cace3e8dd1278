import fs from 'node:fs';
import type { PipelineAnswer } from './writer.js';

type Committed = Extract<PipelineAnswer, { stored: number[] }>;

/**
 * The capture writer's acknowledgements, held until the WAL file holding their commits is on disk.
 *
 * The writer connection commits with synchronous=NORMAL: SQLite writes each commit's frames to the
 * WAL without waiting for the disk, and still syncs the WAL before a checkpoint, the database after
 * one, and the WAL's header when it starts again. This adds what synchronous=FULL adds, an fsync of
 * the WAL after a commit, but on libuv's thread pool rather than on the writer thread, and once
 * for every commit made while the previous fsync ran. A capture is acknowledged only after an fsync
 * that began after its commit returned, so an acknowledged capture survives a power loss as it did
 * under FULL; meanwhile the writer scans and inserts the next group instead of waiting for the disk
 * (on this host an fsync took 0.1-2.5 ms, and the writer spent most of its time in it under load).
 *
 * If an fsync fails, its captures are answered as failed (not known to be stored): their agents
 * send them again with the same ids, which are then answered as already stored.
 */
export function walDurability(walFile: string, send: (answer: PipelineAnswer) => void) {
  let fd: number | undefined;
  let syncing = false;
  let held: Committed[] = [];
  let whenIdle: (() => void)[] = [];

  function fail(batch: Committed[], error: unknown): void {
    const message = `capture not known to be stored: the WAL could not be synced (${(error as Error)?.message ?? error})`;
    const failed: number[] = [];
    const kept: Committed = { stored: [], results: [] };
    for (const answer of batch) {
      failed.push(...answer.stored);
      for (const [id, result] of answer.results) {
        if ('error' in result) kept.results.push([id, result]);
        else failed.push(id);
      }
    }
    if (failed.length > 0) send({ failed, error: message });
    if (kept.results.length > 0) send(kept);
  }

  function merged(batch: Committed[]): Committed {
    if (batch.length === 1) return batch[0]!;
    const all: Committed = { stored: [], results: [], commits: 0 };
    for (const answer of batch) {
      all.commits! += answer.commits ?? 1;
      for (const id of answer.stored) all.stored.push(id);
      for (const result of answer.results) all.results.push(result);
    }
    return all;
  }

  function syncHeld(): void {
    if (syncing) return;
    if (held.length === 0) {
      const callbacks = whenIdle;
      whenIdle = [];
      for (const done of callbacks) done();
      return;
    }
    const batch = held;
    held = [];
    try {
      fd ??= fs.openSync(walFile, 'r');
    } catch (error) {
      fail(batch, error);
      syncHeld();
      return;
    }
    syncing = true;
    fs.fsync(fd, (error) => {
      syncing = false;
      if (error) fail(batch, error);
      else send(merged(batch));
      syncHeld();
    });
  }

  return {
    /** A commit has returned: its answer goes out after the next fsync of the WAL. */
    committed(answer: Committed): void {
      held.push(answer);
      syncHeld();
    },
    /** Calls `done` once every answer handed over has been sent. */
    whenSent(done: () => void): void {
      whenIdle.push(done);
      if (!syncing && held.length === 0) syncHeld();
    },
    close(): void {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}
