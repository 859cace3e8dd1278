import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { projectCaptures } from '../src/features/review/projector.js';
import { Client, closeAll, makeUser, type World, world } from './auth/helpers.js';

afterAll(closeAll);

const API = '/api/console/v1/review';

/** Stores a capture (row and review item) the way ingest and the projector would. */
async function capture(
  w: World,
  input: {
    schoolId: string;
    personId: string | null;
    subjectKind?: 'pupil' | 'staff';
    severity?: number;
    category?: string;
  },
): Promise<string> {
  const id = randomUUID();
  const deviceId = randomUUID();
  const now = w.clock.now();
  const db = w.handle.db;
  await db
    .insertInto('devices')
    .values({
      id: deviceId,
      school_id: input.schoolId,
      name: 'Chromebook 1',
      platform: 'chromeos',
      serial: null,
      agent_kind: 'chrome-extension',
      agent_version: '0.1.0',
      rules_version: null,
      queue_length: null,
      last_seen_at: now,
      credential_hash: `hash-${deviceId}`,
      credential_rotated_at: now,
      enrolment_token_id: null,
      enrolled_at: now,
      revoked_at: null,
    })
    .execute();
  const category = input.category ?? 'self-harm';
  const severity = input.severity ?? 4;
  const text = 'i want to hurt myself after school';
  const detections = [
    { category, severity, rule: `${category}.rule`, match: 'hurt myself', start: 10, end: 21, reasons: [] },
  ];
  await db
    .insertInto('captures')
    .values({
      id,
      school_id: input.schoolId,
      device_id: deviceId,
      person_id: input.personId,
      person_ref: null,
      source: 'typed',
      url: 'https://docs.google.com/document/d/1',
      app: 'docs.google.com',
      text,
      occurred_at: now - 60_000,
      received_at: now,
      agent_detections: JSON.stringify(detections),
      agent_rules_version: 'test',
      server_detections: null,
      server_rules_version: null,
      max_severity: severity,
      categories: JSON.stringify([category]),
      screenshot_blob_id: null,
      thumbnail_blob_id: null,
      incident_id: null,
    })
    .execute();
  await projectCaptures(db, [
    {
      captureId: id,
      schoolId: input.schoolId,
      personId: input.personId,
      subjectKind: input.personId ? (input.subjectKind ?? 'pupil') : null,
      groupId: null,
      deviceId,
      source: 'typed',
      occurredAt: now - 60_000,
      receivedAt: now,
      detections,
    },
  ]);
  return id;
}

