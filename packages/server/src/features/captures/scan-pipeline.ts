import { MessageChannel, type Worker } from 'node:worker_threads';
import type { ServerScanner } from './scanner.js';
import { spawnThread } from './spawn-thread.js';
import type { WriteItem } from './sqlite-commit.js';
import type { PipelineAnswer, PipelineMessage, ScanThreadData } from './writer.js';

interface Waiting {
  resolve(item: WriteItem): void;
  reject(error: unknown): void;
}

/**
 * PostgreSQL: the capture scan thread answering the event loop. The rows of the requests of one turn
 * go to the scan thread (`capture-scan-thread.ts`, its own copy of the engine) and come back scanned,
 * to be committed on the pool; the event loop no longer spends a scan per capture, which on
 * PostgreSQL was most of its time. If the engine cannot load or the thread ends, the waiting requests
 * fail (nothing stored; their agents retry) and the next request starts a new thread.
 */
export function scanPipeline(scanner: ServerScanner, now: () => number) {
  interface Thread {
    worker: Worker;
    /** resolves when the engine has loaded, or the thread failed */
    loaded: Promise<void>;
  }
  let thread: Thread | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting>();
  let gathered: [number, WriteItem][] = [];

  function start(): Thread {
    const channel = new MessageChannel();
    const data: ScanThreadData = {
      compiled: scanner.compiled,
      version: scanner.rulesVersion,
      output: channel.port1,
    };
    const worker = spawnThread('capture-scan-thread', data, channel.port1);
    const scanned = channel.port2;
    let markLoaded!: () => void;
    const loaded = new Promise<void>((resolve) => {
      markLoaded = resolve;
    });
    const mine: Thread = { worker, loaded };
    const settle = (id: number, answer: (w: Waiting) => void) => {
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      answer(w);
      // An idle thread does not keep the process alive; one with requests in it does.
      if (waiting.size === 0) worker.unref();
    };
    scanned.on('message', (message: PipelineMessage) => {
      for (const [id, item] of message.items) settle(id, (w) => w.resolve(item));
    });
    scanned.unref();
    worker.on('message', (message: PipelineAnswer) => {
      if ('loaded' in message) markLoaded();
      else if ('failed' in message) {
        for (const id of message.failed) settle(id, (w) => w.reject(new Error(message.error)));
      }
    });
    const fail = (error: unknown) => {
      markLoaded(); // whoever waits for the engine is not kept waiting by a thread that failed
      if (thread !== mine) return;
      thread = undefined;
      worker.postMessage('close');
      scanned.close();
      const lost = [...waiting.values()];
      waiting.clear();
      for (const w of lost) w.reject(error);
    };
    worker.unref();
    worker.on('error', fail);
    worker.on('exit', (code) =>
      fail(new Error(`capture not stored: the capture scan thread exited (${code})`)),
    );
    return mine;
  }

  function send(): void {
    const items = gathered;
    gathered = [];
    thread ??= start();
    thread.worker.ref();
    thread.worker.postMessage({ items, now: now() } satisfies PipelineMessage);
  }

  return {
    /** Resolves with the item's rows scanned (a copy), or rejects if they could not be. */
    scan(item: WriteItem): Promise<WriteItem> {
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { resolve, reject });
        if (gathered.length === 0) setImmediate(send);
        gathered.push([id, item]);
      });
    },
    /** Starts the thread now and resolves once its engine has loaded (or failed to). */
    warm(): Promise<void> {
      thread ??= start();
      return thread.loaded;
    },
    busy: () => waiting.size > 0 || gathered.length > 0,
    async close(): Promise<void> {
      const t = thread;
      thread = undefined;
      if (!t) return;
      const exited = new Promise((resolve) => t.worker.once('exit', resolve));
      t.worker.postMessage('close');
      await exited;
    },
  };
}
