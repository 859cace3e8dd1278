/**
 * The extension in real Chromium (Debian's, through playwright-core) against a Vigil server on
 * 127.0.0.1. Builds the extension first. Skips without Chromium outside CI; fails under CI=true.
 */
import fs from 'node:fs';
import { chromiumAvailable } from '@vigil/testkit';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Backend, PUPIL_EMAIL, startBackend } from './backend.js';
import {
  type Browser,
  buildExtension,
  EXTENSION_ID,
  launchWithExtension,
  type PageServer,
  startPageServer,
  stopServiceWorker,
  waitFor,
} from './harness.js';

const available = chromiumAvailable();
const EMAIL = PUPIL_EMAIL;

let backend: Backend;
let pages: PageServer;

beforeAll(async () => {
  if (!available) return;
  buildExtension();
  backend = await startBackend();
  pages = await startPageServer();
}, 120_000);

afterAll(async () => {
  await pages?.close();
  await backend?.close();
});

/** A manual install: the setup page's form enrols the device. */
async function enrolled(browser: Browser): Promise<void> {
  const setup = browser.control;
  await setup.locator('input[name=serverUrl]').fill(backend.url);
  await setup.locator('input[name=enrolmentToken]').fill(backend.token);
  await setup.locator('input[name=userEmail]').fill(EMAIL);
  await setup.locator('button[type=submit]').click();
  await waitFor(
    async () => (await setup.locator('#status').textContent())?.includes('Enrolled: yes'),
    15_000,
  );
  const status = await browser.status();
  expect(status.lastError).toBeUndefined();
  expect(status.enrolled).toBe(true);
  expect(status.school).toBe('Ash Primary');
}

/** First run: the school's AUP closes the gate until it is accepted (here through the extension). */
async function acceptFirstAup(browser: Browser): Promise<void> {
  const status = await browser.status();
  expect(status.gateClosed).toBe(true);
  await browser.send({ type: 'vigil:aup-decision', decision: 'accepted', version: status.aup!.version });
  expect((await browser.status()).gateClosed).toBe(false);
}

async function capturesContaining(phrase: string) {
  return (await backend.captures()).filter((c) => c.text.toLowerCase().includes(phrase));
}

/** Types at the end of a field, as a person would after clicking into it. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 5 });
}

/** Starts a navigation the extension may redirect; does not wait for it to finish. */
async function attempt(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit', timeout: 3_000 }).catch(() => undefined);
}

/** Waits until a tab shows `url` (redirects by the extension replace the document under Playwright). */
async function waitForUrl(page: Page, prefix: string): Promise<void> {
  await waitFor(() => page.url().startsWith(prefix), 5_000, `tab at ${prefix}`);
  await page.waitForLoadState('domcontentloaded').catch(() => undefined);
}

