import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { HttpError } from '../../http/errors.js';
import { appendAudit } from '../audit/audit.js';
import type { Access } from './access.js';
import {
  hashPassword,
  isReused,
  passwordProblems,
  verifyAgainstNothing,
  verifyPassword,
} from './passwords.js';
import { isContentRole, isRole } from './permissions.js';
import type { SecurityPolicy } from './policy.js';
import {
  createSession,
  loadAccess,
  loadPolicy,
  type SessionStage,
  sha256,
  type UserRow,
} from './sessions.js';
import {
  checkTotp,
  hashRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpUri,
} from './totp.js';

/**
 * Sign-in, second factor, password changes and sign-out. Every function takes the database handle
 * and `now`; every outcome is audited in the same transaction as the change it records.
 */

export const normaliseLogin = (login: string): string => login.trim().toLowerCase();

const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'wrong login or password');

/** True when the user must use a second factor under the organisation's policy. */
export function totpRequired(policy: SecurityPolicy, roles: string[]): boolean {
  if (policy.requireTotpForAll) return true;
  return policy.requireTotpForContent && roles.some((r) => isRole(r) && isContentRole(r));
}

export function passwordExpired(user: UserRow, policy: SecurityPolicy, now: number): boolean {
  return policy.expiryDays !== null && now >= user.password_changed_at + policy.expiryDays * 86_400_000;
}

/** The step a session owes after `done` (the steps run: totp, then password, then enrolment). */
export function nextStage(
  user: UserRow,
  policy: SecurityPolicy,
  roles: string[],
  now: number,
  done: SessionStage | 'credentials',
): SessionStage {
  const order: SessionStage[] = ['totp', 'password', 'enrol', 'active'];
  const owed = (stage: SessionStage): boolean => {
    if (stage === 'totp') return user.totp_enabled_at !== null;
    if (stage === 'password') return user.must_change_password === 1 || passwordExpired(user, policy, now);
    if (stage === 'enrol') return user.totp_enabled_at === null && totpRequired(policy, roles);
    return true;
  };
  const start = done === 'credentials' ? 0 : order.indexOf(done) + 1;
  return order.slice(start).find(owed) ?? 'active';
}

async function rolesOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db.selectFrom('role_assignments').select('role').where('user_id', '=', userId).execute();
  return rows.map((r) => r.role);
}

export interface SignInResult {
  userId: string;
  stage: SessionStage;
  token: string;
  csrfToken: string;
  expiresAt: number;
}

/**
 * Checks a login and password. Locked accounts are refused without checking the password; a wrong
 * password counts towards the lockout; a lock ends after the policy's cool-off or when an
 * administrator unlocks it.
 */
export async function signIn(
  db: Db,
  input: { login: string; password: string; address: string | null; now: number },
): Promise<SignInResult> {
  const { now } = input;
  const login = normaliseLogin(input.login);
  const user = await db.selectFrom('users').selectAll().where('login', '=', login).executeTakeFirst();
  if (!user || user.disabled_at !== null) {
    await verifyAgainstNothing(input.password);
    await appendAudit(db, {
      at: now,
      actor: 'anonymous',
      organisationId: user?.organisation_id ?? null,
      action: 'auth.sign-in.failed',
      subjectType: 'user',
      subjectId: user?.id ?? null,
      details: { login, reason: user ? 'disabled' : 'unknown login', address: input.address },
    });
    throw invalidCredentials();
  }
  const policy = await loadPolicy(db, user.organisation_id);
  if (user.locked_until !== null && user.locked_until > now) {
    await appendAudit(db, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: 'auth.sign-in.refused-locked',
      subjectType: 'user',
      subjectId: user.id,
      details: { address: input.address },
    });
    throw new HttpError(
      423,
      'account_locked',
      'this account is locked after too many failed sign-ins; ask an administrator or try again later',
    );
  }
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await recordFailure(db, user, policy, now, 'password', input.address);
    throw invalidCredentials();
  }
  const roles = await rolesOf(db, user.id);
  const stage = nextStage(user, policy, roles, now, 'credentials');
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_attempts: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    const session = await createSession(trx, { userId: user.id, stage, now, policy, address: input.address });
    await appendAudit(trx, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: stage === 'active' ? 'auth.sign-in' : 'auth.sign-in.password-ok',
      subjectType: 'user',
      subjectId: user.id,
      details: { stage, address: input.address },
    });
    return { userId: user.id, stage, ...session };
  });
}

