/**
 * Force-install from the school's own Vigil server, as a school not on the Chrome Web Store does it:
 * a managed policy file sets ExtensionInstallForcelist to "<id>;<server>/agent/chrome/update.xml",
 * Chromium starts WITHOUT --load-extension, fetches the update manifest and the signed CRX3 from the
 * server, installs the extension, starts its service worker, and the worker enrols with the
 * policy-supplied server and token. Skips without Chromium outside CI; fails under CI=true.
 */
import fs from 'node:fs';
import { chromiumAvailable, type LaunchedChromium, launchChromium } from '@vigil/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ToWorker, WorkerStatus } from '../../src/shared/messages.js';
import { type Backend, PUPIL_EMAIL, startBackend } from './backend.js';
import { buildExtension, waitFor } from './harness.js';

const available = chromiumAvailable();
const policyDir = '/etc/chromium/policies/managed';
const policyFile = `${policyDir}/vigil-force-install-test.json`;
let canWritePolicy = true;
try {
  fs.mkdirSync(policyDir, { recursive: true });
  fs.accessSync(policyDir, fs.constants.W_OK);
} catch {
  canWritePolicy = false;
}

let backend: Backend;

beforeAll(async () => {
  if (!available || !canWritePolicy) return;
  buildExtension();
  backend = await startBackend();
}, 120_000);

afterAll(async () => {
  fs.rmSync(policyFile, { force: true });
  await backend?.close();
});

describe.skipIf(!available || !canWritePolicy)('force-install from the Vigil server', () => {
  test('ExtensionInstallForcelist with the server update URL installs, starts and enrols the extension', async () => {
    const updateUrl = `${backend.url}/agent/chrome/update.xml`;
    const xml = await (await fetch(updateUrl)).text();
    const id = /appid='([a-p]{32})'/.exec(xml)?.[1];
    expect(id, xml).toBeDefined();
    fs.writeFileSync(
      policyFile,
      JSON.stringify({
        ExtensionInstallForcelist: [`${id};${updateUrl}`],
        // Policy-installed extensions are hidden from the DevTools protocol otherwise (tests only).
        DeveloperToolsAvailability: 1,
        '3rdparty': {
          extensions: {
            [id!]: { serverUrl: backend.url, enrolmentToken: backend.token, userEmail: PUPIL_EMAIL },
          },
        },
      }),
    );
    let browser: LaunchedChromium | undefined;
    try {
      browser = await launchChromium({ policyExtensions: true });
      const { context } = browser;
      const worker =
        context.serviceWorkers().find((w) => w.url().includes(id!)) ??
        (await context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().includes(id!),
          timeout: 30_000,
        }));
      expect(worker.url()).toBe(`chrome-extension://${id}/worker.js`);

      // Installed by policy from the server, not loaded unpacked.
      const internals = await context.newPage();
      await internals.goto('chrome://extensions-internals');
      const installed = JSON.parse((await internals.locator('pre').textContent()) ?? '[]') as {
        id: string;
        location: string;
        version: string;
      }[];
      expect(installed.find((e) => e.id === id)).toMatchObject({
        location: 'EXTERNAL_POLICY_DOWNLOAD',
        version: /<updatecheck [^>]*version='([^']+)'/.exec(xml)![1],
      });

      // The worker enrols with the server and token from the managed configuration.
      const control = await context.newPage();
      await control.goto(`chrome-extension://${id}/setup.html`);
      const status = await waitFor(
        async () => {
          const s = (await control.evaluate((m) => chrome.runtime.sendMessage(m), {
            type: 'vigil:status',
          } satisfies ToWorker as never)) as WorkerStatus;
          return s.managed && s.enrolled && s;
        },
        30_000,
        'enrolment of the force-installed extension',
      );
      expect(status.school).toBe('Ash Primary');
      expect(status.email).toBe(PUPIL_EMAIL);
    } finally {
      fs.rmSync(policyFile, { force: true });
      await browser?.close();
    }
  }, 90_000);
});
