import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';
import { captureWriter } from '../../src/features/captures/writer.js';
import { captureRow, seedSchoolWithDevice } from './helpers.js';

// The writer thread's connection does not checkpoint (sqlite-checkpoint-thread.ts does, on a
// connection of its own); the WAL must still start again from its beginning under a steady stream
// of commits, never growing without bound.

test('under a steady stream of capture commits the WAL stays bounded and its pages reach the database file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-checkpoint-'));
  const handle = openDatabase({ databaseUrl: '', dataDir: dir });
  await migrateToLatest(handle.db);
  const { seeded, device } = await seedSchoolWithDevice(handle.db);
  const writer = captureWriter(handle.db, handle.dialect, Date.now, { sqlite: handle.sqlite });
  const text = 'x'.repeat(3000); // about a page a row
  const waves = 120;
  for (let wave = 0; wave < waves; wave++) {
    // 16 requests at once, as agents send them: several commits a wave, never a pause.
    await Promise.all(
      Array.from({ length: 16 }, () =>
        writer.write(
          Array.from({ length: 8 }, () => captureRow(seeded.school.id, device.id, { text })),
          new Map(),
        ),
      ),
    );
  }
  await writer.close();
  const rows = waves * 16 * 8;
  const stored = await handle.db
    .selectFrom('captures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  expect(Number(stored.n)).toBe(rows);
  const pageSize = Number(handle.sqlite!.pragma('page_size', { simple: true }));
  const walBytes = fs.statSync(path.join(dir, 'vigil.sqlite-wal')).size;
  const dbBytes = fs.statSync(path.join(dir, 'vigil.sqlite')).size;
  // Without a checkpoint the WAL would hold a page for every row (15,360 and more). It starts again
  // after each checkpoint (every 2,500 rows; at the latest, by the writer itself, every 5,000), and
  // its file is as large as the WAL ever was.
  expect(walBytes / pageSize).toBeLessThan(12_000);
  expect(dbBytes / pageSize).toBeGreaterThan(rows / 2);
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
}, 60_000);
