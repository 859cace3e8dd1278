import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, test } from 'vitest';
import { declaredRoutes, guardRefusalCodes } from '../../src/features/auth/guard.js';
import { type Permission, permissions, type Role, roles } from '../../src/features/auth/permissions.js';
import { defaultSecurityPolicy } from '../../src/features/auth/policy.js';
import { CSRF_COOKIE, createSession, SESSION_COOKIE } from '../../src/features/auth/sessions.js';
import { closeAll, makeUser, type World, world } from './helpers.js';

/**
 * The authorisation matrix: every console and agent route of the full app, against every role, no
 * session, a user of another school and a user of another organisation. What each may do comes from
 * ONE table, `roles` in features/auth/permissions.ts (with the training gate); this test models it
 * independently and checks the app agrees. A route without a declared permission fails here (agent
 * routes) or cannot even register (console routes).
 */

afterAll(closeAll);

interface Actor {
  name: string;
  organisation: 'A' | 'B';
  assignments: { role: Role; school: 'A' | 'B' | null }[];
  trained: boolean;
  userId?: string;
}

const schoolRoles = (Object.keys(roles) as Role[]).filter((r) => r !== 'org-admin');
const actors: Actor[] = [
  ...schoolRoles.map((role) => ({
    name: role,
    organisation: 'A' as const,
    assignments: [{ role, school: 'A' as const }],
    trained: true,
  })),
  { name: 'org-admin', organisation: 'A', assignments: [{ role: 'org-admin', school: null }], trained: true },
  { name: 'untrained dsl', organisation: 'A', assignments: [{ role: 'dsl', school: 'A' }], trained: false },
  {
    name: 'every role at another school',
    organisation: 'A',
    assignments: schoolRoles.map((role) => ({ role, school: 'B' as const })),
    trained: true,
  },
  {
    name: 'every role in another organisation',
    organisation: 'B',
    assignments: (Object.keys(roles) as Role[]).map((role) => ({ role, school: null })),
    trained: true,
  },
];

/** The model: may this actor use `permission` at school A (or, with no school in question, at all)? */
function modelAllows(actor: Actor, permission: Permission, schoolA: boolean): boolean {
  if (permissions[permission].content && !actor.trained) return false;
  const granting = actor.assignments.filter((a) =>
    (roles[a.role].permissions as readonly string[]).includes(permission),
  );
  if (schoolA)
    return actor.organisation === 'A' && granting.some((a) => a.school === 'A' || a.school === null);
  if (permissions[permission].level === 'organisation') return granting.some((a) => a.school === null);
  return granting.length > 0;
}

/**
 * The only exemption: the OpenAPI documentation pages that @fastify/swagger-ui registers for the
 * agent API (static, public by nature, and registered by the plugin without a route config).
 */
const isDocsUi = (url: string): boolean => /^\/api\/agent\/v1\/docs(\/|$)/.test(url);

function isGuardRefusal(status: number, body: string): boolean {
  if (status !== 401 && status !== 403) return false;
  try {
    return guardRefusalCodes.has(JSON.parse(body).error);
  } catch {
    return false;
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`authorisation matrix on ${dialect}`, () => {
    test('every route, every actor: allowed exactly when the permission table says so', {
      timeout: 300_000,
    }, async (context) => {
      const w = (await world(dialect, { app: 'full' })) as World | undefined;
      if (!w) return context.skip();
      const schoolId = { A: w.schoolA, B: w.schoolB };
      for (const actor of actors) {
        const org = actor.organisation === 'A' ? w.orgA : w.orgB;
        const user = await makeUser(w, {
          org,
          roles: actor.assignments.map((a) => ({
            role: a.role,
            schoolId: a.school === null ? null : actor.organisation === 'B' ? null : schoolId[a.school],
          })),
          trained: actor.trained,
          totp: true,
        });
        actor.userId = user.id;
      }
      const target = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });

      const routes = declaredRoutes(w.app).filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
      expect(routes.length).toBeGreaterThan(10);
      // Deny by default: every API route declares how it is authenticated.
      const undeclared = routes.filter((r) => r.permission === undefined && !isDocsUi(r.url));
      expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
      for (const r of routes.filter((r) => r.url.startsWith('/api/agent/') && !isDocsUi(r.url))) {
        expect(['device', 'public'], `${r.method} ${r.url}`).toContain(r.permission);
      }

      await w.app.listen({ port: 0, host: '127.0.0.1' });
      const address = w.app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const mismatches: string[] = [];
      let checked = 0;
      for (const route of routes.filter((r) => !isDocsUi(r.url))) {
        const permission = route.permission!;
        const hasSchool = route.url.includes(':schoolId');
        const url = route.url
          .replace(':schoolId', w.schoolA)
          .replace(':userId', target.id)
          .replace(/:[A-Za-z]+/g, () => randomUUID())
          .replace('*', 'x');
        const unsafe = !['GET', 'HEAD', 'OPTIONS'].includes(route.method);
        for (const actor of [undefined, ...actors]) {
          const headers: Record<string, string> = {};
          if (actor) {
            const session = await createSession(w.handle.db, {
              userId: actor.userId!,
              stage: 'active',
              now: w.clock.now(),
              policy: defaultSecurityPolicy,
              address: null,
            });
            headers.cookie = `${SESSION_COOKIE}=${session.token}; ${CSRF_COOKIE}=${session.csrfToken}`;
            if (unsafe) headers['x-csrf-token'] = session.csrfToken;
          }
          // Real HTTP: a streaming route (server-sent events) answers with its headers and stays open.
          const response = await fetch(`${base}${url}`, {
            method: route.method,
            headers: unsafe ? { ...headers, 'content-type': 'application/json' } : headers,
            redirect: 'manual',
            ...(unsafe ? { body: '{}' } : {}),
          });
          let body = '';
          if ((response.headers.get('content-type') ?? '').includes('text/event-stream'))
            await response.body?.cancel();
          else body = await response.text();
          checked++;
          const name = actor?.name ?? 'no session';
          const refused = isGuardRefusal(response.status, body);
          let expectAllowed: boolean;
          if (permission === 'public') expectAllowed = true;
          else if (permission === 'device') {
            // Console sessions never open agent routes.
            if (response.status !== 401 && response.status !== 403) {
              mismatches.push(
                `${name} reached device route ${route.method} ${route.url}: ${response.status}`,
              );
            }
            continue;
          } else if (!actor) expectAllowed = false;
          else if (permission === 'session' || permission === 'signed-in') expectAllowed = true;
          else expectAllowed = modelAllows(actor, permission, hasSchool);
          if (expectAllowed === refused) {
            mismatches.push(
              `${name} ${expectAllowed ? 'refused' : 'allowed'} on ${route.method} ${route.url} (${permission}): ${response.status} ${body.slice(0, 120)}`,
            );
          }
          // A user of another organisation never reaches organisation A's users.
          if (actor?.organisation === 'B' && route.url.includes(':userId') && response.status < 400) {
            mismatches.push(`${name} reached ${route.method} ${route.url} of another organisation`);
          }
        }
      }
      expect(mismatches).toEqual([]);
      expect(checked).toBe(routes.filter((r) => !isDocsUi(r.url)).length * (actors.length + 1));
    });
  });
}
