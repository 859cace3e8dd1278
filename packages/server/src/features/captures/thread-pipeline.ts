import type { MessagePort, Worker } from 'node:worker_threads';
import { encodeItems } from './row-wire.js';
import type { WriteItem } from './sqlite-commit.js';
import type { PipelineAnswer, PipelineMessage } from './writer.js';

interface Waiting<R> {
  /** what the request handed over, so an answer can say "all of it" without repeating it */
  item: WriteItem;
  resolve(result: R): void;
  reject(error: unknown): void;
}

/** Answers request `id` (once; a late or repeated answer is ignored). */
export type Settle<R> = (id: number, answer: (w: Waiting<R>) => void) => void;

/** A pipeline's threads, as its `spawn` starts them. */
export interface PipelineThreads {
  /** where each turn's message goes */
  first: Worker | MessagePort;
  workers: Worker[];
  /** ports besides the workers that carry answers back */
  ports: MessagePort[];
  /** whether a thread loads the engine and says so (`{ loaded }`); if not, the pipeline is loaded at once */
  loadsEngine: boolean;
  /** the threads as an error names them ("a capture thread") */
  name: string;
}

/**
 * The capture threads' common part (`writer.ts`: SQLite's writer thread, PostgreSQL's scan
 * thread). The event loop gathers the requests of one turn into one message to `first`; every thread
 * may answer `{ loaded }` or `{ failed }`, and `onResults` settles the rest. If a thread fails or
 * exits, the waiting requests fail (not known to be stored: their agents retry with the same ids),
 * the other threads are told to finish what they hold and end (their late answers are ignored), and
 * the next request starts new threads, which load the engine again.
 */
export function threadPipeline<R>(
  spawn: () => PipelineThreads,
  onResults: (message: unknown, settle: Settle<R>) => void,
  now: () => number,
) {
  interface Running {
    threads: PipelineThreads;
    /** resolves when the engine has loaded (at once without one), or the threads failed */
    loaded: Promise<void>;
  }
  let running: Running | undefined;
  let nextId = 0;
  const waiting = new Map<number, Waiting<R>>();
  let gathered: [number, WriteItem][] = [];

  // Idle threads do not keep the process alive; threads with requests in them do. Only a change
  // calls into the workers: under load they stay referenced from turn to turn.
  let referenced = false;
  const refAll = (threads: PipelineThreads, on: boolean) => {
    if (on === referenced) return;
    referenced = on;
    for (const worker of threads.workers) on ? worker.ref() : worker.unref();
  };

  function start(): Running {
    const threads = spawn();
    referenced = false; // new threads start unreferenced (below)
    let markLoaded!: () => void;
    const loaded = new Promise<void>((resolve) => {
      markLoaded = resolve;
    });
    if (!threads.loadsEngine) markLoaded();
    const mine: Running = { threads, loaded };
    const settle: Settle<R> = (id, answer) => {
      const w = waiting.get(id);
      if (!w) return;
      waiting.delete(id);
      answer(w);
      if (waiting.size === 0) refAll(threads, false);
    };
    const onMessage = (message: PipelineAnswer | PipelineMessage) => {
      if ('loaded' in message) markLoaded();
      else if ('failed' in message) {
        for (const id of message.failed) settle(id, (w) => w.reject(new Error(message.error)));
      } else onResults(message, settle);
    };
    const fail = (error: unknown) => {
      markLoaded(); // whoever waits for the engine is not kept waiting by threads that failed
      if (running !== mine) return;
      running = undefined;
      for (const worker of threads.workers) worker.postMessage('close');
      for (const port of threads.ports) port.close();
      const lost = [...waiting.values()];
      waiting.clear();
      for (const w of lost) w.reject(error);
    };
    for (const port of threads.ports) {
      port.on('message', onMessage);
      port.unref();
    }
    for (const worker of threads.workers) {
      worker.unref();
      worker.on('message', onMessage);
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`capture not stored: ${threads.name} exited (${code})`)));
    }
    return mine;
  }

  function send(): void {
    const items = gathered;
    gathered = [];
    running ??= start();
    refAll(running.threads, true);
    running.threads.first.postMessage({ items: encodeItems(items), now: now() } satisfies PipelineMessage);
  }

  return {
    /** Resolves with the threads' result for the item, or rejects if it could not be had. */
    submit(item: WriteItem): Promise<R> {
      return new Promise((resolve, reject) => {
        const id = ++nextId;
        waiting.set(id, { item, resolve, reject });
        if (gathered.length === 0) setImmediate(send);
        gathered.push([id, item]);
      });
    },
    /**
     * Starts the threads now and resolves once the engine has loaded, so the first capture does not
     * wait for that load (seconds on a small machine). If the engine cannot load, it resolves all the
     * same: the first request then fails and the next starts new threads.
     */
    warm(): Promise<void> {
      running ??= start();
      return running.loaded;
    },
    busy: () => waiting.size > 0,
    async close(): Promise<void> {
      const r = running;
      running = undefined;
      if (!r) return;
      await Promise.all(
        r.threads.workers.map((worker) => {
          const exited = new Promise((resolve) => worker.once('exit', resolve));
          worker.postMessage('close');
          return exited;
        }),
      );
    },
  };
}
