import { afterAll, expect, test } from 'vitest';
import { Client, closeAll, makeUser, world } from '../auth/helpers.js';
import { enrol, post } from './helpers.js';

afterAll(closeAll);

test('console: a technician creates a token, a device enrols with it, the technician revokes it; others cannot', async () => {
  const w = (await world('sqlite', { app: 'full' }))!;
  await w.app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(w.app.server.address() as { port: number }).port}`;
  const tech = await makeUser(w, { org: w.orgA, roles: [{ role: 'technician', schoolId: w.schoolA }] });
  const client = new Client(w.app);
  await client.signInFully(w, tech.login);
  const base = `/api/console/v1/schools/${w.schoolA}`;

  const created = await client.request({
    method: 'POST',
    url: `${base}/enrolment-tokens`,
    payload: { label: 'Y7 trolley' },
  });
  expect(created.statusCode).toBe(200);
  const { token, id } = created.json();
  const device = await enrol(url, token);
  const listed = await client.request({ method: 'GET', url: `${base}/devices` });
  expect(listed.json().devices.map((d: { id: string }) => d.id)).toEqual([device.deviceId]);
  expect(listed.json().devices[0].silent).toBe(false);
  const tokens = await client.request({ method: 'GET', url: `${base}/enrolment-tokens` });
  expect(tokens.json().tokens[0]).toMatchObject({ id, label: 'Y7 trolley', uses: 1 });
  expect(tokens.body).not.toContain(token);

  const beat = { agentVersion: '1', rulesVersion: 'r', queueLength: 0 };
  // The device's credential is now in the agent API's cache...
  expect((await post(url, '/heartbeat', device.credential, beat)).status).toBe(200);
  const revoked = await client.request({ method: 'POST', url: `${base}/devices/${device.deviceId}/revoke` });
  expect(revoked.statusCode).toBe(200);
  // ...and the revocation made in this process reaches it at once (not after the cache's TTL).
  expect((await post(url, '/heartbeat', device.credential, beat)).status).toBe(403);
  const audit = await w.handle.db
    .selectFrom('audit_log')
    .select(['action', 'actor'])
    .where('subject_id', '=', device.deviceId)
    .execute();
  expect(audit).toEqual(
    expect.arrayContaining([
      { action: 'device.enrol', actor: `device:${device.deviceId}` },
      { action: 'device.revoke', actor: tech.id },
    ]),
  );
  // The technician's permission is for school A only.
  const elsewhere = await client.request({
    method: 'GET',
    url: `/api/console/v1/schools/${w.schoolB}/devices`,
  });
  expect(elsewhere.statusCode).toBe(403);
  // A governor has no device permissions.
  const governor = await makeUser(w, { org: w.orgA, roles: [{ role: 'governor', schoolId: w.schoolA }] });
  const other = new Client(w.app);
  await other.signInFully(w, governor.login);
  expect(
    (await other.request({ method: 'POST', url: `${base}/enrolment-tokens`, payload: { label: 'x' } }))
      .statusCode,
  ).toBe(403);
});
