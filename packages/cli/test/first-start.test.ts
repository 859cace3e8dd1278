import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';

// `vigil start` on an empty data folder, over real HTTP, with debug logging on.
const bin = fileURLToPath(new URL('../bin/vigil.js', import.meta.url));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGTERM');
});

function start(dataDir: string): Promise<{ child: ChildProcess; output: () => string; url: string }> {
  const child = spawn('node', [bin, 'start'], {
    env: {
      ...process.env,
      VIGIL_DATA_DIR: dataDir,
      VIGIL_PORT: '0',
      VIGIL_HOST: '127.0.0.1',
      VIGIL_LOG_LEVEL: 'debug',
      VIGIL_ROLE: 'api',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  child.stderr!.on('data', (c) => {
    out += c;
  });
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const listening =
        /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(out) ??
        /console at (http:\/\/localhost:\d+)/.exec(out);
      if (listening) {
        clearInterval(timer);
        resolve({ child, output: () => out, url: listening[1]! });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`vigil start exited (${code}): ${out}`));
    });
  });
}

test('first start creates an org-admin with a one-time password printed once, never logged', {
  timeout: 120_000,
}, async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-first-start-'));
  const first = await start(dataDir);
  for (let i = 0; i < 200 && !/password:.*\n/.test(first.output()); i++)
    await new Promise((r) => setTimeout(r, 100));
  const output = first.output();
  const match = /login:\s+(\S+)\n\s+password:\s+(\S+)/.exec(output);
  expect(match, output).not.toBeNull();
  const [, login, password] = match!;
  expect(login).toBe('admin');
  // The password appears exactly once: in the message, not in any log line.
  expect(output.split(password!).length - 1).toBe(1);
  for (const line of output.split('\n').filter((l) => l.startsWith('{')))
    expect(line).not.toContain(password);

  const signIn = await fetch(`${first.url}/api/console/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  expect(signIn.status).toBe(200);
  const { stage, csrfToken } = (await signIn.json()) as { stage: string; csrfToken: string };
  expect(stage).toBe('password');
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const changed = await fetch(`${first.url}/api/console/v1/auth/password`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ currentPassword: password, newPassword: 'Lapwing-Meadow-93' }),
  });
  expect(changed.status).toBe(200);
  expect(((await changed.json()) as { stage: string }).stage).toBe('active');
  // The session token is replaced once the password step is done.
  const rotated = changed.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  expect(rotated).toMatch(/^vigil_session=/);
  expect((await fetch(`${first.url}/api/console/v1/users`, { headers: { cookie } })).status).toBe(401);
  const users = await fetch(`${first.url}/api/console/v1/users`, {
    headers: { cookie: `${rotated}; ${cookie.split('; ').find((c) => c.startsWith('vigil_csrf='))}` },
  });
  expect(users.status).toBe(200);
  expect(((await users.json()) as { users: { login: string }[] }).users.map((u) => u.login)).toEqual([
    'admin',
  ]);
  // Nothing secret reached the logs.
  const after = first.output();
  for (const secret of [password!, 'Lapwing-Meadow-93', csrfToken]) {
    for (const line of after.split('\n').filter((l) => l.startsWith('{'))) expect(line).not.toContain(secret);
  }
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));

  // The second start finds a user and creates nobody.
  const second = await start(dataDir);
  for (let i = 0; i < 200 && !/console at/.test(second.output()); i++)
    await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 500));
  expect(second.output()).not.toContain('password:');
  second.child.kill('SIGTERM');
});
