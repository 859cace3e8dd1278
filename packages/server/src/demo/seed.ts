import { randomUUID } from 'node:crypto';
import type { Capture, Detection } from '@vigil/protocol';
import type { VigilConfig } from '../config.js';
import type { DatabaseHandle } from '../db/open.js';
import { saveAlertSettings } from '../features/alerts/routes.js';
import { createUser, recordTraining } from '../features/auth/admin.js';
import { newTotpSecret, totpUri } from '../features/auth/totp.js';
import { createIngestRuntime } from '../features/captures/runtime.js';
import { captureService } from '../features/captures/service.js';
import { deviceService } from '../features/devices/service.js';
import { applyReviewEvent } from '../features/review/service.js';
import { syncReviewItems } from '../features/review/sync.js';
import { tenancyService } from '../features/tenancy/service.js';
import { demoScreenshot } from './screenshot.js';
import { DEMO_TEXTS, type DemoText, FIRST_NAMES, LAST_NAMES } from './texts.js';

export interface DemoUser {
  id: string;
  login: string;
  password: string;
  totpSecret: string;
  totpUri: string;
}

export interface DemoSchool {
  organisationId: string;
  schoolId: string;
  dsl: DemoUser;
  moderator: DemoUser;
  /** a deputy DSL just invited: a temporary password, no authenticator yet */
  newcomer: { id: string; login: string; temporaryPassword: string };
  captures: number;
}

const DAY = 86_400_000;

/** A small seeded random generator, so the demo looks the same each time. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Creates a realistic demo school: a trust, Riverside Academy, year groups, pupils and staff,
 * enrolled devices, captures across categories (with generated screenshots) over the last 30 days,
 * some already reviewed, alert contacts, and two signed-in-ready users: a DSL and a moderator (their
 * passwords and authenticator keys are returned so the caller can print them).
 */