describe.skipIf(!available)('extension in Chromium', () => {
  describe.sequential('typing, fields and the offline queue', () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      browser = await launchWithExtension();
      await enrolled(browser);
      await acceptFirstAup(browser);
      page = await browser.context.newPage();
      await page.goto(`${pages.url}/form`);
      await page.bringToFront();
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
    });

    test('a risky phrase typed into a page reaches the server with a screenshot within 5 s', async () => {
      await typeInto(page, '#text', 'honestly i want to kill myself');
      const started = Date.now();
      const [capture] = await waitFor(
        () => capturesContaining('kill myself').then((c) => c.length && c),
        5_000,
      );
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(capture!.source).toBe('typed');
      expect(capture!.text).toBe('honestly i want to kill myself');
      expect(capture!.email).toBe(EMAIL);
      expect(capture!.url).toBe(`${pages.url}/form`);
      expect(capture!.screenshotType).toMatch(/^image\/(jpeg|png)$/);
      expect(capture!.screenshotBytes).toBeGreaterThan(1_000);
      expect(capture!.personId).toBeDefined();
    });

    test('innocent text sends nothing', async () => {
      const before = (await backend.captures()).length;
      await typeInto(page, '#area', 'my favourite lesson is maths and i like football');
      await typeInto(page, '#editable', 'we went to the museum on a school trip');
      await page.locator('#text').fill('');
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect((await backend.captures()).length).toBe(before);
    });

    test('password, card and sensitive-marked fields are never captured', async () => {
      await typeInto(page, '#password', 'i want to end my life');
      await typeInto(page, '#card', 'i cut myself');
      await typeInto(page, '#ignored', 'i want to die');
      // A field that is watched, typed last: once it arrives, the others had every chance to.
      await typeInto(page, '#area', ' and everyone hates you');
      await waitFor(() => capturesContaining('everyone hates you').then((c) => c.length > 0), 5_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const phrase of ['end my life', 'cut myself', 'want to die']) {
        expect(await capturesContaining(phrase)).toEqual([]);
      }
    });

    test('text in iframes and contenteditable is watched', async () => {
      await page.frameLocator('#frame').locator('#inner').focus();
      await page.keyboard.type('i will bring a knife to school', { delay: 5 });
      await typeInto(page, '#editable', ' so i want to cut myself');
      await waitFor(() => capturesContaining('knife to school').then((c) => c.length > 0), 5_000, 'iframe');
      await waitFor(() => capturesContaining('cut myself').then((c) => c.length > 0), 5_000, 'editable');
    });

    test('search terms are read from a search engine URL', async () => {
      const search = await browser.context.newPage();
      const port = new URL(pages.url).port;
      // Chromium upgrades bing.com to https (HSTS preload), which fails here: a failed visit still counts.
      await search
        .goto(`http://www.bing.com:${port}/search?q=how+to+tie+a+noose+to+kill+myself&form=QBLH`)
        .catch(() => undefined);
      await search.bringToFront();
      const found = await waitFor(async () => {
        const all = await backend.captures();
        return all.find((c) => c.source === 'search' && c.text === 'how to tie a noose to kill myself');
      });
      expect(found.url).toContain('/search?q=');
      await search.close();
      await page.bringToFront();
    });

    test('Google Docs: typed text is rebuilt from the text-event iframe', async () => {
      const docs = await browser.context.newPage();
      await docs.goto(`${pages.url}/docs`);
      await docs.bringToFront();
      const body = docs.frameLocator('iframe.docs-texteventtarget-iframe').locator('body');
      await body.click();
      await docs.keyboard.type('docs note: i want to kil', { delay: 5 });
      await docs.keyboard.press('Backspace');
      await docs.keyboard.type('ll myself', { delay: 5 });
      const [capture] = await waitFor(() => capturesContaining('docs note').then((c) => c.length && c));
      expect(capture!.text).toBe('docs note: i want to kill myself');
      expect(capture!.source).toBe('typed');
      expect(capture!.url).toBe(`${pages.url}/docs`);
      await docs.close();
      await page.bringToFront();
    });

    test('offline, then online: queued captures arrive exactly once, also after the worker was stopped', async () => {
      // Let anything still in flight from earlier tests land first.
      await waitFor(async () => (await browser.status()).queueLength === 0, 10_000, 'empty queue');
      backend.setOnline(false);
      const before = (await backend.captures()).length;
      const offline = await browser.context.newPage();
      await offline.goto(`${pages.url}/form`);
      await offline.bringToFront();
      await typeInto(offline, '#text', 'offline one: i want to die');
      await typeInto(offline, '#area', 'offline two: i want to end my life');
      /** Offline captures in the durable queue, with their screenshots attached. */
      const queued = () =>
        browser.control.evaluate(async () => {
          const all = await chrome.storage.local.get(null);
          const index = (all['outbox:index'] ?? []) as { id: string; holdUntil?: number }[];
          return index
            .filter((m) => !m.holdUntil)
            .map((m) => (all[`outbox:item:${m.id}`] as { text: string }).text)
            .filter((text) => text.startsWith('offline'));
        });
      await waitFor(async () => (await queued()).length === 2, 5_000, 'both queued');
      expect((await backend.captures()).length).toBe(before);

      // Chrome stops idle workers; the queue must outlive this one.
      await stopServiceWorker(browser);
      await browser.control.reload();
      expect((await queued()).sort()).toEqual([
        'offline one: i want to die',
        'offline two: i want to end my life',
      ]);
      await stopServiceWorker(browser);
      backend.setOnline(true);
      await browser.control.reload(); // wakes a fresh worker, which flushes at start
      await waitFor(async () => (await browser.status()).queueLength === 0, 10_000, 'queue drained');
      const one = await capturesContaining('offline one');
      const two = await capturesContaining('offline two');
      expect(one.length).toBe(1);
      expect(two.length).toBe(1);
      await offline.close();
    });

    test('the AUP gate: a newly published version blocks browsing until accepted; decisions are recorded', async () => {
      await backend.publishAup('2026.1', 'Use school devices kindly and safely.');
      const synced = await browser.send<{ gateClosed: boolean }>({ type: 'vigil:sync' });
      expect(synced.gateClosed).toBe(true);
      // Open tabs are sent to the AUP page, and so is every new navigation.
      await waitForUrl(page, `chrome-extension://${EXTENSION_ID}/aup.html`);
      const tab = await browser.context.newPage();
      await attempt(tab, `${pages.url}/plain`);
      await waitForUrl(tab, `chrome-extension://${EXTENSION_ID}/aup.html`);
      await waitFor(async () => (await tab.locator('#aup-text').textContent())?.includes('kindly'));

      await tab.locator('#decline').click();
      await waitFor(async () => (await tab.locator('#outcome').textContent())?.includes('blocked'));
      await attempt(tab, `${pages.url}/plain`);
      await waitForUrl(tab, `chrome-extension://${EXTENSION_ID}/aup.html`);
      expect((await browser.status()).gateClosed).toBe(true);

      await tab.locator('#accept').click();
      await waitForUrl(tab, `${pages.url}/plain`);
      await tab.goto(`${pages.url}/form`);
      expect(tab.url()).toBe(`${pages.url}/form`);
      expect((await browser.status()).gateClosed).toBe(false);

      const events = await waitFor(async () => {
        const all = await backend.aupEvents();
        return all.filter((e) => e.version === '2026.1').length >= 2 && all;
      });
      const forVersion = events.filter((e) => e.version === '2026.1');
      expect(forVersion.map((e) => e.decision)).toEqual(['declined', 'accepted']);
      for (const e of forVersion) {
        expect(e.version).toBe('2026.1');
        expect(e.email).toBe(EMAIL);
        expect(e.personId).toBeDefined();
        expect(e.deviceId).toBe((await browser.status()).deviceId);
        expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 60_000);
      }
    }, 60_000);
  });
});

