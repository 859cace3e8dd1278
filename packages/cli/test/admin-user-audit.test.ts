import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrateToLatest, openDatabase } from '@vigil/server';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import { afterAll, describe, expect, test } from 'vitest';

// Runs the built CLI, as an operator on the server would.
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
// kysely is the server's dependency, not the CLI's: load it from there to play the tamperer.
const fromServer = createRequire(fileURLToPath(new URL('../../server/package.json', import.meta.url)));
const { sql } = (await import(pathToFileURL(fromServer.resolve('kysely')).href)) as typeof import('kysely');
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const d of databases) await d.drop();
});

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`vigil admin user and vigil audit verify on ${dialect}`, () => {
    test('create a user, assign a role, record training; verify passes, then fails at a row changed in the database', {
      timeout: 240_000,
    }, async (context) => {
      let databaseUrl = '';
      if (dialect === 'postgres') {
        if (!(await postgresAvailable())) return context.skip();
        const database = await createTestDatabase();
        databases.push(database);
        databaseUrl = database.url;
      }
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cli-audit-'));
      const env = {
        ...process.env,
        VIGIL_DATA_DIR: dataDir,
        VIGIL_DATABASE_URL: databaseUrl,
        VIGIL_LOG_LEVEL: 'silent',
      };
      const vigil = (...args: string[]) => spawnSync('node', [bin, ...args], { env, encoding: 'utf8' });

      const handle = openDatabase({ databaseUrl, dataDir });
      await migrateToLatest(handle.db);
      const org = randomUUID();
      const school = randomUUID();
      await handle.db
        .insertInto('organisations')
        .values({ id: org, name: 'Trust', kind: 'trust', created_at: 1 })
        .execute();
      await handle.db
        .insertInto('schools')
        .values({ id: school, organisation_id: org, name: 'High', phase: 'secondary', created_at: 1 })
        .execute();
      await handle.close();

      const created = vigil(
        'admin',
        'user',
        'create',
        '--login',
        'Head@High.example',
        '--name',
        'Hana Head',
        '--role',
        `headteacher@${school}`,
      );
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(created.stdout).toMatch(/one-time password: \S{19}/);
      expect(
        vigil('admin', 'user', 'assign', '--login', 'head@high.example', '--role', 'org-admin').status,
      ).toBe(0);
      const training = vigil(
        'admin',
        'user',
        'training',
        '--login',
        'head@high.example',
        '--course',
        'DSL Level 3',
        '--completed',
        '2026-09-01',
        '--expires',
        '2028-09-01',
      );
      expect(training.stderr).toBe('');
      expect(training.status).toBe(0);
      const bad = vigil('admin', 'user', 'assign', '--login', 'head@high.example', '--role', 'janitor');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toMatch(/unknown role/);
      const list = vigil('admin', 'user', 'list');
      expect(list.stdout).toMatch(/head@high\.example\tHana Head\t.*headteacher@.*org-admin.*\ttrained/);

      const ok = vigil('audit', 'verify');
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/audit log intact: \d+ entries/);

      // Someone with database access rewrites history: the training entry now says another course.
      const tamper = openDatabase({ databaseUrl, dataDir });
      const target = await tamper.db
        .selectFrom('audit_log')
        .select(['seq', 'id'])
        .where('action', '=', 'training.record')
        .executeTakeFirstOrThrow();
      if (dialect === 'postgres')
        await sql`drop trigger audit_log_append_only on audit_log`.execute(tamper.db);
      else await sql`drop trigger audit_log_no_update`.execute(tamper.db);
      await tamper.db
        .updateTable('audit_log')
        .set({ details: '{"course":"nothing to see"}' })
        .where('seq', '=', target.seq)
        .execute();
      await tamper.close();

      const broken = vigil('audit', 'verify');
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`entry ${target.seq} (id ${target.id})`);
      expect(broken.stderr).toContain('altered');
    });
  });
}
