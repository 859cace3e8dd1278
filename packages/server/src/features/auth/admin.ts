import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../../http/errors.js';
import { appendAudit } from '../audit/audit.js';
import { hashPassword, temporaryPassword } from './passwords.js';
import { isOrganisationRole, isRole, type Role } from './permissions.js';
import { parseSecurityPolicy, type SecurityPolicy, securityPolicySchema } from './policy.js';
import { normaliseLogin, storeNewPassword } from './service.js';
import type { UserRow } from './sessions.js';

/**
 * User administration within one organisation: create users (with a temporary password), assign and
 * remove roles, record safeguarding training, unlock, reset a password or second factor, disable.
 * `actor` is the administrator's user id (or 'system' from the CLI); every change is audited in
 * the same transaction. Administrators cannot change their own roles or training (another
 * administrator must), so nobody grants themselves access to content.
 */

export interface Actor {
  id: string;
  organisationId: string;
}

async function userInOrganisation(db: Db, actor: Actor, userId: string): Promise<UserRow> {
  const user = await db
    .selectFrom('users')
    .selectAll()
    .where('id', '=', userId)
    .where('organisation_id', '=', actor.organisationId)
    .executeTakeFirst();
  if (!user) throw notFound('no such user in your organisation');
  return user;
}

function notSelf(actor: Actor, userId: string, what: string): void {
  if (actor.id === userId)
    throw forbidden(`you cannot change your own ${what}; ask another administrator`, 'self_change');
}

async function checkAssignment(db: Db, actor: Actor, role: string, schoolId: string | null): Promise<Role> {
  if (!isRole(role)) throw badRequest(`unknown role '${role}'`, 'unknown_role');
  if (schoolId !== null) {
    const school = await db
      .selectFrom('schools')
      .select('id')
      .where('id', '=', schoolId)
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (!school) throw notFound('no such school in your organisation');
    if (isOrganisationRole(role)) {
      throw badRequest(
        `the ${role} role is organisation-wide; assign it without a school`,
        'organisation_role',
      );
    }
  }
  return role;
}

export interface CreatedUser {
  id: string;
  login: string;
  temporaryPassword: string;
}

export async function createUser(
  db: Db,
  actor: Actor,
  input: {
    login: string;
    displayName: string;
    personId?: string | null;
    roles?: { role: string; schoolId: string | null }[];
    /** Set when the caller provides the password (first start); otherwise one is generated. */
    temporaryPassword?: string;
  },
  now: number,
): Promise<CreatedUser> {
  const login = normaliseLogin(input.login);
  if (!login) throw badRequest('login is required');
  const existing = await db.selectFrom('users').select('id').where('login', '=', login).executeTakeFirst();
  if (existing) throw conflict(`the login ${login} is taken`, 'login_taken');
  const roles: { role: Role; schoolId: string | null }[] = [];
  for (const r of input.roles ?? [])
    roles.push({ role: await checkAssignment(db, actor, r.role, r.schoolId), schoolId: r.schoolId });
  const password = input.temporaryPassword ?? temporaryPassword();
  const passwordHash = await hashPassword(password);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('users')
      .values({
        id,
        organisation_id: actor.organisationId,
        login,
        display_name: input.displayName.trim(),
        person_id: input.personId ?? null,
        password_hash: passwordHash,
        password_changed_at: now,
        must_change_password: 1,
        failed_attempts: 0,
        locked_until: null,
        totp_secret: null,
        totp_enabled_at: null,
        totp_last_step: null,
        disabled_at: null,
        created_at: now,
      })
      .execute();
    await storeNewPassword(trx, { id }, passwordHash, now, true);
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'user.create',
      subjectType: 'user',
      subjectId: id,
      details: { login, displayName: input.displayName.trim() },
    });
    for (const r of roles) await insertAssignment(trx, actor, id, r.role, r.schoolId, now);
  });
  return { id, login, temporaryPassword: password };
}

