import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { decodeItems, encodeItems } from './row-wire.js';
import { type RulesScanner, scannerFromCompiled } from './scanner.js';
import { addServerScan } from './server-scan.js';
import type { WriteItem } from './sqlite-commit.js';
import type { PipelineAnswer, PipelineMessage, ScanThreadData } from './writer.js';

// The capture scan thread (features/captures/writer.ts): the server's own copy of the engine, built
// from the compiled rules the main thread loaded. It scans the rows of the requests that arrived in
// one turn of the event loop (or in several, when they queued while it scanned) and hands them on in
// one message: on SQLite to the writer thread, so the scans of the next group run while the writer
// commits and fsyncs the current one; on PostgreSQL back to the event loop (scan-pipeline.ts), which
// commits them on the pool. A row leaves here only with the server's detections; if the engine cannot
// load, the requests are refused (nothing stored) and the thread ends.

const data = workerData as ScanThreadData;
const output = data.output;

const scanner: Promise<RulesScanner> = scannerFromCompiled(data.compiled).then((loaded) => {
  if (loaded.rulesVersion !== data.version) {
    throw new Error(`the scan thread loaded rules ${loaded.rulesVersion}, not ${data.version}`);
  }
  return loaded;
});
// Tells the event loop the engine has loaded or failed to (a server warms the pipeline before it
// listens); after a failure the first message is refused with the error and the thread ends (handle).
scanner.then(
  () => parentPort!.postMessage({ loaded: true } satisfies PipelineAnswer),
  () => parentPort!.postMessage({ loaded: false } satisfies PipelineAnswer),
);

/** The items of one or more messages, decoded (row-wire.ts). */
interface Gathered {
  items: [number, WriteItem][];
  now: number;
}

function refuse(message: Gathered, error: unknown): void {
  const answer: PipelineAnswer = {
    failed: message.items.map(([id]) => id),
    error: `capture not stored: ${(error as Error)?.message ?? error}`,
  };
  parentPort!.postMessage(answer);
}

/**
 * Adds the messages already waiting behind `first` to it, without waiting for more: when the event
 * loop sends faster than this thread scans, they are scanned and handed to the writer as one message
 * (the writer commits the first item's group at the first item's time in any case). A `close` among
 * them ends the thread once they are handed on.
 */
function withWaiting(first: Gathered): { message: Gathered; close: boolean } {
  for (let next = receiveMessageOnPort(parentPort!); next; next = receiveMessageOnPort(parentPort!)) {
    const message = next.message as PipelineMessage | 'close';
    if (message === 'close') return { message: first, close: true };
    for (const item of decodeItems(message.items)) first.items.push(item);
  }
  return { message: first, close: false };
}

function close(): void {
  output.close();
  parentPort!.close();
}

async function handle(sent: PipelineMessage | 'close'): Promise<void> {
  if (sent === 'close') {
    close();
    return;
  }
  const first: Gathered = { items: decodeItems(sent.items), now: sent.now };
  let scan: RulesScanner;
  try {
    scan = await scanner;
  } catch (error) {
    // The thread ends so that the next request starts a new pipeline, which loads the engine again.
    refuse(first, error);
    process.exit(1);
  }
  const { message, close: closing } = withWaiting(first);
  try {
    for (const [, item] of message.items) {
      for (const row of item.rows) addServerScan(row, scan);
    }
    output.postMessage({ items: encodeItems(message.items), now: message.now } satisfies PipelineMessage);
  } catch (error) {
    refuse(message, error);
  }
  if (closing) close();
}

// In arrival order, one at a time (the engine loads asynchronously before the first message).
let last = Promise.resolve();
parentPort!.on('message', (message: PipelineMessage | 'close') => {
  last = last.then(() => handle(message));
});
