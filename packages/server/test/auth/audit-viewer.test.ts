import { afterAll, describe, expect, test } from 'vitest';
import { appendAudit } from '../../src/features/audit/audit.js';
import { Client, closeAll, makeUser, world } from './helpers.js';

afterAll(closeAll);

const AUDIT = '/api/console/v1/audit';

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`audit viewer on ${dialect}`, () => {
    test('dsl, headteacher and org-admin filter by user, person, capture and action, within their scope', async (context) => {
      const w = await world(dialect);
      if (!w) return context.skip();
      const dslA = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'dsl', schoolId: w.schoolA }],
        trained: true,
        totp: true,
      });
      const headB = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'headteacher', schoolId: w.schoolB }],
        trained: true,
        totp: true,
      });
      const admin = await makeUser(w, { org: w.orgA, roles: [{ role: 'org-admin', schoolId: null }] });
      const deputy = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'safeguarding', schoolId: w.schoolA }],
        trained: true,
        totp: true,
      });
      const tech = await makeUser(w, { org: w.orgA, roles: [{ role: 'technician', schoolId: w.schoolA }] });
      const { db } = w.handle;
      const at = w.clock.now();
      const view = (actor: string, schoolId: string, capture: string, person: string, org = w.orgA) =>
        appendAudit(db, {
          at,
          actor,
          organisationId: org,
          schoolId,
          action: 'capture.view',
          subjectType: 'capture',
          subjectId: capture,
          personId: person,
        });
      await view(dslA.id, w.schoolA, 'c1', 'p1');
      await view(deputy.id, w.schoolA, 'c1', 'p1');
      await view(dslA.id, w.schoolA, 'c2', 'p2');
      await appendAudit(db, {
        at,
        actor: dslA.id,
        organisationId: w.orgA,
        schoolId: w.schoolA,
        action: 'capture.grade',
        subjectType: 'capture',
        subjectId: 'c1',
        personId: 'p1',
        details: { to: 'serious' },
      });
      await view(headB.id, w.schoolB, 'c9', 'p9');
      await view('someone-else', w.schoolC, 'c7', 'p7', w.orgB);

      const dsl = new Client(w.app);
      await dsl.signInFully(w, dslA.login);
      const ids = async (client: Client, query: string) => {
        const response = await client.request({ url: `${AUDIT}${query}` });
        expect(response.statusCode, response.body).toBe(200);
        return response
          .json()
          .entries.map((e: { action: string; subjectId: string | null }) => `${e.action}:${e.subjectId}`);
      };
      // School-level dsl: entries of school A only (not school B, not the other organisation).
      expect(await ids(dsl, '?action=capture.*')).toEqual([
        'capture.grade:c1',
        'capture.view:c2',
        'capture.view:c1',
        'capture.view:c1',
      ]);
      expect(await ids(dsl, '?person=p1&action=capture.view')).toEqual([
        'capture.view:c1',
        'capture.view:c1',
      ]);
      expect(await ids(dsl, `?actor=${deputy.id}`)).toEqual(['capture.view:c1']);
      expect(await ids(dsl, '?capture=c1&action=capture.grade')).toEqual(['capture.grade:c1']);
      expect(await ids(dsl, '?person=p9')).toEqual([]);
      const page1 = await dsl.request({ url: `${AUDIT}?action=capture.*&limit=2` });
      expect(page1.json().entries).toHaveLength(2);
      const page2 = await dsl.request({
        url: `${AUDIT}?action=capture.*&limit=2&before=${page1.json().next}`,
      });
      expect(page2.json().entries.map((e: { subjectId: string }) => e.subjectId)).toEqual(['c1', 'c1']);

      const head = new Client(w.app);
      await head.signInFully(w, headB.login);
      expect(await ids(head, '?action=capture.view')).toEqual(['capture.view:c9']);
      expect((await head.request({ url: `${AUDIT}?schoolId=${w.schoolA}` })).json().error).toBe(
        'permission_denied',
      );

      // Org-admin: the whole organisation, including sign-ins and user administration.
      const adminClient = new Client(w.app);
      await adminClient.signInFully(w, admin.login);
      expect(await ids(adminClient, '?action=capture.view')).toEqual([
        'capture.view:c9',
        'capture.view:c2',
        'capture.view:c1',
        'capture.view:c1',
      ]);
      expect((await ids(adminClient, `?actor=${dslA.id}&action=auth.*`)).length).toBeGreaterThan(0);

      for (const login of [deputy.login, tech.login]) {
        const client = new Client(w.app);
        await client.signInFully(w, login);
        const refused = await client.request({ url: AUDIT });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error).toBe('permission_denied');
      }
    });
  });
}
