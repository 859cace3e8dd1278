import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect, test } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { sqliteCommitter } from '../../src/features/captures/sqlite-commit.js';
import { type CaptureInsert, captureWriter } from '../../src/features/captures/writer.js';
import { describeStores } from './databases.js';
import { captureRow, seedSchoolWithDevice } from './helpers.js';

// Group commit (features/captures/writer.ts): concurrent requests share one transaction, each is
// answered only after the commit that holds its rows, and a failing request fails alone.

test('SQLite commits are fsynced: synchronous=FULL, and the committer refuses a connection without it', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-sync-'));
  const handle = openDatabase({ databaseUrl: '', dataDir: dir });
  expect(handle.sqlite!.pragma('synchronous', { simple: true })).toBe(2); // FULL
  expect(handle.sqlite!.pragma('journal_mode', { simple: true })).toBe('wal');
  const normal = new Sqlite(path.join(dir, 'other.sqlite'));
  normal.pragma('synchronous = NORMAL');
  expect(() => sqliteCommitter(normal)).toThrow(/synchronous=FULL/);
  normal.close();
  void handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describeStores('group commit', (target) => {
  const setup = async () => {
    const handle = target.handle();
    const { seeded, device } = await seedSchoolWithDevice(handle.db);
    const row = (over: Partial<CaptureInsert> = {}): CaptureInsert =>
      captureRow(seeded.school.id, device.id, { person_email: 'nobody@example.org', ...over });
    const stored = async (ids: string[]) =>
      (await handle.db.selectFrom('captures').select('id').where('id', 'in', ids).execute()).map((r) => r.id);
    return { handle, seeded, device, row, stored };
  };

  if (target.dialect === 'sqlite') {
    test('a transaction on the main connection that reads, then writes, survives a capture commit meanwhile', async () => {
      const { handle, row, stored, device } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, { sqlite: handle.sqlite });
      await writer.write([row()], new Map()); // the thread is up
      const capture = row();
      let written: Promise<Set<string>> | undefined;
      await handle.db.transaction().execute(async (trx) => {
        await trx.selectFrom('captures').select('id').execute();
        // The writer thread's commit waits for this transaction (BEGIN IMMEDIATE), instead of
        // committing in between and failing this transaction's write with SQLITE_BUSY_SNAPSHOT.
        written = writer.write([capture], new Map());
        await new Promise((resolve) => setTimeout(resolve, 100));
        await trx.updateTable('devices').set({ name: 'renamed' }).where('id', '=', device.id).execute();
      });
      expect([...(await written!)]).toEqual([capture.id]);
      expect(await stored([capture.id])).toEqual([capture.id]);
      await writer.close();
    });
  }

  if (target.dialect === 'sqlite') {
    test('the writer thread groups what arrives while it commits, up to maxRows, each request whole', async () => {
      const { handle, row, stored } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, {
        sqlite: handle.sqlite,
        maxRows: 50,
      });
      // 300 requests of two rows in one turn, one of them broken: groups of at most 25 requests.
      const requests = Array.from({ length: 300 }, () => [row(), row()]);
      requests[123] = [row(), row({ device_id: randomUUID() })];
      const settled = await Promise.allSettled(requests.map((rs) => writer.write(rs, new Map())));
      for (const [i, result] of settled.entries()) {
        expect(result.status).toBe(i === 123 ? 'rejected' : 'fulfilled');
        if (result.status === 'fulfilled') expect(result.value.size).toBe(2);
      }
      const good = requests.filter((_, i) => i !== 123).flat();
      expect((await stored(good.map((r) => r.id))).length).toBe(598);
      expect(await stored(requests[123]!.map((r) => r.id))).toEqual([]);
      const stats = writer.stats();
      expect(stats.requests).toBe(300);
      expect(stats.transactions).toBeGreaterThanOrEqual(12);
      await writer.close();
    });

    test('the writer thread commits half of what waits at a time (at least 8 rows), so answers flow while it works', async () => {
      const { handle, row, stored } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, { sqlite: handle.sqlite });
      await writer.warm();
      // 32 requests in one turn of the event loop arrive as one message: groups of 16, 8 and 8.
      const rows = Array.from({ length: 32 }, () => row());
      const inserted = await Promise.all(rows.map((r) => writer.write([r], new Map())));
      expect(inserted.map((ids) => [...ids])).toEqual(rows.map((r) => [r.id]));
      expect(writer.stats()).toEqual({ transactions: 3, requests: 32 });
      expect((await stored(rows.map((r) => r.id))).length).toBe(32);
      await writer.close();
    });

    test('a writer that requires scanned rows refuses an unscanned one alone, and commits the rest', async () => {
      const { handle, row, stored } = await setup();
      const committer = sqliteCommitter(handle.sqlite!, { requireScanned: true });
      const scanned = (over: Partial<CaptureInsert> = {}) =>
        row({ server_detections: '[]', server_rules_version: 'v', ...over });
      const items = [
        { rows: [scanned()], blobs: [] },
        { rows: [scanned(), row()], blobs: [] },
        { rows: [scanned()], blobs: [] },
      ];
      const results = await handle.db.connection().execute(async () => committer.commit(items, Date.now()));
      expect(results[0]).toEqual({ inserted: [items[0]!.rows[0]!.id] });
      expect(results[1]).toMatchObject({ error: { code: 'not_scanned' } });
      expect(results[2]).toEqual({ inserted: [items[2]!.rows[0]!.id] });
      expect(await stored(items[1]!.rows.map((r) => r.id))).toEqual([]);
    });
  }

  // On SQLite both ways of committing: the writer thread (a file's default) and the main connection.
  const modes = target.dialect === 'sqlite' ? [true, false] : [undefined];
  for (const thread of modes) {
    const label = thread === undefined ? '' : thread ? ' (writer thread)' : ' (main connection)';

    test(`concurrent requests share transactions; each id is committed exactly once${label}`, async () => {
      const { handle, row, stored } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, {
        sqlite: handle.sqlite,
        ...(thread === undefined ? {} : { thread }),
      });
      // 200 requests at once; 50 ids are each sent by two requests (an agent's retry racing the first).
      const rows = Array.from({ length: 150 }, () => row());
      const requests = [...rows.map((r) => [r]), ...rows.slice(0, 50).map((r) => [{ ...r }])];
      const answers = await Promise.all(requests.map((rs) => writer.write(rs, new Map())));
      const ids = rows.map((r) => r.id);
      const owners = new Map<string, number>();
      for (const inserted of answers) for (const id of inserted) owners.set(id, (owners.get(id) ?? 0) + 1);
      expect([...owners.keys()].sort()).toEqual([...ids].sort());
      expect([...owners.values()].every((n) => n === 1)).toBe(true);
      // Every acknowledged id is readable at once (committed before the answer), and stored once.
      expect((await stored(ids)).sort()).toEqual([...ids].sort());
      const stats = writer.stats();
      expect(stats.requests).toBe(200);
      expect(stats.transactions).toBeLessThan(20);
      // The same ids again: all duplicates now.
      const again = await Promise.all(rows.slice(0, 10).map((r) => writer.write([r], new Map())));
      expect(again.every((inserted) => inserted.size === 0)).toBe(true);
      await writer.close();
    });

    test(`a request whose rows were partly stored before is answered with its new rows only${label}`, async () => {
      const { handle, row, stored } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, {
        sqlite: handle.sqlite,
        ...(thread === undefined ? {} : { thread }),
      });
      const [old, fresh, lone] = [row(), row(), row()];
      expect([...(await writer.write([old], new Map()))]).toEqual([old.id]);
      // In one group: a request repeating a stored row beside a new one, and a request all new.
      const [mixed, whole] = await Promise.all([
        writer.write([{ ...old }, fresh], new Map()),
        writer.write([lone], new Map()),
      ]);
      expect([...mixed]).toEqual([fresh.id]);
      expect([...whole]).toEqual([lone.id]);
      expect((await stored([old.id, fresh.id, lone.id])).sort()).toEqual([old.id, fresh.id, lone.id].sort());
      await writer.close();
    });

    test(`a failing request in a group fails alone; nothing half-stored, nothing lost${label}`, async () => {
      const { handle, row, stored } = await setup();
      const writer = captureWriter(handle.db, handle.dialect, Date.now, {
        sqlite: handle.sqlite,
        ...(thread === undefined ? {} : { thread }),
      });
      const good = Array.from({ length: 20 }, () => [row(), row()]);
      // A request whose second row breaks a constraint (no such device): its first row must not stay.
      const bad = Array.from({ length: 3 }, () => [row(), row({ device_id: randomUUID() })]);
      const requests = [...good.slice(0, 10), bad[0]!, ...good.slice(10), bad[1]!, bad[2]!];
      const settled = await Promise.allSettled(requests.map((rs) => writer.write(rs, new Map())));
      for (const [i, result] of settled.entries()) {
        const isBad = bad.includes(requests[i]!);
        expect(result.status).toBe(isBad ? 'rejected' : 'fulfilled');
        if (result.status === 'fulfilled') expect(result.value.size).toBe(2);
      }
      expect((await stored(good.flat().map((r) => r.id))).length).toBe(40);
      expect(await stored(bad.flat().map((r) => r.id))).toEqual([]);
      // The writer goes on after a failure.
      const later = row();
      expect([...(await writer.write([later], new Map()))]).toEqual([later.id]);
      await writer.close();
    });
  }
});
