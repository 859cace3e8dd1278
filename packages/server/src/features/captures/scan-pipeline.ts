import { MessageChannel } from 'node:worker_threads';
import { decodeItems } from './row-wire.js';
import type { ServerScanner } from './scanner.js';
import { spawnThread } from './spawn-thread.js';
import type { WriteItem } from './sqlite-commit.js';
import { threadPipeline } from './thread-pipeline.js';
import type { PipelineMessage, ScanThreadData } from './writer.js';

/**
 * PostgreSQL: the capture scan thread answering the event loop. The rows of the requests of one turn
 * go to the scan thread (`capture-scan-thread.ts`, its own copy of the engine) and come back scanned,
 * to be committed on the pool; the event loop no longer spends a scan per capture, which on
 * PostgreSQL was most of its time. If the engine cannot load or the thread ends, the waiting requests
 * fail (nothing stored; their agents retry) and the next request starts a new thread
 * (`thread-pipeline.ts`).
 */
export function scanPipeline(scanner: ServerScanner, now: () => number) {
  const pipeline = threadPipeline<WriteItem>(
    () => {
      const channel = new MessageChannel();
      const data: ScanThreadData = {
        compiled: scanner.compiled,
        version: scanner.rulesVersion,
        output: channel.port1,
      };
      const worker = spawnThread('capture-scan-thread', data, channel.port1);
      return {
        first: worker,
        workers: [worker],
        ports: [channel.port2],
        loadsEngine: true,
        name: 'the capture scan thread',
      };
    },
    (message, settle) => {
      for (const [id, item] of decodeItems((message as PipelineMessage).items)) {
        settle(id, (w) => w.resolve(item));
      }
    },
    now,
  );
  return {
    /** Resolves with the item's rows scanned (a copy), or rejects if they could not be. */
    scan: pipeline.submit,
    warm: pipeline.warm,
    busy: pipeline.busy,
    close: pipeline.close,
  };
}
