import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { migrateToLatest } from '../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../src/db/open.js';
import { signWebhook, smtpMailer } from '../src/features/alerts/channels.js';
import { contactsFor, inSchoolHours, thresholdFor } from '../src/features/alerts/hours.js';
import { saveAlertSettings } from '../src/features/alerts/routes.js';
import {
  acknowledgeCaptureAlerts,
  escalateOverdue,
  raiseAlerts,
  sendDue,
} from '../src/features/alerts/service.js';
import { projectCaptures } from '../src/features/review/projector.js';

// Wednesday 26 November 2026, 10:00 in London (in school hours) and 22:00 (out of hours).
const IN_HOURS = Date.parse('2026-11-26T10:00:00Z');
const OUT_OF_HOURS = Date.parse('2026-11-26T22:00:00Z');

interface Mail {
  to: string;
  body: string;
}

let handle: DatabaseHandle;
let smtp: SMTPServer;
let smtpUrl = '';
const mails: Mail[] = [];
const hooks: { headers: http.IncomingHttpHeaders; body: string }[] = [];
let hookFailures = 0;
let hookServer: http.Server;
let hookUrl = '';
const schoolId = randomUUID();

beforeAll(async () => {
  handle = openDatabase({
    databaseUrl: '',
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-alerts-')),
  });
  await migrateToLatest(handle.db);
  const orgId = randomUUID();
  await handle.db
    .insertInto('organisations')
    .values({ id: orgId, name: 'Trust', kind: 'trust', created_at: 0 })
    .execute();
  await handle.db
    .insertInto('schools')
    .values({
      id: schoolId,
      organisation_id: orgId,
      name: 'Riverside Academy',
      phase: 'secondary',
      created_at: 0,
    })
    .execute();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => {
        body += chunk.toString('utf8');
      });
      stream.on('end', () => {
        // quoted-printable: undo soft line breaks and the escaped '='
        const decoded = body.replace(/=\r\n/g, '').replace(/=3D/g, '=');
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body: decoded });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  hookServer = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8');
    });
    req.on('end', () => {
      if (hookFailures > 0) {
        hookFailures--;
        res.writeHead(503).end();
        return;
      }
      hooks.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/vigil`;
  await saveAlertSettings(
    handle.db,
    schoolId,
    {
      timezone: 'Europe/London',
      dayStartMinute: 8 * 60,
      dayEndMinute: 17 * 60,
      weekdays: [1, 2, 3, 4, 5],
      ackTimeoutMinutes: 10,
      thresholds: [{ category: 'profanity', minSeverity: 5 }],
      contacts: [
        {
          name: 'DSL',
          hours: 'school',
          email: 'dsl@riverside.example',
          webhookUrl: hookUrl,
          webhookSecret: 'a-long-webhook-secret-1234',
        },
        { name: 'Deputy DSL', hours: 'school', email: 'deputy@riverside.example' },
        { name: 'On call', hours: 'out', email: 'oncall@trust.example' },
      ],
    },
    IN_HOURS,
  );
});

afterAll(async () => {
  await handle.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => hookServer.close(() => resolve()));
});

async function capture(category: string, severity: number, at: number): Promise<string> {
  const id = randomUUID();
  await projectCaptures(handle.db, [
    {
      captureId: id,
      schoolId,
      personId: null,
      subjectKind: null,
      groupId: null,
      deviceId: null,
      source: 'typed',
      occurredAt: at,
      receivedAt: at,
      detections: [{ category, severity, rule: `${category}.rule`, match: 'secret pupil words' }],
    },
  ]);
  return id;
}

const deps = (now: number) => ({
  db: handle.db,
  publicUrl: 'https://vigil.example',
  mailer: smtpMailer(smtpUrl, 'vigil@riverside.example'),
  now: () => now,
});

describe('alerts: hours, thresholds and contacts (pure)', () => {
  const hours = {
    timezone: 'Europe/London',
    dayStartMinute: 480,
    dayEndMinute: 1020,
    weekdays: [1, 2, 3, 4, 5],
  };
  test('school hours in the school time zone', () => {
    expect(inSchoolHours(hours, IN_HOURS)).toBe(true);
    expect(inSchoolHours(hours, OUT_OF_HOURS)).toBe(false);
    expect(inSchoolHours(hours, Date.parse('2026-11-28T10:00:00Z'))).toBe(false); // Saturday
    expect(inSchoolHours(hours, Date.parse('2026-07-01T07:30:00Z'))).toBe(true); // 08:30 BST
  });
  test('threshold: own category, then *, then 4', () => {
    expect(thresholdFor([], 'self-harm')).toBe(4);
    expect(thresholdFor([{ category: '*', min_severity: 3 }], 'self-harm')).toBe(3);
    expect(
      thresholdFor(
        [
          { category: '*', min_severity: 3 },
          { category: 'self-harm', min_severity: 2 },
        ],
        'self-harm',
      ),
    ).toBe(2);
  });
  test('contacts by hours, in order', () => {
    const c = [
      { hours: 'out', position: 2, n: 'c' },
      { hours: 'school', position: 1, n: 'b' },
      { hours: 'always', position: 0, n: 'a' },
    ];
    expect(contactsFor(c, false).map((x) => x.n)).toEqual(['a', 'b']);
    expect(contactsFor(c, true).map((x) => x.n)).toEqual(['a', 'c']);
  });
});

describe('alerts: raise, deliver, escalate', () => {
  test('below the threshold nothing is raised; at it, the first contact gets email and a signed webhook without pupil content', async () => {
    const low = await capture('self-harm', 3, IN_HOURS);
    const profane = await capture('profanity', 4, IN_HOURS);
    const high = await capture('self-harm', 4, IN_HOURS);
    const raised = await handle.db
      .transaction()
      .execute((trx) => raiseAlerts(trx, [low, profane, high], IN_HOURS));
    expect(raised.length).toBe(1);
    hookFailures = 1;
    await sendDue(deps(IN_HOURS));
    expect(mails.length).toBe(1);
    expect(mails[0]!.to).toBe('dsl@riverside.example');
    expect(mails[0]!.body).toContain('self harm');
    expect(mails[0]!.body).toContain('Riverside Academy');
    expect(mails[0]!.body).toContain(`https://vigil.example/captures/${high}`);
    expect(mails[0]!.body).not.toContain('secret pupil words');
    // The webhook failed once: it is retried after a backoff, not before.
    expect(hooks.length).toBe(0);
    await sendDue(deps(IN_HOURS + 500));
    expect(hooks.length).toBe(0);
    await sendDue(deps(IN_HOURS + 5_000));
    expect(hooks.length).toBe(1);
    const hook = hooks[0]!;
    const timestamp = String(hook.headers['x-vigil-timestamp']);
    expect(hook.headers['x-vigil-signature']).toBe(
      signWebhook('a-long-webhook-secret-1234', timestamp, hook.body),
    );
    expect(JSON.parse(hook.body)).toMatchObject({ type: 'vigil.alert', category: 'self-harm', severity: 4 });
    expect(hook.body).not.toContain('secret pupil words');
    // The same capture never raises twice.
    expect(await handle.db.transaction().execute((trx) => raiseAlerts(trx, [high], IN_HOURS + 1))).toEqual(
      [],
    );
  });

  test('not acknowledged in time: the next contact is told; acknowledged: escalation stops', async () => {
    mails.length = 0;
    const id = await capture('suicide', 5, IN_HOURS);
    await handle.db.transaction().execute((trx) => raiseAlerts(trx, [id], IN_HOURS));
    await sendDue(deps(IN_HOURS));
    expect(mails.map((m) => m.to)).toEqual(['dsl@riverside.example']);
    await handle.db.transaction().execute((trx) => escalateOverdue(trx, IN_HOURS + 9 * 60_000));
    await sendDue(deps(IN_HOURS + 9 * 60_000));
    expect(mails.length).toBe(1);
    await handle.db.transaction().execute((trx) => escalateOverdue(trx, IN_HOURS + 10 * 60_000));
    await sendDue(deps(IN_HOURS + 10 * 60_000));
    const about = (captureId: string) => mails.filter((m) => m.body.includes(captureId)).map((m) => m.to);
    expect(about(id)).toEqual(['dsl@riverside.example', 'deputy@riverside.example']);
  });

  test('an acknowledged alert goes no further', async () => {
    mails.length = 0;
    const id = await capture('suicide', 5, IN_HOURS);
    await handle.db.transaction().execute((trx) => raiseAlerts(trx, [id], IN_HOURS));
    await acknowledgeCaptureAlerts(handle.db, id, 'user-1', IN_HOURS + 60_000);
    await handle.db.transaction().execute((trx) => escalateOverdue(trx, IN_HOURS + 60 * 60_000));
    await sendDue(deps(IN_HOURS + 60 * 60_000));
    expect(mails.filter((m) => m.body.includes(id)).map((m) => m.to)).toEqual(['dsl@riverside.example']);
  });

  test('out of hours the out-of-hours contact is told', async () => {
    mails.length = 0;
    const id = await capture('grooming', 5, OUT_OF_HOURS);
    await handle.db.transaction().execute((trx) => raiseAlerts(trx, [id], OUT_OF_HOURS));
    await sendDue(deps(OUT_OF_HOURS));
    expect(mails.map((m) => m.to)).toEqual(['oncall@trust.example']);
  });
});