/** Counts a failed password or second-factor attempt; locks the account at the policy's threshold. */
async function recordFailure(
  db: Db,
  user: UserRow,
  policy: SecurityPolicy,
  now: number,
  what: 'password' | 'totp',
  address: string | null,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // A lock that has run out starts the count again.
    const expiredLock = user.locked_until !== null && user.locked_until <= now;
    const row = await trx
      .updateTable('users')
      .set((eb) => ({
        failed_attempts: expiredLock ? 1 : eb('failed_attempts', '+', 1),
        locked_until: null,
      }))
      .where('id', '=', user.id)
      .returning('failed_attempts')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: what === 'password' ? 'auth.sign-in.failed' : 'auth.totp.failed',
      subjectType: 'user',
      subjectId: user.id,
      details: { consecutiveFailures: row.failed_attempts, address },
    });
    if (row.failed_attempts >= policy.lockoutThreshold) {
      const until = now + policy.lockoutMinutes * 60_000;
      await trx.updateTable('users').set({ locked_until: until }).where('id', '=', user.id).execute();
      await appendAudit(trx, {
        at: now,
        actor: 'system',
        organisationId: user.organisation_id,
        action: 'user.locked',
        subjectType: 'user',
        subjectId: user.id,
        details: { consecutiveFailures: row.failed_attempts, lockedUntil: until },
      });
    }
  });
}

async function setStage(db: Db, sessionId: string, stage: SessionStage): Promise<void> {
  await db.updateTable('sessions').set({ stage }).where('id', '=', sessionId).execute();
}

async function freshUser(db: Db, userId: string): Promise<UserRow> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirstOrThrow();
}

/** The second step of sign-in: a TOTP code, or a single-use recovery code. */
export async function verifySecondFactor(
  db: Db,
  input: {
    sessionId: string;
    userId: string;
    code: string;
    address: string | null;
    now: number;
    totpKey?: Buffer;
  },
): Promise<SessionStage> {
  const { now } = input;
  const user = await freshUser(db, input.userId);
  const policy = await loadPolicy(db, user.organisation_id);
  if (user.locked_until !== null && user.locked_until > now) {
    throw new HttpError(
      423,
      'account_locked',
      'this account is locked; ask an administrator or try again later',
    );
  }
  if (!user.totp_secret || user.totp_enabled_at === null) {
    throw new HttpError(409, 'totp_not_enrolled', 'no authenticator app is set up for this account');
  }
  const secret = openTotpSecret(user.totp_secret, input.totpKey, user.id);
  const step = checkTotp(secret, input.code, now, user.totp_last_step);
  let usedRecovery = false;
  if (step === null) {
    const codeHash = hashRecoveryCode(input.code);
    const used = await db
      .updateTable('recovery_codes')
      .set({ used_at: now })
      .where('user_id', '=', user.id)
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    usedRecovery = Number(used.numUpdatedRows) === 1;
    if (!usedRecovery) {
      await recordFailure(db, user, policy, now, 'totp', input.address);
      throw new HttpError(401, 'invalid_code', 'that code is not valid');
    }
  }
  const roles = await rolesOf(db, user.id);
  const stage = nextStage(user, policy, roles, now, 'totp');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_attempts: 0, ...(step !== null ? { totp_last_step: step } : {}) })
      .where('id', '=', user.id)
      .execute();
    await setStage(trx, input.sessionId, stage);
    await appendAudit(trx, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: usedRecovery ? 'auth.recovery-code.used' : 'auth.totp.verified',
      subjectType: 'user',
      subjectId: user.id,
      details: { stage, address: input.address },
    });
  });
  return stage;
}

/** Starts (or restarts) enrolment: a new secret, shown once, confirmed by a first code. */
export async function startTotpEnrolment(
  db: Db,
  input: { userId: string; now: number; totpKey?: Buffer },
): Promise<{ secret: string; uri: string }> {
  const user = await freshUser(db, input.userId);
  if (user.totp_enabled_at !== null) {
    throw new HttpError(
      409,
      'totp_enrolled',
      'an authenticator app is already set up; ask an administrator to reset it',
    );
  }
  const secret = newTotpSecret();
  await db
    .updateTable('users')
    .set({ totp_secret: sealTotpSecret(secret, input.totpKey, user.id) })
    .where('id', '=', user.id)
    .execute();
  return { secret, uri: totpUri(user.login, secret) };
}

/** Confirms enrolment with a first code; returns the recovery codes (shown once, stored hashed). */
export async function confirmTotpEnrolment(
  db: Db,
  input: { sessionId: string; userId: string; code: string; now: number; totpKey?: Buffer },
): Promise<{ recoveryCodes: string[]; stage: SessionStage }> {
  const { now } = input;
  const user = await freshUser(db, input.userId);
  if (user.totp_enabled_at !== null) throw new HttpError(409, 'totp_enrolled', 'already set up');
  if (!user.totp_secret) throw new HttpError(409, 'totp_not_started', 'start enrolment first');
  const step = checkTotp(openTotpSecret(user.totp_secret, input.totpKey, user.id), input.code, now, null);
  if (step === null)
    throw new HttpError(400, 'invalid_code', 'that code is not valid; check the clock of your device');
  const policy = await loadPolicy(db, user.organisation_id);
  const roles = await rolesOf(db, user.id);
  const codes = newRecoveryCodes();
  const enrolled: UserRow = { ...user, totp_enabled_at: now };
  const session = await db
    .selectFrom('sessions')
    .select('stage')
    .where('id', '=', input.sessionId)
    .executeTakeFirst();
  const current = (session?.stage ?? 'active') as SessionStage;
  const stage = current === 'active' ? 'active' : nextStage(enrolled, policy, roles, now, 'enrol');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ totp_enabled_at: now, totp_last_step: step })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('recovery_codes').where('user_id', '=', user.id).execute();
    await trx
      .insertInto('recovery_codes')
      .values(
        codes.map((c) => ({
          id: randomUUID(),
          user_id: user.id,
          code_hash: hashRecoveryCode(c),
          used_at: null,
        })),
      )
      .execute();
    await setStage(trx, input.sessionId, stage);
    await appendAudit(trx, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: 'auth.totp.enrolled',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return { recoveryCodes: codes, stage };
}

