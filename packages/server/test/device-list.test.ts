import { randomUUID } from 'node:crypto';
import { afterAll, expect, test } from 'vitest';
import { Client, closeAll, DAY, makeUser, world } from './auth/helpers.js';
import { enrol, post } from './ingest/helpers.js';

afterAll(closeAll);

// The console's devices page reads these routes: the technician's view of agent health, with no
// person and no content; a user who may see people (people.view) also sees who uses each device.

test('device list: versions, heartbeat, queue and silence for the technician; the person only with people.view', async () => {
  const w = (await world('sqlite', { app: 'full' }))!;
  await w.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
  const tech = await makeUser(w, { org: w.orgA, roles: [{ role: 'technician', schoolId: w.schoolA }] });
  const client = new Client(w.app);
  await client.signInFully(w, tech.login);
  const base = `/api/console/v1/schools/${w.schoolA}`;

  const schools = await client.request({ method: 'GET', url: '/api/console/v1/device-schools' });
  expect(schools.statusCode).toBe(200);
  expect(schools.json()).toEqual({ schools: [{ id: w.schoolA, name: 'A High' }] });

  const { token } = (
    await client.request({ method: 'POST', url: `${base}/enrolment-tokens`, payload: { label: 'Trolley' } })
  ).json();
  const quiet = await enrol(url, token, 'Y7-02');
  const busy = await enrol(url, token, 'Y7-01');
  const beat = await post(url, '/heartbeat', busy.credential, {
    agentVersion: '1.2.0',
    rulesVersion: '2026.11.2',
    queueLength: 3,
  });
  expect(beat.status).toBe(200);
  const aup = await post(url, '/aup', busy.credential, {
    id: randomUUID(),
    occurredAt: new Date(w.clock.now()).toISOString(),
    person: { email: 'sam.pupil@a-high.example', displayName: 'Sam Pupil' },
    aupVersion: '1',
    decision: 'accepted',
  });
  expect(aup.status).toBe(200);
  // The quiet device last reported more than a day ago.
  await w.handle.db
    .updateTable('devices')
    .set({ last_seen_at: w.clock.now() - 2 * DAY })
    .where('id', '=', quiet.deviceId)
    .execute();

  const listed = await client.request({ method: 'GET', url: `${base}/devices` });
  expect(listed.statusCode).toBe(200);
  const devices = listed.json().devices as Record<string, unknown>[];
  expect(devices.map((d) => d.name)).toEqual(['Y7-01', 'Y7-02']);
  expect(devices[0]).toMatchObject({
    id: busy.deviceId,
    agent: { kind: 'chrome-extension', version: '1.2.0' },
    rulesVersion: '2026.11.2',
    queueLength: 3,
    lastSeenAt: new Date(w.clock.now()).toISOString(),
    silent: false,
    revokedAt: null,
  });
  expect(devices[1]).toMatchObject({
    id: quiet.deviceId,
    silent: true,
    lastSeenAt: new Date(w.clock.now() - 2 * DAY).toISOString(),
  });
  // Deny by default: the technician never learns who uses a device.
  for (const d of devices) expect(d).not.toHaveProperty('person');
  expect(listed.body).not.toContain('Sam Pupil');
  expect(listed.body).not.toContain('sam.pupil');

  // Revoked devices are not silent, they are revoked.
  await client.request({ method: 'POST', url: `${base}/devices/${quiet.deviceId}/revoke` });
  const after = (await client.request({ method: 'GET', url: `${base}/devices` })).json().devices;
  expect(after[1]).toMatchObject({ silent: false, revokedAt: new Date(w.clock.now()).toISOString() });

  // A trained DSL who is also the school's technician sees the person.
  const both = await makeUser(w, {
    org: w.orgA,
    roles: [
      { role: 'technician', schoolId: w.schoolA },
      { role: 'dsl', schoolId: w.schoolA },
    ],
    trained: true,
    totp: true,
  });
  const dsl = new Client(w.app);
  await dsl.signInFully(w, both.login);
  const seen = (await dsl.request({ method: 'GET', url: `${base}/devices` })).json().devices;
  expect(seen.map((d: { person?: string | null }) => d.person)).toEqual(['Sam Pupil', null]);

  // Neither a governor nor a DSL without the technician role lists devices.
  for (const role of ['governor', 'dsl'] as const) {
    const user = await makeUser(w, {
      org: w.orgA,
      roles: [{ role, schoolId: w.schoolA }],
      trained: true,
      totp: true,
    });
    const other = new Client(w.app);
    await other.signInFully(w, user.login);
    expect((await other.request({ method: 'GET', url: `${base}/devices` })).statusCode).toBe(403);
    expect((await other.request({ method: 'GET', url: '/api/console/v1/device-schools' })).statusCode).toBe(
      403,
    );
  }
});
