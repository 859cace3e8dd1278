import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { requirementMissing } from './requirements.js';

/** Where the test databases are created; .ci/run exports it. */
export const adminUrl = process.env.VIGIL_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | undefined;

/** True when PostgreSQL answers; false (with a message) outside CI; throws under CI=true. */
export async function postgresAvailable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  if (await reachable) return true;
  requirementMissing(
    'PostgreSQL',
    `set VIGIL_TEST_DATABASE_URL; tried ${adminUrl.replace(/:[^:@/]+@/, ':***@')}`,
  );
  return false;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file; drop it in afterAll. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `vigil_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}
