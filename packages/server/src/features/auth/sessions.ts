import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/open.js';
import type { Database } from '../../db/schema.js';
import { Access } from './access.js';
import { isRole } from './permissions.js';
import { parseSecurityPolicy, type SecurityPolicy } from './policy.js';

/**
 * Where a session stands. Only `active` sessions use permissions; the others may only reach routes
 * declared `'session'` (the step they still owe, `me` and sign out).
 */
export type SessionStage = 'active' | 'totp' | 'password' | 'enrol';

export type UserRow = Database['users'];
export type SessionRow = Database['sessions'];

export interface AuthContext {
  session: SessionRow & { stage: SessionStage };
  user: UserRow;
  policy: SecurityPolicy;
  access: Access;
}

export const SESSION_COOKIE = 'vigil_session';
export const CSRF_COOKIE = 'vigil_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function loadPolicy(db: Db, organisationId: string): Promise<SecurityPolicy> {
  const row = await db
    .selectFrom('security_policies')
    .select('policy')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return parseSecurityPolicy(row?.policy);
}

/** Creates a session and returns its secret token (only its hash is stored) and CSRF token. */
export async function createSession(
  db: Db,
  input: { userId: string; stage: SessionStage; now: number; policy: SecurityPolicy; address: string | null },
): Promise<{ token: string; csrfToken: string; expiresAt: number }> {
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = input.now + input.policy.absoluteHours * 3_600_000;
  await db
    .insertInto('sessions')
    .values({
      id: sha256(token),
      user_id: input.userId,
      stage: input.stage,
      csrf_token: csrfToken,
      created_at: input.now,
      last_seen_at: input.now,
      expires_at: expiresAt,
      address: input.address,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  | { ok: true; auth: AuthContext }
  | { ok: false; reason: 'missing' | 'expired' | 'disabled' };

/**
 * Resolves a session token: refuses it after the idle timeout or the absolute timeout (deleting
 * it), or when the user is disabled; otherwise records activity and computes the user's access.
 */
export async function resolveSession(db: Db, token: string, now: number): Promise<SessionLookup> {
  const id = sha256(token);
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!session) return { ok: false, reason: 'missing' };
  const user = await db.selectFrom('users').selectAll().where('id', '=', session.user_id).executeTakeFirst();
  if (!user) return { ok: false, reason: 'missing' };
  const policy = await loadPolicy(db, user.organisation_id);
  const idleLimit = session.last_seen_at + policy.idleMinutes * 60_000;
  if (now >= session.expires_at || now >= idleLimit) {
    await db.deleteFrom('sessions').where('id', '=', id).execute();
    return { ok: false, reason: 'expired' };
  }
  if (user.disabled_at !== null) return { ok: false, reason: 'disabled' };
  if (now - session.last_seen_at >= 15_000) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  }
  const access = await loadAccess(db, user, now);
  return {
    ok: true,
    auth: { session: { ...session, stage: session.stage as SessionStage }, user, policy, access },
  };
}

/** The roles, training and organisation schools of a user, as an `Access`. */
export async function loadAccess(db: Db, user: UserRow, now: number): Promise<Access> {
  const [assignments, training, schools] = await Promise.all([
    db.selectFrom('role_assignments').select(['role', 'school_id']).where('user_id', '=', user.id).execute(),
    db
      .selectFrom('training_records')
      .select(['completed_at', 'expires_at'])
      .where('user_id', '=', user.id)
      .execute(),
    db.selectFrom('schools').select('id').where('organisation_id', '=', user.organisation_id).execute(),
  ]);
  // The people records that are this user: the linked one, and any whose school email is their login,
  // so captures about themselves never reach them even before anyone links the records.
  const schoolIds = schools.map((s) => s.id);
  const selfPeople =
    user.login.includes('@') && schoolIds.length
      ? await db
          .selectFrom('person_external_ids')
          .select('person_id')
          .where('school_id', 'in', schoolIds)
          .where('kind', '=', 'email')
          .where('value', '=', user.login)
          .execute()
      : [];
  const personIds = [
    ...new Set([...(user.person_id ? [user.person_id] : []), ...selfPeople.map((p) => p.person_id)]),
  ];
  return new Access({
    userId: user.id,
    organisationId: user.organisation_id,
    personIds,
    login: user.login,
    assignments: assignments.flatMap((a) =>
      isRole(a.role) ? [{ role: a.role, schoolId: a.school_id }] : [],
    ),
    training: training.map((t) => ({ completedAt: t.completed_at, expiresAt: t.expires_at })),
    organisationSchoolIds: schools.map((s) => s.id),
    now,
  });
}

/**
 * Replaces a session's token (after a second factor, an enrolment or a password change), so a token
 * seen before the step completed is worthless afterwards. Returns the new token.
 */
export async function rotateSessionToken(db: Db, sessionId: string): Promise<string> {
  const token = randomToken();
  await db
    .updateTable('sessions')
    .set({ id: sha256(token) })
    .where('id', '=', sessionId)
    .execute();
  return token;
}
