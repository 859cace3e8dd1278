import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  createUser,
  type DemoSchool,
  loadConfig,
  type RunningVigil,
  seedDemo,
  startVigil,
} from '@vigil/server';
import { chromiumAvailable, type LaunchedChromium, launchChromium } from '@vigil/testkit';
import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The console end to end: a real server on a free port, the demo school, Debian's Chromium.

const here = path.dirname(new URL(import.meta.url).pathname);
const artifacts = path.resolve(here, '../../../artifacts');
const require = createRequire(import.meta.url);

interface Mail {
  to: string;
  subject: string;
  body: string;
}

const hasChromium = chromiumAvailable();
let vigil: RunningVigil;
let demo: DemoSchool;
let browser: LaunchedChromium;
let page: Page;
let smtp: SMTPServer;
const mails: Mail[] = [];

async function axe(name: string): Promise<void> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page
    const run = (window as any).axe.run as (
      context: Document,
      options: unknown,
    ) => Promise<{
      violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
    }>;
    return run(document, { resultTypes: ['violations'] });
  });
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map(
    (v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(report, `axe on ${name}`).toEqual([]);
}

async function shot(name: string): Promise<void> {
  fs.mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  ms = 10_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  if (!hasChromium) return;
  // The server serves the built console; build it from the current sources.
  // (NODE_ENV=production: vitest sets it to 'test', which would give React's development build.)
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
    cwd: path.resolve(here, '..'),
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      stream.on('end', () => {
        const body = raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
        const subject = /^Subject: (.*)$/m.exec(body)?.[1] ?? '';
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), subject, body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  const config = loadConfig({
    VIGIL_PORT: '0',
    VIGIL_HOST: '127.0.0.1',
    VIGIL_LOG_LEVEL: 'silent',
    VIGIL_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-e2e-')),
    VIGIL_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    VIGIL_MAIL_FROM: 'vigil@riverside.example',
  });
  vigil = await startVigil(config);
  demo = await seedDemo({ database: vigil.database, config, captures: 40 });
  browser = await launchChromium();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1360, height: 900 });
  // Printing opens no dialog in a test.
  await page.addInitScript(() => {
    window.print = () => {};
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await vigil?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
});

describe.skipIf(!hasChromium)('console end to end', () => {
  test('sign in with a password and a second factor', async () => {
    await page.goto(vigil.url);
    await page.getByLabel('Username', { exact: true }).fill(demo.dsl.login);
    await page.getByLabel('Password', { exact: true }).fill(demo.dsl.password);
    await shot('sign-in');
    await axe('sign in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('textbox', { name: 'Security code' })
      .fill(authenticator.generate(demo.dsl.totpSecret));
    await axe('second factor');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
    await page.getByRole('heading', { name: 'New high-risk captures' }).waitFor();
    await shot('activity');
    await axe('activity');
    // Every number opens the Logs behind it.
    const total = page.getByRole('link', { name: /^\d+ captures$/ }).first();
    await total.click();
    await page.getByRole('heading', { name: 'Logs' }).waitFor();
    expect(new URL(page.url()).searchParams.get('frame')).toBe('7d');
  }, 60_000);

  test('the queue: list, thumbnails, keyboard selection, bulk false positives', async () => {
    await page.goto(`${vigil.url}/logs?status=new`);
    await page.locator('table.logs tbody tr').first().waitFor();
    await shot('logs-list');
    await axe('logs list');
    await page.getByRole('button', { name: 'Thumbnails' }).click();
    await page.locator('ul.thumbs li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('grid');
    await page.waitForTimeout(300);
    await shot('logs-grid');
    await axe('logs thumbnails');
    // Keyboard only: j moves, x selects.
    await page.locator('h1').click();
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.getByText('2 selected').waitFor();
    await page.getByRole('button', { name: 'False positive…' }).click();
    await page.getByLabel('Why are these false positives?').fill('Quoting a set text in English');
    await page.getByRole('button', { name: 'Mark 2 as false positive' }).click();
    await page.getByText(/^2 updated/).waitFor();
    const fps = await vigil.database.db
      .selectFrom('capture_events')
      .select(['capture_id', 'actor'])
      .where('type', '=', 'false_positive')
      .where('actor', '=', demo.dsl.id)
      .where('data', 'like', '%set text in English%')
      .execute();
    expect(fps.length).toBeGreaterThanOrEqual(2);
  }, 60_000);

  test('one capture: viewing is audited; grade and escalate; the DSL gets the alert email', async () => {
    const detailRequests: string[] = [];
    page.on('request', (r) => {
      if (/\/review\/captures\/[\w-]+$/.test(r.url())) detailRequests.push(`${r.method()} ${r.url()}`);
    });
    await page.goto(`${vigil.url}/logs?status=new&severity=4,5`);
    const first = page.locator('table.logs tbody tr a').first();
    await first.waitFor();
    await first.click();
    await page.getByRole('heading', { name: 'What was captured' }).waitFor();
    const captureId = new URL(page.url()).pathname.split('/').pop()!;
    const views = await vigil.database.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('subject_id', '=', captureId)
      .where('action', '=', 'capture.view-text')
      .execute();
    expect(views.length, `capture detail requests: ${detailRequests.join(', ')}`).toBe(1);
    expect(views).toEqual([{ action: 'capture.view-text', actor: demo.dsl.id }]);
    const reveal = page.getByRole('button', { name: 'Reveal screenshot' });
    if (await reveal.count()) {
      await shot('capture-blurred');
      await reveal.click();
    }
    await page.waitForTimeout(300);
    await shot('capture');
    await axe('capture');
    await page.getByRole('radio', { name: '4' }).check();
    await page.getByRole('button', { name: 'Save grade' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page
      .getByLabel('Escalate to the DSL: what should they know?')
      .fill('Please speak to the pupil today.');
    await page.getByRole('button', { name: 'Escalate' }).click();
    await page.getByRole('heading', { name: /^Escalated/ }).waitFor();
    await page.getByRole('button', { name: 'Print' }).click();
    await page.getByText('Printing is recorded in the audit log.').waitFor();
    const mail = await waitFor('the escalation email', () =>
      mails.find(
        (m) =>
          m.to === demo.dsl.login &&
          m.body.includes('escalated to you') &&
          m.body.includes(`/captures/${captureId}`),
      ),
    );
    expect(mail.subject).toMatch(/^Vigil alert: .+, severity \d, Riverside Academy$/);
    const text = await vigil.database.db
      .selectFrom('captures')
      .select('text')
      .where('id', '=', captureId)
      .executeTakeFirstOrThrow();
    expect(mail.body).not.toContain(text.text.slice(0, 20));
    await page.getByRole('button', { name: 'Acknowledge escalation' }).click();
    await page.getByText(/^Acknowledged \d/).waitFor();
    await shot('capture-escalated');
    const actions = (
      await vigil.database.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', captureId)
        .orderBy('seq')
        .execute()
    ).map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'capture.view-text',
        'capture.graded',
        'capture.escalated',
        'capture.print',
        'capture.acknowledged',
      ]),
    );
  }, 60_000);

  test('a newly invited DSL: forced password change, then authenticator enrolment', async () => {
    await browser.context.clearCookies();
    await page.goto(vigil.url);
    await page.getByLabel('Username', { exact: true }).fill(demo.newcomer.login);
    await page.getByLabel('Password', { exact: true }).fill(demo.newcomer.temporaryPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await page.getByLabel('Current password').fill(demo.newcomer.temporaryPassword);
    await page.getByLabel('New password', { exact: true }).fill('Otter-Lantern-Ridge-77');
    await page.getByLabel('New password again').fill('Otter-Lantern-Ridge-77');
    await shot('change-password');
    await axe('change password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await shot('enrol-totp');
    await axe('enrol');
    await page.getByLabel('Code from the app').fill(authenticator.generate(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Keep your recovery codes' }).waitFor();
    expect(await page.locator('.codes li').count()).toBeGreaterThanOrEqual(8);
    await page.getByRole('button', { name: 'I have kept them; continue' }).click();
    await page.getByRole('heading', { name: 'Activity' }).waitFor();
  }, 60_000);

  test('the audit log viewer', async () => {
    await page.goto(`${vigil.url}/audit?action=capture.*`);
    await page.getByRole('heading', { name: 'Audit log' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    await shot('audit');
    await axe('audit');
  }, 30_000);

  test('without devices.manage there are no enrolment tokens to see', async () => {
    // Still the newly invited DSL: safeguarding roles do not manage devices.
    const asked: string[] = [];
    const listen = (r: { url(): string }) => {
      if (r.url().includes('/enrolment-tokens') || r.url().includes('/agent/chrome')) asked.push(r.url());
    };
    page.on('request', listen);
    await page.goto(`${vigil.url}/devices?school=${demo.schoolId}`);
    await page.getByRole('heading', { name: 'Devices', level: 1 }).waitFor();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Enrolment tokens' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Create token' }).count()).toBe(0);
    page.off('request', listen);
    expect(asked).toEqual([]);
    // And the server refuses them anyway.
    const status = await page.evaluate(
      async (school) => (await fetch(`/api/console/v1/schools/${school}/enrolment-tokens`)).status,
      demo.schoolId,
    );
    expect(status).toBe(403);
  }, 30_000);
  test('the technician: the devices page, a silent device flagged, revoke; no captures', async () => {
    await browser.context.clearCookies();
    const { db } = vigil.database;
    const tech = await createUser(
      db,
      { id: 'system', organisationId: demo.organisationId },
      {
        login: 'technician@riverside.example',
        displayName: 'Taylor Reid (technician)',
        roles: [{ role: 'technician', schoolId: demo.schoolId }],
        temporaryPassword: 'Heron-Copper-Field-31',
      },
      Date.now(),
    );
    await db.updateTable('users').set({ must_change_password: 0 }).where('id', '=', tech.id).execute();
    const devices = await db
      .selectFrom('devices')
      .select(['id', 'name'])
      .where('school_id', '=', demo.schoolId)
      .orderBy('name')
      .execute();
    const quiet = devices[2]!;
    const lastSeen = Date.now() - 3 * 86_400_000;
    await db.updateTable('devices').set({ last_seen_at: lastSeen }).where('id', '=', quiet.id).execute();
    await db
      .updateTable('devices')
      .set({ last_seen_at: Date.now(), agent_version: '0.1.0', rules_version: '2026.11.2', queue_length: 4 })
      .where('id', '=', devices[0]!.id)
      .execute();

    const responses: string[] = [];
    page.on('response', async (r) => {
      if (r.url().includes('/devices')) responses.push(await r.text().catch(() => ''));
    });
    await page.goto(vigil.url);
    await page.getByLabel('Username', { exact: true }).fill('technician@riverside.example');
    await page.getByLabel('Password', { exact: true }).fill('Heron-Copper-Field-31');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // A technician's home is the devices page; there is no way to captures.
    await page.getByRole('heading', { name: 'Devices' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Devices']);
    const row = page.getByRole('row').filter({ hasText: quiet.name });
    await row.getByText(/^Silent since /).waitFor();
    expect(await page.locator('tbody tr').first().textContent()).toContain(quiet.name);
    const busy = page.getByRole('row').filter({ hasText: devices[0]!.name });
    expect(await busy.textContent()).toMatch(/Chrome extension 0\.1\.0.*2026\.11\.2.*just now.*4.*Enrolled/);
    await shot('devices');
    await axe('devices');
    expect(responses.join('')).not.toContain('"person"');

    await row.getByRole('button', { name: `Revoke ${quiet.name}` }).click();
    await row.getByRole('button', { name: `Revoke ${quiet.name} now` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${quiet.name} revoked` })
      .waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: quiet.name })
      .getByText(/^Revoked /)
      .waitFor();
    const revoked = await db
      .selectFrom('devices')
      .select('revoked_at')
      .where('id', '=', quiet.id)
      .executeTakeFirstOrThrow();
    expect(revoked.revoked_at).not.toBeNull();
    // Captures stay closed to the technician.
    const status = await page.evaluate(async () => (await fetch('/api/console/v1/review/captures')).status);
    expect(status).toBe(403);
  }, 60_000);

  test('the technician: create an enrolment token, see it once with the install policy, revoke it', async () => {
    // Still the technician of the previous test.
    const { db } = vigil.database;
    const origin = new URL(vigil.url).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const listings: string[] = [];
    page.on('response', async (r) => {
      if (r.request().method() === 'GET' && r.url().includes('/enrolment-tokens')) {
        listings.push(await r.text().catch(() => ''));
      }
    });
    await page.goto(`${vigil.url}/devices`);
    const section = page.getByRole('region', { name: 'Enrolment tokens' });
    await section.getByRole('heading', { name: 'Create an enrolment token' }).waitFor();

    // Checked before it is sent, each message beside its field.
    const label = section.getByLabel('Label', { exact: true });
    const days = section.getByLabel('Valid for (days)');
    await days.fill('400');
    await section.getByLabel('Most devices that may enrol (optional)').fill('0');
    await section.getByRole('button', { name: 'Create token' }).click();
    await section.getByText('Enter a label, for example the room or trolley the devices are in.').waitFor();
    await section.getByText('Enter a whole number of days from 1 to 365.').waitFor();
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    expect(await label.evaluate((e) => e === document.activeElement)).toBe(true);
    await shot('enrolment-form-errors');

    // The server's refusal is shown too (here a refusal made up in front of the server).
    await page.route('**/enrolment-tokens', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ error: 'invalid_request', message: 'body.label: Too big' }),
          })
        : route.fallback(),
    );
    await label.fill('Library trolley');
    await days.fill('30');
    await section.getByLabel('Most devices that may enrol (optional)').fill('25');
    await section.getByRole('button', { name: 'Create token' }).click();
    await section
      .getByRole('alert')
      .filter({ hasText: 'The token was not created: body.label: Too big' })
      .waitFor();
    await page.unroute('**/enrolment-tokens');

    await section.getByRole('button', { name: 'Create token' }).click();
    const created = section.getByRole('region', { name: 'Token created: Library trolley' });
    await created.waitFor();
    await created.getByText('Copy the token now: it will not be shown again.').waitFor();
    const token = (await created.getByTestId('new-token').textContent())!.trim();
    expect(token).toMatch(/^vet_[\w-]{43}$/);
    const row = await db
      .selectFrom('enrolment_tokens')
      .select(['label', 'max_uses', 'expires_at', 'created_at'])
      .where('token_hash', '=', createHash('sha256').update(token).digest('hex'))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ label: 'Library trolley', max_uses: 25 });
    expect(Number(row.expires_at) - Number(row.created_at)).toBe(30 * 86_400_000);

    await created.getByRole('button', { name: 'Copy the token' }).click();
    await created.getByRole('status').filter({ hasText: 'Copied.' }).first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

    // What force-installs the extension: the id the server's update manifest names, and the policy.
    const xml = await (await fetch(`${vigil.url}/agent/chrome/update.xml`)).text();
    const id = /appid='([a-p]{32})'/.exec(xml)?.[1];
    expect(id, xml).toBeDefined();
    expect((await created.getByTestId('forcelist').textContent())!.trim()).toBe(
      `${id};${origin}/agent/chrome/update.xml`,
    );
    expect(JSON.parse((await created.getByTestId('admin-policy').textContent())!)).toEqual({
      serverUrl: { Value: origin },
      enrolmentToken: { Value: token },
      school: { Value: 'Riverside Academy' },
    });
    await created.getByText('Policy files for Windows and Linux').click();
    const file = JSON.parse((await created.getByTestId('linux-policy').textContent())!);
    expect(file).toEqual({
      ExtensionInstallForcelist: [`${id};${origin}/agent/chrome/update.xml`],
      '3rdparty': {
        extensions: { [id!]: { serverUrl: origin, enrolmentToken: token, school: 'Riverside Academy' } },
      },
    });
    await shot('enrolment-token-created');
    await axe('enrolment token created');

    const tokenRow = section.getByRole('row').filter({ hasText: 'Library trolley' });
    expect(await tokenRow.textContent()).toMatch(/Library trolley.*0 of 25.*Active/);
    await created.getByRole('button', { name: 'I have copied what I need: hide the token' }).click();
    await section.getByRole('status').filter({ hasText: 'It cannot be shown again.' }).waitFor();
    expect(await page.content()).not.toContain(token);
    await page.reload();
    await tokenRow.waitFor();
    expect(await page.content()).not.toContain(token);
    expect(listings.length).toBeGreaterThan(0);
    expect(listings.join('')).not.toContain(token);

    await tokenRow.getByRole('button', { name: 'Revoke token Library trolley' }).click();
    await tokenRow.getByRole('button', { name: 'Revoke token Library trolley now' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: 'Token Library trolley revoked: no more devices can enrol with it.' })
      .waitFor();
    await tokenRow.getByText(/^Revoked \d/).waitFor();
    expect(await tokenRow.getByRole('button').count()).toBe(0);
    await shot('enrolment-token-revoked');
    await axe('enrolment tokens');
    const revoked = await db
      .selectFrom('enrolment_tokens')
      .select('revoked_at')
      .where('label', '=', 'Library trolley')
      .executeTakeFirstOrThrow();
    expect(revoked.revoked_at).not.toBeNull();
  }, 90_000);
});