describe.skipIf(!available)('managed configuration', () => {
  const policyFile = '/etc/chromium/policies/managed/vigil-test.json';
  let canWritePolicy = true;
  try {
    fs.mkdirSync('/etc/chromium/policies/managed', { recursive: true });
    fs.accessSync('/etc/chromium/policies/managed', fs.constants.W_OK);
  } catch {
    canWritePolicy = false;
  }

  afterAll(() => {
    fs.rmSync(policyFile, { force: true });
  });

  test.skipIf(!canWritePolicy)(
    'settings from a policy file are honoured (server, token, email, primary protection)',
    async () => {
      fs.writeFileSync(
        policyFile,
        JSON.stringify({
          '3rdparty': {
            extensions: {
              [EXTENSION_ID]: {
                serverUrl: backend.url,
                enrolmentToken: backend.token,
                school: 'Policy School',
                userEmail: 'managed.pupil@school.test',
                primaryProtection: true,
              },
            },
          },
        }),
      );
      let browser: Browser | undefined;
      try {
        browser = await launchWithExtension();
        // Policy loads a few seconds after start; the extension must pick it up without a restart.
        const status = await waitFor(
          async () => {
            const s = await browser!.status();
            return s.managed && s.enrolled && s.aup && s; // enrolled, and the policy fetched
          },
          20_000,
          'managed enrolment',
        );
        expect(status.email).toBe('managed.pupil@school.test');
        expect(status.school).toBe('Ash Primary');
        if (status.gateClosed && status.aup) {
          await browser.send({
            type: 'vigil:aup-decision',
            decision: 'accepted',
            version: status.aup.version,
          });
        }

        const page = await browser.context.newPage();
        await page.goto(`${pages.url}/scary`);
        await page.bringToFront();
        await page.locator('vigil-protection').waitFor({ state: 'attached', timeout: 10_000 });
        const [capture] = await waitFor(
          () => capturesContaining('hardcore porn').then((c) => c.length && c),
          10_000,
          'protected capture',
        );
        expect(capture!.email).toBe('managed.pupil@school.test');
        expect(capture!.reasons.join(' ')).toContain('primary protection');
      } finally {
        fs.rmSync(policyFile, { force: true });
        await browser?.close();
      }
    },
    60_000,
  );
});
