import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { AGENT_API_BASE } from '@vigil/protocol';
import { SMTPServer } from 'smtp-server';
import { afterAll, expect, test } from 'vitest';
import { loadConfig } from '../src/config.js';
import { saveAlertSettings } from '../src/features/alerts/routes.js';
import { deviceService } from '../src/features/devices/service.js';
import { tenancyService } from '../src/features/tenancy/service.js';
import { type RunningVigil, startVigil } from '../src/start.js';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

test('a severe capture sent by an agent reaches the alert contact by email within 10 seconds, with no pupil content', {
  timeout: 60_000,
}, async () => {
  const mails: { to: string; body: string; at: number }[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (c: Buffer) => {
        raw += c.toString('utf8');
      });
      stream.on('end', () => {
        mails.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          body: raw.replace(/=\r\n/g, '').replace(/=3D/g, '='),
          at: Date.now(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => smtp.close(() => resolve())));
  const vigil: RunningVigil = await startVigil(
    loadConfig({
      VIGIL_PORT: '0',
      VIGIL_HOST: '127.0.0.1',
      VIGIL_LOG_LEVEL: 'silent',
      VIGIL_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-alert-ingest-')),
      VIGIL_SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
      VIGIL_PUBLIC_URL: 'https://vigil.example',
    }),
  );
  cleanups.push(() => vigil.close());
  const db = vigil.database.db;
  const tenancy = tenancyService(db);
  const org = await tenancy.createOrganisation({ name: 'Trust', kind: 'trust' });
  const school = await tenancy.createSchool(org.id, { name: 'Hillside School', phase: 'secondary' });
  // Always in hours, so the test does not depend on the time of day.
  await saveAlertSettings(
    db,
    school.id,
    {
      timezone: 'UTC',
      dayStartMinute: 0,
      dayEndMinute: 1440,
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      ackTimeoutMinutes: 15,
      thresholds: [],
      contacts: [{ name: 'DSL', hours: 'always', email: 'dsl@hillside.example' }],
    },
    Date.now(),
  );
  const { token } = await deviceService(db).createEnrolmentToken(
    { organisationId: org.id, schoolId: school.id },
    { label: 'test', createdBy: 'system' },
  );
  const enrol = await fetch(`${vigil.url}${AGENT_API_BASE}/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token,
      device: { name: 'HS-01', platform: 'chromeos', agent: { kind: 'chrome-extension', version: '0.1.0' } },
    }),
  });
  expect(enrol.status).toBe(200);
  const { credential } = (await enrol.json()) as { credential: string };
  const text = 'i am going to take all my pills tonight and end it';
  const sentAt = Date.now();
  const ingest = await fetch(`${vigil.url}${AGENT_API_BASE}/captures`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({
      id: crypto.randomUUID(),
      occurredAt: new Date().toISOString(),
      source: 'typed',
      text,
      detections: [
        {
          category: 'suicide',
          severity: 5,
          rule: 'test.suicide',
          match: 'end it',
          start: 44,
          end: 50,
          reasons: [],
        },
      ],
      rulesVersion: 'test',
    }),
  });
  expect(ingest.status).toBe(200);
  const until = sentAt + 10_000;
  while (!mails.some((m) => m.to === 'dsl@hillside.example') && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const mail = mails.find((m) => m.to === 'dsl@hillside.example');
  expect(mail, 'an alert email within 10 s of ingest').toBeDefined();
  expect(mail!.at - sentAt).toBeLessThan(10_000);
  expect(mail!.body).toContain('Hillside School');
  expect(mail!.body).toContain('https://vigil.example/captures/');
  expect(mail!.body).not.toContain('pills');
});