async function person(w: World, schoolId: string, kind: 'pupil' | 'staff', name: string): Promise<string> {
  const id = randomUUID();
  await w.handle.db
    .insertInto('people')
    .values({ id, school_id: schoolId, kind, display_name: name, created_at: w.clock.now() })
    .execute();
  return id;
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`review API (${dialect})`, () => {
    test('roles, schools, staff subjects and self: who sees what, and every view is audited', {
      timeout: 120_000,
    }, async (context) => {
      const w = await world(dialect, { app: 'full' });
      if (!w) return context.skip();
      const pupil = await person(w, w.schoolA, 'pupil', 'Amelia Hall');
      const teacher = await person(w, w.schoolA, 'staff', 'Mr Hughes');
      const dslPerson = await person(w, w.schoolA, 'staff', 'Dana Shah');
      const inA = await capture(w, { schoolId: w.schoolA, personId: pupil });
      const inB = await capture(w, { schoolId: w.schoolB, personId: null });
      const aboutStaff = await capture(w, { schoolId: w.schoolA, personId: teacher, subjectKind: 'staff' });
      const aboutDsl = await capture(w, { schoolId: w.schoolA, personId: dslPerson, subjectKind: 'staff' });

      const signedIn = async (
        role: 'dsl' | 'moderator' | 'technician' | 'headteacher',
        personId?: string,
      ) => {
        const user = await makeUser(w, {
          org: w.orgA,
          roles: [{ role, schoolId: w.schoolA }],
          trained: true,
          totp: true,
          ...(personId ? { personId } : {}),
        });
        const client = new Client(w.app);
        await client.signInFully(w, user.login);
        return { client, user };
      };
      const dsl = await signedIn('dsl', dslPerson);
      const list = await dsl.client.request({ url: `${API}/captures` });
      expect(list.statusCode).toBe(200);
      const ids = list.json().items.map((i: { id: string }) => i.id);
      // Not school B; not the staff subject (headteacher only); never their own.
      expect(ids).toEqual([inA]);
      expect(list.json().items[0].person.name).toBe('Amelia Hall');
      expect((await dsl.client.request({ url: `${API}/captures/${inB}` })).statusCode).toBe(404);
      expect((await dsl.client.request({ url: `${API}/captures/${aboutStaff}` })).statusCode).toBe(404);
      expect((await dsl.client.request({ url: `${API}/captures/${aboutDsl}` })).statusCode).toBe(404);

      const detail = await dsl.client.request({ url: `${API}/captures/${inA}` });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().capture.text).toContain('hurt myself');
      expect(detail.json().capture.detections[0]).toMatchObject({ start: 10, end: 21 });
      const audit = await w.handle.db
        .selectFrom('audit_log')
        .select(['actor', 'person_id', 'school_id'])
        .where('action', '=', 'capture.view-text')
        .where('subject_id', '=', inA)
        .execute();
      expect(audit).toEqual([{ actor: dsl.user.id, person_id: pupil, school_id: w.schoolA }]);

      const head = await signedIn('headteacher');
      const headList = await head.client.request({ url: `${API}/captures` });
      expect(
        headList
          .json()
          .items.map((i: { id: string }) => i.id)
          .sort(),
      ).toEqual([inA, aboutStaff, aboutDsl].sort());

      // A moderator grades and escalates but never learns who the pupil is, nor acknowledges.
      const moderator = await signedIn('moderator');
      const modList = await moderator.client.request({ url: `${API}/captures` });
      expect(modList.json().items[0].person).toBeNull();
      const modDetail = await moderator.client.request({ url: `${API}/captures/${inA}` });
      expect(modDetail.json().capture.person).toBeNull();
      const graded = await moderator.client.request({
        method: 'POST',
        url: `${API}/captures/${inA}/events`,
        payload: { type: 'graded', grade: 4 },
      });
      expect(graded.statusCode).toBe(200);
      const escalated = await moderator.client.request({
        method: 'POST',
        url: `${API}/captures/${inA}/events`,
        payload: { type: 'escalated', note: 'Please look today' },
      });
      expect(escalated.json().results[0]).toMatchObject({ ok: true, status: 'escalated' });
      expect(
        (await moderator.client.request({ method: 'POST', url: `${API}/captures/${inA}/acknowledge` }))
          .statusCode,
      ).toBe(403);
      const alert = await w.handle.db
        .selectFrom('alerts')
        .selectAll()
        .where('capture_id', '=', inA)
        .executeTakeFirst();
      expect(alert).toMatchObject({ kind: 'escalation', status: 'open' });
      const ack = await dsl.client.request({ method: 'POST', url: `${API}/captures/${inA}/acknowledge` });
      expect(ack.statusCode).toBe(200);
      const acked = await w.handle.db
        .selectFrom('alerts')
        .selectAll()
        .where('capture_id', '=', inA)
        .executeTakeFirst();
      expect(acked?.status).toBe('acknowledged');
      // A second escalation of an open one is refused with the reason.
      const rejected = await dsl.client.request({
        method: 'POST',
        url: `${API}/captures/${inA}/events`,
        payload: { type: 'false_positive', reason: 'x' },
      });
      expect(rejected.statusCode).toBe(409);

      // Technicians never see capture content.
      const tech = await signedIn('technician');
      expect((await tech.client.request({ url: `${API}/captures` })).statusCode).toBe(403);
      expect(
        (await tech.client.request({ url: `${API}/activity?from=0&to=${w.clock.now() + 1}` })).statusCode,
      ).toBe(403);

      // Bulk false positives are counted per rule.
      const more = [
        await capture(w, { schoolId: w.schoolA, personId: pupil, category: 'profanity', severity: 1 }),
        await capture(w, { schoolId: w.schoolA, personId: pupil, category: 'profanity', severity: 1 }),
      ];
      const bulk = await dsl.client.request({
        method: 'POST',
        url: `${API}/captures/bulk`,
        payload: { ids: [...more, inB], event: { type: 'false_positive', reason: 'Song lyrics' } },
      });
      expect(bulk.json().results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, false]);
      const rules = await dsl.client.request({ url: `${API}/rules/false-positives` });
      expect(rules.json().rules).toEqual([{ rule: 'profanity.rule', falsePositives: 2 }]);

      const activity = await dsl.client.request({
        url: `${API}/activity?from=${w.clock.now() - 86_400_000}&to=${w.clock.now() + 1}`,
      });
      expect(activity.statusCode).toBe(200);
      expect(activity.json().total).toBe(5);
      expect(activity.json().topByCaptures[0].person.name).toBe('Amelia Hall');

      // The live stream is only for EventSource clients.
      expect((await dsl.client.request({ url: '/api/console/v1/alerts/stream' })).statusCode).toBe(406);
      const history = await dsl.client.request({ url: `${API}/captures/${inA}/history` });
      expect(history.json().history.map((h: { type: string }) => h.type)).toEqual([
        'viewed',
        'viewed',
        'graded',
        'escalated',
        'acknowledged',
      ]);
    });
  });
}
