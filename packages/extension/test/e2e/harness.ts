/** Helpers for the browser tests: build once, serve test pages, launch Chromium with the extension. */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LaunchedChromium, launchChromium } from '@vigil/testkit';
import type { Page } from 'playwright-core';
import type { ToWorker, WorkerStatus } from '../../src/shared/messages.js';

export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const extensionDir = path.join(packageDir, 'dist');
export const EXTENSION_ID = 'afhlcdjkconhdpnglljidnndphmngjao';

let built = false;
export function buildExtension(): void {
  if (built) return;
  execFileSync(process.execPath, ['--conditions=source', '--import', 'tsx', 'scripts/build.ts'], {
    cwd: packageDir,
    stdio: 'pipe',
  });
  built = true;
}

const PAGES: Record<string, string> = {
  '/form': `<!doctype html><title>Homework</title><h1>Homework</h1>
    <input id="text" type="text">
    <input id="password" type="password">
    <input id="card" autocomplete="cc-number">
    <div data-vigil-ignore><input id="ignored"></div>
    <textarea id="area"></textarea>
    <div id="editable" contenteditable="true"></div>
    <iframe id="frame" src="/frame"></iframe>`,
  '/frame': `<!doctype html><textarea id="inner"></textarea>`,
  '/docs': `<!doctype html><title>Untitled document - Google Docs</title><div>canvas here</div>
    <iframe class="docs-texteventtarget-iframe"></iframe>
    <script>document.querySelector('iframe').contentDocument.body.contentEditable = 'true';</script>`,
  '/bench': `<!doctype html><title>Bench</title><input id="text"><textarea id="area"></textarea>`,
  '/plain': `<!doctype html><title>Plain</title><p>The weather is lovely today.</p>`,
  '/scary': `<!doctype html><title>Videos</title><p>The best free hardcore porn videos.</p>`,
};

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const route = (req.url ?? '').split('?')[0]!;
    const page =
      PAGES[route] ??
      (route === '/search' ? '<!doctype html><title>Search</title><p>Results</p>' : undefined);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface Browser extends LaunchedChromium {
  /** an extension page used to talk to the worker */
  control: Page;
  send<T = unknown>(message: ToWorker): Promise<T>;
  status(): Promise<WorkerStatus>;
}

export async function launchWithExtension(): Promise<Browser> {
  const launched = await launchChromium({
    extensionDir,
    // Nothing leaves the machine: a search engine's name resolves to the local page server, the rest to nothing.
    args: ['--host-resolver-rules=MAP www.bing.com 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const { context } = launched;
  if (!context.serviceWorkers().some((w) => w.url().includes(EXTENSION_ID))) {
    await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().includes(EXTENSION_ID),
      timeout: 15_000,
    });
  }
  const control = await context.newPage();
  await control.goto(`chrome-extension://${EXTENSION_ID}/setup.html`);
  const send = <T>(message: ToWorker) =>
    control.evaluate((m) => chrome.runtime.sendMessage(m), message as never) as Promise<T>;
  return { ...launched, control, send, status: () => send<WorkerStatus>({ type: 'vigil:status' }) };
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes. */
type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>;

export async function waitFor<T>(
  check: () => T | Promise<T>,
  timeoutMs = 5_000,
  what = 'condition',
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Stops the extension's service worker the way Chrome does when it idles (closes its target). */
export async function stopServiceWorker(browser: Browser): Promise<void> {
  const cdp = await browser.context.newCDPSession(browser.control);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(EXTENSION_ID));
  if (!worker) throw new Error('no extension service worker target');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
}