async function insertAssignment(
  db: Db,
  actor: Actor,
  userId: string,
  role: Role,
  schoolId: string | null,
  now: number,
): Promise<string> {
  const existing = await db
    .selectFrom('role_assignments')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', role)
    .where((eb) => (schoolId === null ? eb('school_id', 'is', null) : eb('school_id', '=', schoolId)))
    .executeTakeFirst();
  if (existing) return existing.id;
  const id = randomUUID();
  await db
    .insertInto('role_assignments')
    .values({ id, user_id: userId, role, school_id: schoolId, created_at: now, created_by: actor.id })
    .execute();
  await appendAudit(db, {
    at: now,
    actor: actor.id,
    organisationId: actor.organisationId,
    schoolId,
    action: 'role.assign',
    subjectType: 'user',
    subjectId: userId,
    details: { role, schoolId, assignmentId: id },
  });
  return id;
}

export async function assignRole(
  db: Db,
  actor: Actor,
  input: { userId: string; role: string; schoolId: string | null },
  now: number,
): Promise<string> {
  notSelf(actor, input.userId, 'roles');
  await userInOrganisation(db, actor, input.userId);
  const role = await checkAssignment(db, actor, input.role, input.schoolId);
  return db
    .transaction()
    .execute((trx) => insertAssignment(trx, actor, input.userId, role, input.schoolId, now));
}

export async function removeRole(
  db: Db,
  actor: Actor,
  input: { userId: string; assignmentId: string },
  now: number,
): Promise<void> {
  notSelf(actor, input.userId, 'roles');
  await userInOrganisation(db, actor, input.userId);
  const assignment = await db
    .selectFrom('role_assignments')
    .selectAll()
    .where('id', '=', input.assignmentId)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  if (!assignment) throw notFound('no such role assignment');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('role_assignments').where('id', '=', assignment.id).execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      schoolId: assignment.school_id,
      action: 'role.remove',
      subjectType: 'user',
      subjectId: input.userId,
      details: { role: assignment.role, schoolId: assignment.school_id, assignmentId: assignment.id },
    });
  });
}

export async function recordTraining(
  db: Db,
  actor: Actor,
  input: { userId: string; course: string; completedAt: number; expiresAt: number },
  now: number,
): Promise<string> {
  notSelf(actor, input.userId, 'training record');
  await userInOrganisation(db, actor, input.userId);
  if (!input.course.trim()) throw badRequest('course is required');
  if (input.expiresAt <= input.completedAt) throw badRequest('training must expire after it was completed');
  if (input.completedAt > now) throw badRequest('training cannot be completed in the future');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('training_records')
      .values({
        id,
        user_id: input.userId,
        course: input.course.trim(),
        completed_at: input.completedAt,
        expires_at: input.expiresAt,
        recorded_by: actor.id,
        recorded_at: now,
      })
      .execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'training.record',
      subjectType: 'user',
      subjectId: input.userId,
      details: {
        course: input.course.trim(),
        completedAt: input.completedAt,
        expiresAt: input.expiresAt,
        recordId: id,
      },
    });
  });
  return id;
}

export async function unlockUser(db: Db, actor: Actor, userId: string, now: number): Promise<void> {
  await userInOrganisation(db, actor, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', userId)
      .execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'user.unlock',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

/** A new temporary password (returned once), changed at next sign-in; all sessions end. */
export async function resetPassword(db: Db, actor: Actor, userId: string, now: number): Promise<string> {
  notSelf(actor, userId, 'password this way (use change password)');
  await userInOrganisation(db, actor, userId);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await storeNewPassword(trx, { id: userId }, passwordHash, now, true);
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'user.password-reset',
      subjectType: 'user',
      subjectId: userId,
    });
  });
  return password;
}

/** Removes the second factor (lost phone); the user enrols again at next sign-in. */
export async function resetTotp(db: Db, actor: Actor, userId: string, now: number): Promise<void> {
  notSelf(actor, userId, 'second factor');
  await userInOrganisation(db, actor, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null })
      .where('id', '=', userId)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'user.totp-reset',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

