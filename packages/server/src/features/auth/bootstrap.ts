import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/open.js';
import { appendAudit } from '../audit/audit.js';
import { createUser } from './admin.js';

export interface FirstAdmin {
  organisationId: string;
  schoolId: string;
  login: string;
  temporaryPassword: string;
}

/**
 * On the very first start (no users at all): creates the first organisation and school (unless
 * some exist already) and an org-admin with a one-time password that must be changed at first
 * sign-in. Returns what to show the operator once, or undefined when users exist. The caller prints
 * it to stdout; it is never logged.
 */
export async function bootstrapFirstAdmin(db: Db, now: number): Promise<FirstAdmin | undefined> {
  const anyUser = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (anyUser) return undefined;
  let organisation = await db
    .selectFrom('organisations')
    .select('id')
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (!organisation) {
    organisation = { id: randomUUID() };
    await db
      .insertInto('organisations')
      .values({ id: organisation.id, name: 'My organisation', kind: 'school', created_at: now })
      .execute();
    await appendAudit(db, {
      at: now,
      actor: 'system',
      organisationId: organisation.id,
      action: 'organisation.create',
      subjectType: 'organisation',
      subjectId: organisation.id,
      details: { reason: 'first start' },
    });
  }
  let school = await db
    .selectFrom('schools')
    .select('id')
    .where('organisation_id', '=', organisation.id)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  if (!school) {
    school = { id: randomUUID() };
    await db
      .insertInto('schools')
      .values({
        id: school.id,
        organisation_id: organisation.id,
        name: 'My school',
        phase: 'secondary',
        created_at: now,
      })
      .execute();
    await appendAudit(db, {
      at: now,
      actor: 'system',
      organisationId: organisation.id,
      schoolId: school.id,
      action: 'school.create',
      subjectType: 'school',
      subjectId: school.id,
      details: { reason: 'first start' },
    });
  }
  const created = await createUser(
    db,
    { id: 'system', organisationId: organisation.id },
    { login: 'admin', displayName: 'Administrator', roles: [{ role: 'org-admin', schoolId: null }] },
    now,
  );
  return {
    organisationId: organisation.id,
    schoolId: school.id,
    login: created.login,
    temporaryPassword: created.temporaryPassword,
  };
}

/** The message printed once on first start. */
export function firstAdminMessage(admin: FirstAdmin, url: string): string {
  return [
    '',
    'Vigil: first start. An administrator account was created:',
    `  console:  ${url}`,
    `  login:    ${admin.login}`,
    `  password: ${admin.temporaryPassword}   (one-time: you must change it when you first sign in)`,
    'This password is shown only once and is not stored anywhere in plain text.',
    '',
  ].join('\n');
}
