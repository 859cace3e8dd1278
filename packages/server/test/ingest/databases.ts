import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import { afterAll, beforeAll, describe } from 'vitest';
import { migrateToLatest } from '../../src/db/migrate.js';
import { type DatabaseHandle, openDatabase } from '../../src/db/open.js';

export interface StoreTarget {
  dialect: 'sqlite' | 'postgres';
  /** a fresh, migrated database (real SQLite file or real PostgreSQL database) */
  handle(): DatabaseHandle;
  dataDir(): string;
  databaseUrl(): string;
}

/**
 * Runs the same suite against SQLite and PostgreSQL (the store contract): each dialect gets a fresh
 * migrated database for the file. PostgreSQL skips outside CI when unavailable and fails under CI.
 */
export function describeStores(name: string, suite: (target: StoreTarget) => void): void {
  for (const dialect of ['sqlite', 'postgres'] as const) {
    describe(`${name} [${dialect}]`, () => {
      let handle: DatabaseHandle | undefined;
      let testDb: TestDatabase | undefined;
      let dataDir = '';
      let skip = false;
      beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `vigil-${dialect}-`));
        if (dialect === 'postgres') {
          if (!(await postgresAvailable())) {
            skip = true;
            return;
          }
          testDb = await createTestDatabase();
        }
        handle = openDatabase({ databaseUrl: testDb?.url ?? '', dataDir });
        await migrateToLatest(handle.db);
      });
      afterAll(async () => {
        await handle?.close();
        await testDb?.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      });
      suite({
        dialect,
        handle: () => {
          if (skip) throw new Error('skipped: PostgreSQL is not available');
          return handle!;
        },
        dataDir: () => dataDir,
        databaseUrl: () => testDb?.url ?? '',
      });
    });
  }
}
