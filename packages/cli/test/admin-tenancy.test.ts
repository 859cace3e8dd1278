import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { main } from '../src/main.js';

// `vigil admin organisation|school|enrolment-token|device`, run in-process against a real SQLite file.
let out = '';
let err = '';
beforeEach(() => {
  process.env.VIGIL_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-cli-admin-'));
  process.env.VIGIL_MASTER_KEY = Buffer.alloc(32, 5).toString('base64');
  process.env.VIGIL_DATABASE_URL = '';
  out = '';
  err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function run(
  ...args: string[]
): Promise<{ code: number; out: string; err: string; fields: Record<string, string> }> {
  out = '';
  err = '';
  const code = await main(['admin', ...args]);
  const fields = Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes(': '))
      .map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]),
  );
  return { code, out, err, fields };
}

test('organisation, school and enrolment token from the command line', async () => {
  const org = await run('organisation', 'create', '--name', 'North LA', '--kind', 'local-authority');
  expect(org.code).toBe(0);
  const organisation = org.fields.organisation!;
  expect(organisation).toMatch(/^[0-9a-f-]{36}$/);
  expect((await run('organisation', 'list')).out).toContain('North LA');

  const school = await run(
    'school',
    'create',
    '--organisation',
    organisation,
    '--name',
    'Ash Primary',
    '--phase',
    'primary',
    '--retention-days',
    '90',
  );
  expect(school.code).toBe(0);
  expect(school.fields.retention_days).toBe('90');
  const schoolId = school.fields.school!;
  expect((await run('school', 'list', '--organisation', organisation)).out).toContain('Ash Primary');
  expect(
    (await run('school', 'set', '--organisation', organisation, '--school', schoolId, '--aup-version', '2'))
      .fields.aup_version,
  ).toBe('2');

  const token = await run(
    'enrolment-token',
    'create',
    '--organisation',
    organisation,
    '--school',
    schoolId,
    '--label',
    'Year 7 trolley',
    '--max-uses',
    '30',
  );
  expect(token.code).toBe(0);
  expect(token.fields.token).toMatch(/^vet_/);
  expect(token.err).toContain('shown only this once');
  const listed = await run('enrolment-token', 'list', '--organisation', organisation, '--school', schoolId);
  expect(listed.out).toContain('Year 7 trolley');
  expect(listed.out).not.toContain(token.fields.token!);
  expect(
    (
      await run(
        'enrolment-token',
        'revoke',
        '--organisation',
        organisation,
        '--school',
        schoolId,
        '--id',
        token.fields.id!,
      )
    ).code,
  ).toBe(0);
  expect((await run('device', 'list', '--organisation', organisation, '--school', schoolId)).out).toContain(
    '(none)',
  );
});

test('bad input: missing option exits 2, unknown school exits 1, wrong organisation is not found', async () => {
  expect(await main(['admin', 'school', 'create', '--name', 'x'])).toBe(2);
  expect(err).toContain('--organisation is required');
  const org = await run('organisation', 'create', '--name', 'A');
  const other = await run('organisation', 'create', '--name', 'B');
  const school = await run('school', 'create', '--organisation', org.fields.organisation!, '--name', 'S');
  const crossed = await run(
    'enrolment-token',
    'create',
    '--organisation',
    other.fields.organisation!,
    '--school',
    school.fields.school!,
  );
  expect(crossed.code).toBe(1);
  expect(crossed.err).toContain('no school');
  expect((await run('organisation', 'create', '--name', 'C', '--kind', 'galaxy')).code).toBe(2);
  expect(
    (
      await run(
        'school',
        'create',
        '--organisation',
        org.fields.organisation!,
        '--name',
        'T',
        '--retention-days',
        '0',
      )
    ).code,
  ).toBe(2);
});
