import os from 'node:os';
import { parseArgs } from 'node:util';
import {
  assignRole,
  createUser,
  type DatabaseHandle,
  isRole,
  listUsers,
  loadConfig,
  migrateToLatest,
  openDatabase,
  recordTraining,
  removeRole,
  resetPassword,
  resetTotp,
  setUserDisabled,
  unlockUser,
} from '@vigil/server';
import { CliError } from '../../cli-error.js';
import type { Command } from '../command.js';

const usage = `usage: vigil admin user <action> [options]

actions:
  list      [--org ID]                                      users with roles, training, lock state
  create    --login L --name "N" [--org ID] [--role ROLE[@SCHOOL_ID]]... [--person ID]
            prints a one-time password that must be changed at first sign-in
  assign    --login L --role ROLE [--school ID]             (no --school: organisation-wide)
  unassign  --login L --role ROLE [--school ID]
  training  --login L --course "C" --completed YYYY-MM-DD --expires YYYY-MM-DD
  unlock    --login L
  reset-password --login L                                  prints a new one-time password
  reset-totp     --login L                                  the user sets up the authenticator again
  disable | enable --login L

Works on the database named by VIGIL_DATABASE_URL / VIGIL_DATA_DIR. Every change is audited with the
actor cli:<your OS user>.`;

async function withDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env);
  const handle = openDatabase(config);
  try {
    await migrateToLatest(handle.db);
    return await run(handle);
  } catch (error) {
    // The server's refusals (unknown role, login taken, no such school...) are bad input here.
    const status = (error as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500)
      throw new CliError((error as Error).message);
    throw error;
  } finally {
    await handle.close();
  }
}

const day = (value: string | undefined, flag: string): number => {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw new CliError(`--${flag} must be a date as YYYY-MM-DD`);
  return Date.parse(`${value}T00:00:00Z`);
};

function required(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`--${flag} is required\n\n${usage}`);
  return value;
}

async function organisationFor(handle: DatabaseHandle, org: string | undefined): Promise<string> {
  if (org) {
    const row = await handle.db
      .selectFrom('organisations')
      .select('id')
      .where('id', '=', org)
      .executeTakeFirst();
    if (!row) throw new CliError(`no organisation ${org}`);
    return row.id;
  }
  const rows = await handle.db.selectFrom('organisations').select(['id', 'name']).execute();
  if (rows.length !== 1) {
    throw new CliError(
      `there are ${rows.length} organisations; choose one with --org:\n${rows.map((r) => `  ${r.id}  ${r.name}`).join('\n')}`,
    );
  }
  return rows[0]!.id;
}

async function userByLogin(
  handle: DatabaseHandle,
  login: string,
): Promise<{ id: string; organisationId: string }> {
  const row = await handle.db
    .selectFrom('users')
    .select(['id', 'organisation_id'])
    .where('login', '=', login.trim().toLowerCase())
    .executeTakeFirst();
  if (!row) throw new CliError(`no user with login ${login}`, 1);
  return { id: row.id, organisationId: row.organisation_id };
}

function parseRole(spec: string): { role: string; schoolId: string | null } {
  const [role, school] = spec.split('@');
  if (!role || !isRole(role)) throw new CliError(`unknown role '${role ?? ''}'`);
  return { role, schoolId: school || null };
}

export const userCommand: Command = {
  summary: 'create users, assign roles, record training, unlock, reset passwords',
  async run(args) {
    const [action, ...rest] = args;
    if (!action || action === '--help' || action === 'help') {
      process.stdout.write(`${usage}\n`);
      return action ? 0 : 2;
    }
    const { values } = parseArgs({
      args: rest,
      options: {
        org: { type: 'string' },
        login: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', multiple: true },
        school: { type: 'string' },
        person: { type: 'string' },
        course: { type: 'string' },
        completed: { type: 'string' },
        expires: { type: 'string' },
      },
      strict: true,
    });
    const now = Date.now();
    const actorId = `cli:${os.userInfo().username}`;
    return withDatabase(async (handle) => {
      const { db } = handle;
      const out = (line: string) => process.stdout.write(`${line}\n`);
      if (action === 'list') {
        const organisationId = await organisationFor(handle, values.org);
        for (const u of await listUsers(db, organisationId, now)) {
          const roles =
            u.roles.map((r) => (r.schoolId ? `${r.role}@${r.schoolId}` : r.role)).join(',') || '-';
          const trained = u.training.some((t) => t.current) ? 'trained' : 'untrained';
          const flags = [u.locked && 'LOCKED', u.disabled && 'DISABLED', u.totpEnabled && 'totp'].filter(
            Boolean,
          );
          out(`${u.login}\t${u.displayName}\t${roles}\t${trained}\t${flags.join(' ')}\t${u.id}`);
        }
        return 0;
      }
      if (action === 'create') {
        const organisationId = await organisationFor(handle, values.org);
        const created = await createUser(
          db,
          { id: actorId, organisationId },
          {
            login: required(values.login, 'login'),
            displayName: required(values.name, 'name'),
            personId: values.person ?? null,
            roles: (values.role ?? []).map(parseRole),
          },
          now,
        );
        out(`created ${created.login} (${created.id})`);
        out(`one-time password: ${created.temporaryPassword}   (must be changed at first sign-in)`);
        return 0;
      }
      const user = await userByLogin(handle, required(values.login, 'login'));
      const actor = { id: actorId, organisationId: user.organisationId };
      switch (action) {
        case 'assign': {
          const role = required(values.role?.[0], 'role');
          await assignRole(db, actor, { userId: user.id, role, schoolId: values.school ?? null }, now);
          out(`assigned ${role}${values.school ? ` at ${values.school}` : ' organisation-wide'}`);
          return 0;
        }
        case 'unassign': {
          const role = required(values.role?.[0], 'role');
          const row = await db
            .selectFrom('role_assignments')
            .select('id')
            .where('user_id', '=', user.id)
            .where('role', '=', role)
            .where((eb) =>
              values.school ? eb('school_id', '=', values.school) : eb('school_id', 'is', null),
            )
            .executeTakeFirst();
          if (!row) throw new CliError('the user does not hold that role there', 1);
          await removeRole(db, actor, { userId: user.id, assignmentId: row.id }, now);
          out(`removed ${role}`);
          return 0;
        }
        case 'training':
          await recordTraining(
            db,
            actor,
            {
              userId: user.id,
              course: required(values.course, 'course'),
              completedAt: day(values.completed, 'completed'),
              expiresAt: day(values.expires, 'expires'),
            },
            now,
          );
          out('training recorded');
          return 0;
        case 'unlock':
          await unlockUser(db, actor, user.id, now);
          out('unlocked');
          return 0;
        case 'reset-password':
          out(
            `one-time password: ${await resetPassword(db, actor, user.id, now)}   (must be changed at next sign-in)`,
          );
          return 0;
        case 'reset-totp':
          await resetTotp(db, actor, user.id, now);
          out('second factor removed; the user sets it up again at next sign-in');
          return 0;
        case 'disable':
        case 'enable':
          await setUserDisabled(db, actor, user.id, action === 'disable', now);
          out(action === 'disable' ? 'disabled (all sessions ended)' : 'enabled');
          return 0;
        default:
          throw new CliError(`unknown action '${action}'\n\n${usage}`);
      }
    });
  },
};
