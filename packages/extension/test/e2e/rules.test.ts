/**
 * Where the worker's rules come from, in real Chromium: the rules packaged with the extension before
 * any server contact, then an update from the server that replaces them and survives a worker
 * restart (from IndexedDB, or loaded again from its JSON when the engine build changed). The server
 * is the real Vigil server behind an HTTP pass-through that serves its own compiled rules, standing
 * in for a server whose rules differ from the packaged ones. Skips without Chromium outside CI;
 * fails under CI=true.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compileRules, serializeCompiled } from '@vigil/engine';
import { chromiumAvailable } from '@vigil/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Backend, PUPIL_EMAIL, startBackend } from './backend.js';
import {
  type Browser,
  buildExtension,
  extensionDir,
  launchWithExtension,
  type PageServer,
  startPageServer,
  stopServiceWorker,
  waitFor,
} from './harness.js';
import { type RulesOverride, startRulesOverride } from './proxy.js';

const available = chromiumAvailable();

interface Stats {
  rulesSource: string;
  rulesCaching?: string;
}

let backend: Backend;
let override: RulesOverride;
let pages: PageServer;
let browser: Browser;
let page: Page;

/** A one-rule set, as a Vigil server sends it (GET /api/agent/v1/rules). */
function serverRules(version: string, format?: number): { body: string; etag: string } {
  const compiled = serializeCompiled(
    compileRules({
      version,
      rules: [
        { id: 'test.update.zorblax', category: 'bullying', severity: 4, patterns: ['zorblax quintuple'] },
      ],
    }),
  );
  const body = JSON.stringify({
    version,
    compiled: format === undefined ? compiled : { ...compiled, format },
  });
  return { body, etag: `"${version}"` };
}

const stats = () => browser.send<Stats>({ type: 'vigil:stats' });

async function restartWorker(): Promise<void> {
  await stopServiceWorker(browser);
  await browser.control.reload();
}

/** Types into a field after a pause (the content script sends a field's text 800 ms after typing stops). */
async function typeInto(selector: string, text: string): Promise<void> {
  await page.bringToFront();
  await page.locator(selector).fill('');
  await page.locator(selector).focus();
  await page.keyboard.type(text, { delay: 5 });
}

/** The texts of captures waiting in the extension's queue. */
function queuedTexts(): Promise<string[]> {
  return browser.control.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const index = (all['outbox:index'] ?? []) as { id: string }[];
    return index.map((m) => (all[`outbox:item:${m.id}`] as { text?: string } | undefined)?.text ?? '');
  });
}

beforeAll(async () => {
  if (!available) return;
  buildExtension();
  backend = await startBackend();
  override = await startRulesOverride(backend.url);
  pages = await startPageServer();
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${pages.url}/form`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pages?.close();
  await override?.close();
  await backend?.close();
});

describe.skipIf(!available).sequential('rules in the worker', () => {
  test('before any server contact, the worker scans with the packaged rules', async () => {
    const packaged = (
      JSON.parse(fs.readFileSync(path.join(extensionDir, 'rules/compiled.json'), 'utf8')) as {
        version: string;
      }
    ).version;
    const status = await browser.status();
    expect(status.enrolled).toBe(false);
    expect(status.rulesVersion).toBe(packaged);
    expect((await stats()).rulesSource).toBe('packaged');
    await typeInto('#text', 'honestly i want to kill myself');
    await waitFor(
      async () => (await queuedTexts()).some((t) => t.includes('kill myself')),
      5_000,
      'a capture queued before enrolment',
    );
    // A restarted worker reads the same rules from its cache once they are stored there.
    await waitFor(async () => (await stats()).rulesCaching === 'written', 15_000, 'packaged rules cached');
    await restartWorker();
    expect(await stats()).toMatchObject({ rulesSource: 'cache' });
    expect((await browser.status()).rulesVersion).toBe(packaged);
    expect(override.rulesRequests).toEqual([]);
  }, 60_000);

  test('an update from the server replaces them, and a restarted worker still uses it', async () => {
    override.setRules(serverRules('test-update-1'));
    const setup = browser.control;
    await setup.locator('input[name=serverUrl]').fill(override.url);
    await setup.locator('input[name=enrolmentToken]').fill(backend.token);
    await setup.locator('input[name=userEmail]').fill(PUPIL_EMAIL);
    await setup.locator('button[type=submit]').click();
    await waitFor(async () => (await browser.status()).rulesVersion === 'test-update-1', 15_000, 'update');
    const status = await browser.status();
    expect(status.enrolled).toBe(true);
    if (status.gateClosed && status.aup) {
      await browser.send({ type: 'vigil:aup-decision', decision: 'accepted', version: status.aup.version });
    }
    await page.goto(`${pages.url}/form`); // the AUP gate sent the tab away until accepted
    expect((await stats()).rulesSource).toBe('update');
    expect(override.rulesRequests[0]).toEqual({ status: 200 });

    await typeInto('#text', 'a zorblax quintuple again');
    const [capture] = await waitFor(
      async () => {
        const found = (await backend.captures()).filter((c) => c.text.includes('zorblax'));
        return found.length > 0 && found;
      },
      10_000,
      'capture by the updated rule',
    );
    expect(capture!.rules).toEqual(['test.update.zorblax']);

    await restartWorker();
    expect((await browser.status()).rulesVersion).toBe('test-update-1');
    expect((await stats()).rulesSource).toBe('cache');
    await typeInto('#area', 'zorblax quintuple after a restart');
    await waitFor(
      async () => (await backend.captures()).some((c) => c.text.includes('after a restart')),
      10_000,
      'capture after the restart',
    );
    // The next sync asks with the update's ETag: nothing is downloaded again.
    await browser.send({ type: 'vigil:sync' });
    expect(override.rulesRequests.at(-1)).toEqual({ ifNoneMatch: '"test-update-1"', status: 304 });
  }, 60_000);

  test('after an engine change the stored update is loaded again from its JSON', async () => {
    // As if another engine build had made the cached loaded form: its key no longer matches.
    await browser.control.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('vigil-rules');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('rules', 'readwrite');
            const store = tx.objectStore('rules');
            const get = store.get('loaded');
            get.onsuccess = () => store.put({ ...get.result, key: 'another-engine' }, 'loaded');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
    );
    await restartWorker();
    expect((await stats()).rulesSource).toBe('update-reloaded');
    expect((await browser.status()).rulesVersion).toBe('test-update-1');
  }, 60_000);

  test('rules the engine cannot load are refused, the rules in use stay, and are not fetched again', async () => {
    override.setRules(serverRules('test-update-2', 999));
    const synced = await browser.send<{ rulesVersion: string; lastError?: string }>({ type: 'vigil:sync' });
    expect(synced.rulesVersion).toBe('test-update-1');
    expect(synced.lastError).toMatch(/test-update-2 from the server do not load/);
    await browser.send({ type: 'vigil:sync' });
    expect(override.rulesRequests.at(-1)).toEqual({ ifNoneMatch: '"test-update-2"', status: 304 });
    await restartWorker();
    expect((await browser.status()).rulesVersion).toBe('test-update-1');
  }, 60_000);
});
