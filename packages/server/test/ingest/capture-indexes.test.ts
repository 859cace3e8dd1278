import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/open.js';

// Every index on captures costs each capture insert a page to write: captures keeps only those a
// query reads (migration 2026_11_27_0100), and each of its queries still reads through one.

test('captures keeps the indexes its queries read, and they read through them', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-capture-indexes-'));
  const handle = openDatabase({ databaseUrl: '', dataDir: dir });
  await migrateToLatest(handle.db);
  const sqlite = handle.sqlite!;
  const indexes = sqlite
    .prepare(`select name from sqlite_master where type = 'index' and tbl_name = 'captures' order by name`)
    .pluck()
    .all();
  expect(indexes).toEqual([
    'captures_device',
    'captures_school_received',
    'review_captures_received',
    'sqlite_autoindex_captures_1',
  ]);
  const plan = (sql: string, ...params: unknown[]) =>
    sqlite
      .prepare(`explain query plan ${sql}`)
      .all(...params)
      .map((row) => (row as { detail: string }).detail)
      .join('; ');
  // captureStore.list and .expired (retention), the review projector (sync.ts), the device FK.
  expect(
    plan('select * from captures where school_id = ? order by received_at desc, id desc limit 100', 's'),
  ).toMatch(/USING INDEX captures_school_received/);
  expect(
    plan(
      'select id from captures where school_id = ? and received_at < ? and incident_id is null order by received_at limit 10',
      's',
      1,
    ),
  ).toMatch(/USING INDEX captures_school_received/);
  expect(plan('select id from captures where received_at >= ? order by received_at limit 10', 1)).toMatch(
    /USING INDEX review_captures_received/,
  );
  expect(plan('select id from captures where device_id = ?', 'd')).toMatch(
    /USING (COVERING )?INDEX captures_device/,
  );
  await handle.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