/**
 * Changes a password under the organisation's policy (length, classes, no name, not common, not one
 * of the last N). Signs out the user's other sessions.
 */
export async function changePassword(
  db: Db,
  input: { sessionId: string; userId: string; currentPassword: string; newPassword: string; now: number },
): Promise<SessionStage> {
  const { now } = input;
  const user = await freshUser(db, input.userId);
  const policy = await loadPolicy(db, user.organisation_id);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new HttpError(400, 'wrong_password', 'the current password is wrong');
  }
  await assertAcceptablePassword(db, user, policy, input.newPassword);
  const newHash = await hashPassword(input.newPassword);
  const roles = await rolesOf(db, user.id);
  const changed: UserRow = { ...user, must_change_password: 0, password_changed_at: now };
  const session = await db
    .selectFrom('sessions')
    .select('stage')
    .where('id', '=', input.sessionId)
    .executeTakeFirst();
  const current = (session?.stage ?? 'active') as SessionStage;
  const stage = current === 'active' ? 'active' : nextStage(changed, policy, roles, now, 'password');
  await db.transaction().execute(async (trx) => {
    await storeNewPassword(trx, user, newHash, now, false);
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('id', '!=', input.sessionId)
      .execute();
    await setStage(trx, input.sessionId, stage);
    await appendAudit(trx, {
      at: now,
      actor: user.id,
      organisationId: user.organisation_id,
      action: 'auth.password.changed',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
  return stage;
}

/** Refuses a new password that breaks a rule, listing every broken rule. */
export async function assertAcceptablePassword(
  db: Db,
  user: UserRow,
  policy: SecurityPolicy,
  password: string,
): Promise<void> {
  const problems = passwordProblems(password, policy, [user.display_name, user.login]);
  if (policy.historyCount > 0) {
    const history = await db
      .selectFrom('password_history')
      .select('password_hash')
      .where('user_id', '=', user.id)
      .orderBy('created_at', 'desc')
      .limit(policy.historyCount)
      .execute();
    // The history holds the current password too (every stored password is recorded).
    const previous = [...new Set([user.password_hash, ...history.map((h) => h.password_hash)])].slice(
      0,
      policy.historyCount,
    );
    if (await isReused(password, previous)) {
      problems.push({
        rule: 'reused',
        message: `must not be one of your last ${policy.historyCount} passwords`,
      });
    }
  }
  if (problems.length) {
    const error = new HttpError(
      400,
      'password_rejected',
      `the new password ${problems.map((p) => p.message).join('; ')}`,
    );
    Object.assign(error, { rules: problems.map((p) => p.rule) });
    throw error;
  }
}

/** Stores a password hash and its history entry; `temporary` passwords must be changed at next sign-in. */
export async function storeNewPassword(
  db: Db,
  user: Pick<UserRow, 'id'>,
  passwordHash: string,
  now: number,
  temporary: boolean,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: now,
      must_change_password: temporary ? 1 : 0,
      failed_attempts: 0,
      locked_until: null,
    })
    .where('id', '=', user.id)
    .execute();
  await db
    .insertInto('password_history')
    .values({ id: randomUUID(), user_id: user.id, password_hash: passwordHash, created_at: now })
    .execute();
}

export async function signOut(
  db: Db,
  input: { token: string; userId: string; organisationId: string; now: number; everywhere: boolean },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const query = trx.deleteFrom('sessions').where('user_id', '=', input.userId);
    const result = await (input.everywhere
      ? query
      : query.where('id', '=', sha256(input.token))
    ).executeTakeFirst();
    await appendAudit(trx, {
      at: input.now,
      actor: input.userId,
      organisationId: input.organisationId,
      action: input.everywhere ? 'auth.sign-out.everywhere' : 'auth.sign-out',
      subjectType: 'user',
      subjectId: input.userId,
      details: { sessions: Number(result.numDeletedRows) },
    });
    return Number(result.numDeletedRows);
  });
}

export { type Access, loadAccess };
