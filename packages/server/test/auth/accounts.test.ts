import { afterAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../../src/features/audit/audit.js';
import { totpCode } from '../../src/features/auth/totp.js';
import { Client, closeAll, DAY, makeUser, PASSWORD, TOTP_SECRET, type World, world } from './helpers.js';

afterAll(closeAll);

const V1 = '/api/console/v1';

async function auditActions(w: World, subjectId: string): Promise<string[]> {
  const rows = await w.handle.db
    .selectFrom('audit_log')
    .select('action')
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.action);
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`accounts on ${dialect}`, () => {
    test('first sign-in: temporary password must change, then TOTP enrolment for a content role', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const adminClient = new Client(w.app);
      expect(await adminClient.signInFully(w, admin.login)).toBe('active');

      const created = await adminClient.request({
        method: 'POST',
        url: `${V1}/users`,
        payload: {
          login: 'J.Okafor@Northshire.example',
          displayName: 'Joy Okafor',
          roles: [{ role: 'dsl', schoolId: w.schoolA }],
        },
      });
      expect(created.statusCode).toBe(201);
      const { id, login, temporaryPassword } = created.json();
      expect(login).toBe('j.okafor@northshire.example');

      const dsl = new Client(w.app);
      const signIn = await dsl.signIn('j.okafor@northshire.example', temporaryPassword);
      expect(signIn.statusCode).toBe(200);
      expect(signIn.json().stage).toBe('password');
      const cookie = signIn.cookies.find((c) => c.name === 'vigil_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(cookie.secure).toBeFalsy();

      // Nothing else works until the password is changed.
      const early = await dsl.request({ url: `${V1}/audit` });
      expect(early.statusCode).toBe(403);
      expect(early.json().error).toBe('password_change_required');

      const weak = await dsl.request({
        method: 'POST',
        url: `${V1}/auth/password`,
        payload: { currentPassword: temporaryPassword, newPassword: 'Okafor-2026-x' },
      });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().message).toContain('name');
      const same = await dsl.request({
        method: 'POST',
        url: `${V1}/auth/password`,
        payload: { currentPassword: temporaryPassword, newPassword: temporaryPassword },
      });
      expect(same.json().message).toContain('last 4 passwords');
      const changed = await dsl.request({
        method: 'POST',
        url: `${V1}/auth/password`,
        payload: { currentPassword: temporaryPassword, newPassword: PASSWORD },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().stage).toBe('enrol');

      const enrol = await dsl.request({ method: 'POST', url: `${V1}/auth/totp/enrol` });
      expect(enrol.statusCode).toBe(200);
      const { secret, uri } = enrol.json();
      expect(uri).toMatch(/^otpauth:\/\/totp\//);
      const wrong = await dsl.request({
        method: 'POST',
        url: `${V1}/auth/totp/confirm`,
        payload: { code: '000000' },
      });
      expect(wrong.statusCode).toBe(400);
      const confirm = await dsl.request({
        method: 'POST',
        url: `${V1}/auth/totp/confirm`,
        payload: { code: totpCode(secret, w.clock.now()) },
      });
      expect(confirm.statusCode).toBe(200);
      expect(confirm.json().stage).toBe('active');
      const recoveryCodes: string[] = confirm.json().recoveryCodes;
      expect(recoveryCodes).toHaveLength(10);

      const me = await dsl.request({ url: `${V1}/auth/me` });
      expect(me.json()).toMatchObject({ stage: 'active', totpEnabled: true, trained: false });
      // Untrained: the dsl role grants no content permission yet.
      expect(me.json().permissions[w.schoolA] ?? []).not.toContain('captures.view');

      // Stored secrets are hashed: no plain recovery codes, an argon2id password hash.
      const user = await w.handle.db
        .selectFrom('users')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(user.password_hash).toMatch(/^\$argon2id\$/);
      expect(user.totp_secret).toMatch(/^v1:/);
      expect(user.totp_secret).not.toContain(secret);
      const codes = await w.handle.db
        .selectFrom('recovery_codes')
        .select('code_hash')
        .where('user_id', '=', id)
        .execute();
      expect(codes.map((c) => c.code_hash)).not.toContain(recoveryCodes[0]);

      // A later sign-in needs the second factor; a recovery code works once.
      w.clock.advance(60_000);
      const again = new Client(w.app);
      expect((await again.signIn(login)).json().stage).toBe('totp');
      expect((await again.request({ url: `${V1}/auth/me` })).json().stage).toBe('totp');
      expect((await again.request({ url: `${V1}/users` })).json().error).toBe('totp_required');
      const byRecovery = await again.request({
        method: 'POST',
        url: `${V1}/auth/totp/verify`,
        payload: { code: recoveryCodes[0]!.toUpperCase() },
      });
      expect(byRecovery.json().stage).toBe('active');
      const reuse = new Client(w.app);
      await reuse.signIn(login);
      const reused = await reuse.request({
        method: 'POST',
        url: `${V1}/auth/totp/verify`,
        payload: { code: recoveryCodes[0] },
      });
      expect(reused.statusCode).toBe(401);

      expect(await auditActions(w, id)).toEqual(
        expect.arrayContaining([
          'user.create',
          'role.assign',
          'auth.sign-in.password-ok',
          'auth.password.changed',
          'auth.totp.enrolled',
          'auth.recovery-code.used',
          'auth.totp.failed',
        ]),
      );
      expect((await verifyAuditChain(w.handle.db)).ok).toBe(true);
    });

    test('TOTP sign-in: a wrong code is refused, a right one admits, a replayed one is refused', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const user = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'dsl', schoolId: w.schoolA }],
        totp: true,
        trained: true,
      });
      const client = new Client(w.app);
      expect((await client.signIn(user.login)).json().stage).toBe('totp');
      const bad = await client.request({
        method: 'POST',
        url: `${V1}/auth/totp/verify`,
        payload: { code: '123456' },
      });
      expect(bad.statusCode).toBe(401);
      const code = totpCode(TOTP_SECRET, w.clock.now());
      const beforeSecondFactor = client.cookies.get('vigil_session')!;
      const good = await client.request({ method: 'POST', url: `${V1}/auth/totp/verify`, payload: { code } });
      expect(good.json().stage).toBe('active');
      // The token seen before the second factor is worthless afterwards.
      expect(client.cookies.get('vigil_session')).not.toBe(beforeSecondFactor);
      const stale = await w.app.inject({
        url: `${V1}/auth/me`,
        headers: { cookie: `vigil_session=${beforeSecondFactor}` },
      });
      expect(stale.statusCode).toBe(401);
      const probe = await client.request({ url: `${V1}/schools/${w.schoolA}/probe/captures` });
      expect(probe.statusCode).toBe(200);

      const replay = new Client(w.app);
      await replay.signIn(user.login);
      const replayed = await replay.request({
        method: 'POST',
        url: `${V1}/auth/totp/verify`,
        payload: { code },
      });
      expect(replayed.statusCode).toBe(401);
    });

    test('lockout after 6 consecutive failures; unlocked by an administrator or after the cool-off', async (context) => {
      const w = await world(dialect, { limits: { perAccount: 100, perAddress: 100 } });
      if (!w) return context.skip();
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const user = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
      const client = new Client(w.app);
      for (let i = 0; i < 5; i++)
        expect((await client.signIn(user.login, 'Wrong-Password-1')).statusCode).toBe(401);
      // A success resets the count: failures must be consecutive.
      expect((await client.signIn(user.login)).statusCode).toBe(200);
      for (let i = 0; i < 6; i++)
        expect((await client.signIn(user.login, 'Wrong-Password-1')).statusCode).toBe(401);
      const locked = await client.signIn(user.login);
      expect(locked.statusCode).toBe(423);
      expect(locked.json().error).toBe('account_locked');

      const adminClient = new Client(w.app);
      await adminClient.signInFully(w, admin.login);
      const listed = await adminClient.request({ url: `${V1}/users/${user.id}` });
      expect(listed.json().locked).toBe(true);
      const unlock = await adminClient.request({ method: 'POST', url: `${V1}/users/${user.id}/unlock` });
      expect(unlock.statusCode).toBe(200);
      expect((await client.signIn(user.login)).statusCode).toBe(200);

      // Locked again; this time the 30-minute cool-off ends it.
      for (let i = 0; i < 6; i++) await client.signIn(user.login, 'Wrong-Password-1');
      w.clock.advance(29 * 60_000);
      expect((await client.signIn(user.login)).statusCode).toBe(423);
      w.clock.advance(2 * 60_000);
      expect((await client.signIn(user.login)).statusCode).toBe(200);
      expect(await auditActions(w, user.id)).toEqual(
        expect.arrayContaining(['user.locked', 'user.unlock', 'auth.sign-in.refused-locked']),
      );
    });

    test('the last 4 passwords cannot be reused; expiry forces a change', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const user = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
      const client = new Client(w.app);
      await client.signInFully(w, user.login);
      const passwords = [
        PASSWORD,
        'Heron-Tide-2026',
        'Otter-Crag-7731',
        'Moss-Lantern-88',
        'Quill-Bracken-5',
      ];
      const change = (from: string, to: string) =>
        client.request({
          method: 'POST',
          url: `${V1}/auth/password`,
          payload: { currentPassword: from, newPassword: to },
        });
      for (let i = 1; i < passwords.length; i++) {
        w.clock.advance(60_000);
        expect((await change(passwords[i - 1]!, passwords[i]!)).statusCode).toBe(200);
      }
      // Current is #5; the last 4 are #2..#5. #1 is allowed again, #2 is not.
      const reused = await change(passwords[4]!, passwords[1]!);
      expect(reused.statusCode).toBe(400);
      expect(reused.json().message).toContain('last 4');
      expect((await change(passwords[4]!, passwords[0]!)).statusCode).toBe(200);

      // The organisation turns on a 60-day expiry.
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const adminClient = new Client(w.app);
      await adminClient.signInFully(w, admin.login);
      const policy = await adminClient.request({
        method: 'PATCH',
        url: `${V1}/security-policy`,
        payload: { expiryDays: 60 },
      });
      expect(policy.json()).toMatchObject({ expiryDays: 60, minLength: 8, lockoutThreshold: 6 });
      const tooShort = await adminClient.request({
        method: 'PATCH',
        url: `${V1}/security-policy`,
        payload: { minLength: 4 },
      });
      expect(tooShort.statusCode).toBe(400);
      w.clock.advance(61 * DAY);
      const later = new Client(w.app);
      expect((await later.signIn(user.login)).json().stage).toBe('password');
    });

    test('sessions end after the idle timeout and the absolute timeout', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const user = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
      const client = new Client(w.app);
      await client.signInFully(w, user.login);
      w.clock.advance(29 * 60_000);
      expect((await client.request({ url: `${V1}/auth/me` })).statusCode).toBe(200);
      w.clock.advance(31 * 60_000);
      const idle = await client.request({ url: `${V1}/auth/me` });
      expect(idle.statusCode).toBe(401);
      expect(idle.json().error).toBe('session_expired');

      await client.signInFully(w, user.login);
      for (let minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
        w.clock.advance(20 * 60_000);
        expect(
          (await client.request({ url: `${V1}/auth/me` })).statusCode,
          `after ${minutes + 20} minutes`,
        ).toBe(200);
      }
      w.clock.advance(20 * 60_000);
      expect((await client.request({ url: `${V1}/auth/me` })).json().error).toBe('session_expired');
    });

    test('CSRF: unsafe requests without the matching header are refused', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const user = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'dsl', schoolId: w.schoolA }],
        trained: true,
        totp: true,
      });
      const client = new Client(w.app);
      await client.signInFully(w, user.login);
      const url = `${V1}/schools/${w.schoolA}/probe/grade`;
      expect((await client.request({ method: 'POST', url })).statusCode).toBe(200);
      client.sendCsrf = false;
      const missing = await client.request({ method: 'POST', url });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().error).toBe('csrf_failed');
      const forged = await client.request({ method: 'POST', url, headers: { 'x-csrf-token': 'guessed' } });
      expect(forged.json().error).toBe('csrf_failed');
      // Another session's token does not work either.
      const other = new Client(w.app);
      w.clock.advance(31_000);
      await other.signInFully(w, user.login);
      const crossed = await client.request({ method: 'POST', url, headers: { 'x-csrf-token': other.csrf } });
      expect(crossed.json().error).toBe('csrf_failed');
      // Safe methods need no token.
      expect((await client.request({ url: `${V1}/schools/${w.schoolA}/probe/captures` })).statusCode).toBe(
        200,
      );
    });

    test('sign out, and sign out everywhere', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const user = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
      const [a, b, c] = [new Client(w.app), new Client(w.app), new Client(w.app)];
      for (const client of [a, b, c]) await client.signInFully(w, user.login);
      expect((await a.request({ method: 'POST', url: `${V1}/auth/sign-out` })).statusCode).toBe(200);
      expect((await a.request({ url: `${V1}/auth/me` })).statusCode).toBe(401);
      expect((await b.request({ url: `${V1}/auth/me` })).statusCode).toBe(200);
      const everywhere = await b.request({ method: 'POST', url: `${V1}/auth/sign-out-everywhere` });
      expect(everywhere.json().sessionsEnded).toBe(2);
      expect((await c.request({ url: `${V1}/auth/me` })).statusCode).toBe(401);
      expect(await auditActions(w, user.id)).toEqual(
        expect.arrayContaining(['auth.sign-out', 'auth.sign-out.everywhere']),
      );
    });

    test('the training gate switches content access on and off', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const dsl = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'dsl', schoolId: w.schoolA }],
        totp: true,
        personId: 'person-dsl',
      });
      // The dsl is also a member of staff at school B, known there by their school email.
      await w.handle.db
        .insertInto('people')
        .values({
          id: 'person-dsl-b',
          school_id: w.schoolB,
          kind: 'staff',
          display_name: 'Pat Example',
          created_at: 0,
        })
        .execute();
      await w.handle.db
        .insertInto('person_external_ids')
        .values({ school_id: w.schoolB, kind: 'email', value: dsl.login, person_id: 'person-dsl-b' })
        .execute();
      const adminClient = new Client(w.app);
      await adminClient.signInFully(w, admin.login);
      const client = new Client(w.app);
      await client.signInFully(w, dsl.login);
      const probe = () => client.request({ url: `${V1}/schools/${w.schoolA}/probe/captures` });
      const before = await probe();
      expect(before.statusCode).toBe(403);
      expect(before.json().error).toBe('training_required');

      const record = await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${dsl.id}/training`,
        payload: {
          course: 'Designated Safeguarding Lead (Level 3)',
          completedOn: '2026-08-20',
          expiresOn: '2026-10-01',
        },
      });
      expect(record.statusCode).toBe(201);
      const during = await probe();
      expect(during.statusCode).toBe(200);
      expect(during.json().scope).toEqual({
        schoolIds: [w.schoolA],
        excludedPersonIds: ['person-dsl', 'person-dsl-b'],
        excludedIdentities: [dsl.login],
        staffSubjectSchoolIds: [],
        personSchoolIds: [w.schoolA],
      });
      // Not at the other school of the organisation.
      expect((await client.request({ url: `${V1}/schools/${w.schoolB}/probe/captures` })).json().error).toBe(
        'permission_denied',
      );

      // The training expires on 1 October: access is suspended until it is renewed.
      w.clock.value = Date.parse('2026-10-01T08:00:00Z');
      await client.signInFully(w, dsl.login);
      expect((await probe()).json().error).toBe('training_required');
      // An administrator cannot record their own training.
      const self = await adminClient.signInFully(w, admin.login);
      expect(self).toBe('active');
      const own = await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${admin.id}/training`,
        payload: { course: 'x', completedOn: '2026-09-30', expiresOn: '2027-09-30' },
      });
      expect(own.json().error).toBe('self_change');
      await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${dsl.id}/training`,
        payload: { course: 'Refresher', completedOn: '2026-09-30', expiresOn: '2028-09-30' },
      });
      expect((await probe()).statusCode).toBe(200);
    });

    test('a content role given during a session still needs a second factor before content', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const user = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'governor', schoolId: w.schoolA }],
        trained: true,
      });
      const client = new Client(w.app);
      expect(await client.signInFully(w, user.login)).toBe('active');
      const adminClient = new Client(w.app);
      await adminClient.signInFully(w, admin.login);
      const assigned = await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${user.id}/roles`,
        payload: { role: 'safeguarding', schoolId: w.schoolA },
      });
      expect(assigned.statusCode).toBe(201);
      const probe = () => client.request({ url: `${V1}/schools/${w.schoolA}/probe/captures` });
      expect((await probe()).json().error).toBe('totp_enrolment_required');
      const { secret } = (await client.request({ method: 'POST', url: `${V1}/auth/totp/enrol` })).json();
      const confirmed = await client.request({
        method: 'POST',
        url: `${V1}/auth/totp/confirm`,
        payload: { code: totpCode(secret, w.clock.now()) },
      });
      expect(confirmed.json().stage).toBe('active');
      expect((await probe()).statusCode).toBe(200);
      // An administrator cannot change their own roles.
      const own = await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${admin.id}/roles`,
        payload: { role: 'dsl', schoolId: w.schoolA },
      });
      expect(own.json().error).toBe('self_change');
      const orgRoleAtSchool = await adminClient.request({
        method: 'POST',
        url: `${V1}/users/${user.id}/roles`,
        payload: { role: 'org-admin', schoolId: w.schoolA },
      });
      expect(orgRoleAtSchool.json().error).toBe('organisation_role');
    });

    test('sign-in is rate limited per account and per address', async (context) => {
      const w = await world(dialect, { limits: { perAccount: 3, perAddress: 5 } });
      if (!w) return context.skip();
      const client = new Client(w.app);
      for (let i = 0; i < 3; i++)
        expect((await client.signIn('nobody@example.org', 'x')).statusCode).toBe(401);
      const limited = await client.signIn('nobody@example.org', 'x');
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBeDefined();
      for (let i = 0; i < 1; i++)
        expect((await client.signIn('someone@example.org', 'x')).statusCode).toBe(401);
      expect((await client.signIn('third@example.org', 'x')).statusCode).toBe(429);
      w.clock.advance(16 * 60_000);
      expect((await client.signIn('nobody@example.org', 'x')).statusCode).toBe(401);
    });

    test('Secure cookies when the console is served over https', async (context) => {
      const w = await world(dialect, { publicUrl: 'https://vigil.example.org' });
      if (!w) return context.skip();
      const user = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
      const response = await new Client(w.app).signIn(user.login);
      for (const cookie of response.cookies)
        expect(cookie).toMatchObject({ secure: true, sameSite: 'Strict' });
      expect(response.cookies.find((c) => c.name === 'vigil_csrf')?.httpOnly).toBeFalsy();
    });
  });
}