export async function seedDemo(options: {
  database: DatabaseHandle;
  config: VigilConfig;
  captures?: number;
  screenshots?: boolean;
  password?: string;
  now?: number;
  log?: (line: string) => void;
}): Promise<DemoSchool> {
  const { db, dialect } = options.database;
  const now = options.now ?? Date.now();
  const clock = () => now;
  const log = options.log ?? (() => {});
  const rand = random(20261126);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const tenancy = tenancyService(db, clock);

  const org = await tenancy.createOrganisation({ name: 'Riverside Learning Trust', kind: 'trust' });
  const school = await tenancy.createSchool(org.id, { name: 'Riverside Academy', phase: 'secondary' });
  const scope = { organisationId: org.id, schoolId: school.id };
  log(`school: ${school.name}`);

  const years = [];
  for (const year of [7, 8, 9, 10, 11])
    years.push(await tenancy.createGroup(scope, { kind: 'year', name: `Year ${year}` }));
  const staffGroup = await tenancy.createGroup(scope, { kind: 'staff', name: 'Staff' });
  const pupils: { id: string; email: string }[] = [];
  const used = new Set<string>();
  while (pupils.length < 60) {
    const first = pick(FIRST_NAMES);
    const last = pick(LAST_NAMES);
    const email = `${first}.${last}@pupils.riverside.example`.toLowerCase();
    if (used.has(email)) continue;
    used.add(email);
    const person = await tenancy.createPerson(scope, {
      kind: 'pupil',
      displayName: `${first} ${last}`,
      externalIds: [{ kind: 'email', value: email }],
      groupIds: [pick(years).id],
    });
    pupils.push({ id: person.id, email });
  }
  for (const name of ['Mr Daniel Hughes', 'Ms Priya Nair']) {
    await tenancy.createPerson(scope, { kind: 'staff', displayName: name, groupIds: [staffGroup.id] });
  }
  log(`people: ${pupils.length} pupils, 2 staff`);

  const devices = deviceService(db, { now: clock });
  const { token } = await devices.createEnrolmentToken(scope, {
    label: 'demo',
    createdBy: 'system',
    maxUses: 50,
  });
  const deviceIds: string[] = [];
  for (let i = 1; i <= 12; i++) {
    const enrolled = await devices.enrol(token, {
      name: `RA-Chromebook-${String(i).padStart(2, '0')}`,
      platform: 'chromeos',
      agent: { kind: 'chrome-extension', version: '0.1.0' },
    });
    deviceIds.push(enrolled.device.id);
  }

  const password = options.password ?? 'Riverside-Demo-2026!';
  const actor = { id: 'system', organisationId: org.id };
  const makeUser = async (login: string, displayName: string, role: string): Promise<DemoUser> => {
    const created = await createUser(
      db,
      actor,
      { login, displayName, roles: [{ role, schoolId: school.id }], temporaryPassword: password },
      now,
    );
    const secret = newTotpSecret();
    await db
      .updateTable('users')
      .set({ must_change_password: 0, totp_secret: secret, totp_enabled_at: now })
      .where('id', '=', created.id)
      .execute();
    await recordTraining(
      db,
      actor,
      {
        userId: created.id,
        course: 'DSL and online safety (demo)',
        completedAt: now - 30 * DAY,
        expiresAt: now + 335 * DAY,
      },
      now,
    );
    return {
      id: created.id,
      login: created.login,
      password,
      totpSecret: secret,
      totpUri: totpUri(created.login, secret),
    };
  };
  const dsl = await makeUser('dsl@riverside.example', 'Dana Shah (DSL)', 'dsl');
  const moderator = await makeUser('moderator@riverside.example', 'Morgan Lee (moderator)', 'moderator');
  const invited = await createUser(
    db,
    actor,
    {
      login: 'deputy.dsl@riverside.example',
      displayName: 'Sam Okafor (deputy DSL)',
      roles: [{ role: 'dsl', schoolId: school.id }],
    },
    now,
  );
  await recordTraining(
    db,
    actor,
    {
      userId: invited.id,
      course: 'DSL and online safety (demo)',
      completedAt: now - DAY,
      expiresAt: now + 364 * DAY,
    },
    now,
  );
  const newcomer = { id: invited.id, login: invited.login, temporaryPassword: invited.temporaryPassword };

  await saveAlertSettings(
    db,
    school.id,
    {
      timezone: 'Europe/London',
      dayStartMinute: 8 * 60,
      dayEndMinute: 17 * 60 + 30,
      weekdays: [1, 2, 3, 4, 5],
      ackTimeoutMinutes: 15,
      thresholds: [],
      contacts: [
        { name: 'Dana Shah (DSL)', hours: 'school', email: dsl.login },
        { name: 'Deputy DSL', hours: 'school', email: 'deputy.dsl@riverside.example' },
        { name: 'Trust on-call', hours: 'out', email: 'on-call@riverside-trust.example' },
      ],
    },
    now,
  );

  const runtime = await createIngestRuntime(options.config);
  const ingest = captureService({
    db,
    dialect,
    sqlite: options.database.sqlite,
    blobs: runtime.blobs,
    scanner: runtime.scanner,
    now: clock,
  });
  const total = options.captures ?? 300;
  // More of the everyday (profanity, off-task) than the serious, as in real schools.
  const weighted: DemoText[] = DEMO_TEXTS.flatMap((t) =>
    Array.from({ length: t.severity <= 2 ? 4 : t.severity === 3 ? 2 : 1 }, () => t),
  );
  const batch: { device: string; capture: Capture }[] = [];
  for (let i = 0; i < total; i++) {
    const t = pick(weighted);
    const pupil = pick(pupils);
    // Newest first: a few today, most over the last 30 days.
    const occurredAt = now - Math.floor((i < 12 ? rand() * 0.3 : rand() * 30) * DAY);
    const detections = detect(t, runtime.scanner);
    const withShot = options.screenshots !== false && rand() < 0.75;
    const capture: Capture = {
      id: randomUUID(),
      occurredAt: new Date(occurredAt).toISOString(),
      person: { email: pupil.email },
      source: t.source,
      url: t.url,
      app: t.app,
      text: t.text,
      detections,
      rulesVersion: runtime.scanner?.rulesVersion ?? 'demo',
      ...(withShot
        ? {
            screenshot: {
              contentType: 'image/png' as const,
              data: (
                await demoScreenshot({ url: t.url, app: t.app, text: t.text, hue: Math.floor(rand() * 360) })
              ).toString('base64'),
            },
          }
        : {}),
    };
    batch.push({ device: pick(deviceIds), capture });
  }
  for (const deviceId of deviceIds) {
    const mine = batch.filter((b) => b.device === deviceId).map((b) => b.capture);
    for (let i = 0; i < mine.length; i += 50) {
      await ingest.ingest({ deviceId, schoolId: school.id, organisationId: org.id }, mine.slice(i, i + 50));
    }
  }
  await ingest.close();
  log(`captures: ${total}`);
  while ((await syncReviewItems(db)).length > 0) {
    // project everything now, so the console shows it at once
  }

  // Some review already done, so the history and statuses look lived in.
  const contentScope = { schoolIds: [school.id], excludedPersonIds: [] };
  const older = await db
    .selectFrom('review_items')
    .select(['capture_id', 'severity'])
    .where('school_id', '=', school.id)
    .where('occurred_at', '<', now - 7 * DAY)
    .orderBy('occurred_at')
    .limit(80)
    .execute();
  const dslActor = { userId: dsl.id, organisationId: org.id };
  const low = older.filter((r) => Number(r.severity) <= 2).map((r) => r.capture_id);
  await applyReviewEvent(db, dslActor, contentScope, low.slice(0, 25), { type: 'archived' }, now - 6 * DAY);
  await applyReviewEvent(
    db,
    dslActor,
    contentScope,
    low.slice(25, 35),
    { type: 'false_positive', reason: 'Quoting a set text in English' },
    now - 6 * DAY,
  );
  const serious = older.filter((r) => Number(r.severity) >= 4).map((r) => r.capture_id);
  if (serious[0]) {
    const modActor = { userId: moderator.id, organisationId: org.id };
    await applyReviewEvent(
      db,
      modActor,
      contentScope,
      [serious[0]],
      { type: 'graded', grade: 4 },
      now - 5 * DAY,
    );
    await applyReviewEvent(
      db,
      modActor,
      contentScope,
      [serious[0]],
      { type: 'escalated', note: 'Pattern over two weeks; please speak to the form tutor.' },
      now - 5 * DAY,
    );
  }
  return { organisationId: org.id, schoolId: school.id, dsl, moderator, newcomer, captures: total };
}

/** The agent's detections: the engine's, else the phrase this demo text was written around. */
function detect(
  t: DemoText,
  scanner: { scan(text: string, source: Capture['source']): Detection[] } | null,
): Detection[] {
  const found = scanner?.scan(t.text, t.source) ?? [];
  if (found.length > 0) return found;
  const start = t.text.toLowerCase().indexOf(t.phrase.toLowerCase());
  return [
    {
      category: t.category,
      severity: t.severity,
      rule: `demo.${t.category}`,
      match: t.text.slice(start, start + t.phrase.length),
      start,
      end: start + t.phrase.length,
      reasons: ['demo phrase'],
    },
  ];
}