export async function setUserDisabled(
  db: Db,
  actor: Actor,
  userId: string,
  disabled: boolean,
  now: number,
): Promise<void> {
  notSelf(actor, userId, 'account status');
  await userInOrganisation(db, actor, userId);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ disabled_at: disabled ? now : null })
      .where('id', '=', userId)
      .execute();
    if (disabled) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: disabled ? 'user.disable' : 'user.enable',
      subjectType: 'user',
      subjectId: userId,
    });
  });
}

export interface UserSummary {
  id: string;
  login: string;
  displayName: string;
  personId: string | null;
  locked: boolean;
  disabled: boolean;
  totpEnabled: boolean;
  mustChangePassword: boolean;
  roles: { id: string; role: string; schoolId: string | null }[];
  training: { id: string; course: string; completedAt: number; expiresAt: number; current: boolean }[];
}

export async function listUsers(
  db: Db,
  organisationId: string,
  now: number,
  userId?: string,
): Promise<UserSummary[]> {
  let query = db.selectFrom('users').selectAll().where('organisation_id', '=', organisationId);
  if (userId) query = query.where('id', '=', userId);
  const users = await query.orderBy('login').execute();
  if (!users.length) return [];
  const ids = users.map((u) => u.id);
  const [roles, training] = await Promise.all([
    db.selectFrom('role_assignments').selectAll().where('user_id', 'in', ids).orderBy('created_at').execute(),
    db
      .selectFrom('training_records')
      .selectAll()
      .where('user_id', 'in', ids)
      .orderBy('completed_at')
      .execute(),
  ]);
  return users.map((u) => ({
    id: u.id,
    login: u.login,
    displayName: u.display_name,
    personId: u.person_id,
    locked: u.locked_until !== null && u.locked_until > now,
    disabled: u.disabled_at !== null,
    totpEnabled: u.totp_enabled_at !== null,
    mustChangePassword: u.must_change_password === 1,
    roles: roles
      .filter((r) => r.user_id === u.id)
      .map((r) => ({ id: r.id, role: r.role, schoolId: r.school_id })),
    training: training
      .filter((t) => t.user_id === u.id)
      .map((t) => ({
        id: t.id,
        course: t.course,
        completedAt: t.completed_at,
        expiresAt: t.expires_at,
        current: t.completed_at <= now && now < t.expires_at,
      })),
  }));
}

export async function getSecurityPolicy(db: Db, organisationId: string): Promise<SecurityPolicy> {
  const row = await db
    .selectFrom('security_policies')
    .select('policy')
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return parseSecurityPolicy(row?.policy);
}

export async function setSecurityPolicy(
  db: Db,
  actor: Actor,
  changes: Partial<SecurityPolicy>,
  now: number,
): Promise<SecurityPolicy> {
  const before = await getSecurityPolicy(db, actor.organisationId);
  const parsed = securityPolicySchema.safeParse({ ...before, ...changes });
  if (!parsed.success)
    throw new HttpError(400, 'invalid_policy', parsed.error.issues[0]?.message ?? 'invalid policy');
  const policy = parsed.data;
  await db.transaction().execute(async (trx) => {
    const json = JSON.stringify(policy);
    const existing = await trx
      .selectFrom('security_policies')
      .select('organisation_id')
      .where('organisation_id', '=', actor.organisationId)
      .executeTakeFirst();
    if (existing) {
      await trx
        .updateTable('security_policies')
        .set({ policy: json, updated_at: now })
        .where('organisation_id', '=', actor.organisationId)
        .execute();
    } else {
      await trx
        .insertInto('security_policies')
        .values({ organisation_id: actor.organisationId, policy: json, updated_at: now })
        .execute();
    }
    await appendAudit(trx, {
      at: now,
      actor: actor.id,
      organisationId: actor.organisationId,
      action: 'settings.security-policy',
      subjectType: 'organisation',
      subjectId: actor.organisationId,
      details: { before, after: policy },
    });
  });
  return policy;
}
