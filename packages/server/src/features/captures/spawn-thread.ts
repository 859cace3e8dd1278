import { type MessagePort, Worker } from 'node:worker_threads';

/**
 * Starts one of the capture threads (`capture-scan-thread`, `sqlite-writer-thread`) with `workerData`,
 * handing it `port`: the compiled .js next to this file, or the .ts source under tests (via tsx).
 */
export function spawnThread(name: string, workerData: unknown, port: MessagePort): Worker {
  const here = import.meta.url;
  const options = { workerData, transferList: [port] };
  if (here.endsWith('.ts')) {
    const thread = new URL(`./${name}.ts`, here).href;
    const tsx = import.meta.resolve('tsx/esm/api');
    return new Worker(
      `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(thread)}); })`,
      { eval: true, ...options },
    );
  }
  return new Worker(new URL(`./${name}.js`, here), options);
}
