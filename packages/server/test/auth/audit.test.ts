import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';
import { appendAudit, verifyAuditChain } from '../../src/features/audit/index.js';

const handles: DatabaseHandle[] = [];
const databases: TestDatabase[] = [];
afterAll(async () => {
  for (const h of handles) await h.close();
  for (const d of databases) await d.drop();
});

async function sqlite(): Promise<DatabaseHandle> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-audit-'));
  const handle = openDatabase({ databaseUrl: '', dataDir });
  handles.push(handle);
  await migrateToLatest(handle.db);
  return handle;
}

async function postgres(): Promise<DatabaseHandle | undefined> {
  if (!(await postgresAvailable())) return undefined;
  const database = await createTestDatabase();
  databases.push(database);
  const handle = openDatabase({ databaseUrl: database.url, dataDir: '' });
  handles.push(handle);
  await migrateToLatest(handle.db);
  return handle;
}

/** Lets a test change rows as someone with direct database access would (dropping the guard triggers). */
async function dropAppendOnlyTriggers(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect === 'postgres') {
    await sql`drop trigger audit_log_append_only on audit_log`.execute(handle.db);
  } else {
    await sql`drop trigger audit_log_no_update`.execute(handle.db);
    await sql`drop trigger audit_log_no_delete`.execute(handle.db);
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`audit chain on ${dialect}`, () => {
    const open = dialect === 'sqlite' ? sqlite : postgres;

    test('entries chain, verify passes, and the database refuses updates and deletes', async (context) => {
      const handle = await open();
      if (!handle) return context.skip();
      const { db } = handle;
      expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0, headHash: '0'.repeat(64) });
      const first = await appendAudit(db, { at: 1000, actor: 'system', action: 'test.one' });
      const second = await appendAudit(db, {
        at: 2000,
        actor: 'u1',
        action: 'capture.view',
        organisationId: 'o1',
        schoolId: 's1',
        subjectType: 'capture',
        subjectId: 'c1',
        personId: 'p1',
        details: { b: 2, a: [1, { z: 1, y: 2 }] },
      });
      expect(second.seq).toBe(first.seq + 1);
      expect(second.prevHash).toBe(first.hash);
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 2, headHash: second.hash });
      await expect(db.updateTable('audit_log').set({ actor: 'x' }).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    });

    test('an append rolls back with the transaction it belongs to', async (context) => {
      const handle = await open();
      if (!handle) return context.skip();
      const { db } = handle;
      await appendAudit(db, { at: 1, actor: 'system', action: 'kept' });
      await expect(
        db.transaction().execute(async (trx) => {
          await appendAudit(trx, { at: 2, actor: 'system', action: 'rolled.back' });
          throw new Error('the action failed');
        }),
      ).rejects.toThrow('the action failed');
      await appendAudit(db, { at: 3, actor: 'system', action: 'kept.too' });
      const rows = await db.selectFrom('audit_log').select(['seq', 'action']).orderBy('seq').execute();
      expect(rows.map((r) => [Number(r.seq), r.action])).toEqual([
        [1, 'kept'],
        [2, 'kept.too'],
      ]);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    test('concurrent appends never fork the chain', async (context) => {
      const handle = await open();
      if (!handle) return context.skip();
      const { db } = handle;
      await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          db.transaction().execute(async (trx) => {
            await appendAudit(trx, { at: i, actor: `u${i}`, action: 'parallel' });
          }),
        ),
      );
      expect(await verifyAuditChain(db)).toMatchObject({ ok: true, entries: 40 });
    });

    test('verify names the first altered, re-hashed or removed entry', async (context) => {
      const handle = await open();
      if (!handle) return context.skip();
      const { db } = handle;
      const entries = [];
      for (let i = 0; i < 6; i++) entries.push(await appendAudit(db, { at: i, actor: 'u', action: `a${i}` }));
      await dropAppendOnlyTriggers(handle);

      await db.updateTable('audit_log').set({ actor: 'someone-else' }).where('seq', '=', 3).execute();
      expect(await verifyAuditChain(db)).toMatchObject({
        ok: false,
        seq: 3,
        id: entries[2]!.id,
        problem: 'altered',
      });
      await db.updateTable('audit_log').set({ actor: 'u' }).where('seq', '=', 3).execute();
      expect((await verifyAuditChain(db)).ok).toBe(true);

      // Altered and re-hashed: the successor's prev_hash gives it away.
      await db.updateTable('audit_log').set({ action: 'forged' }).where('seq', '=', 2).execute();
      const { hashAuditEntry } = await import('../../src/features/audit/audit.js');
      const row = entries[1]!;
      await db
        .updateTable('audit_log')
        .set({ hash: hashAuditEntry({ ...row, action: 'forged' }) })
        .where('seq', '=', 2)
        .execute();
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 2, problem: 'altered' });
      await db
        .updateTable('audit_log')
        .set({ action: row.action, hash: row.hash })
        .where('seq', '=', 2)
        .execute();

      await db.deleteFrom('audit_log').where('seq', '=', 4).execute();
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 4, problem: 'removed' });

      await db.deleteFrom('audit_log').where('seq', '>=', 4).execute();
      expect(await verifyAuditChain(db)).toMatchObject({ ok: false, seq: 4, problem: 'removed' });
    });
  });
}
