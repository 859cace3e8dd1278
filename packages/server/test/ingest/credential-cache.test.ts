import { describe, expect, test } from 'vitest';
import { announceCredentialRevoked } from '../../src/features/devices/revocations.js';
import {
  cachedAuthenticator,
  type DeviceContext,
  type DeviceService,
} from '../../src/features/devices/service.js';
import { HttpError } from '../../src/http/errors.js';

// The agent API's credential cache: a hit skips the database; a revocation in this process is
// obeyed at once; one in another process within the TTL.

const context: DeviceContext = { deviceId: 'd1', schoolId: 's1', organisationId: 'o1' };

function fakeDevices() {
  const state = { lookups: 0, revoked: false, gate: null as Promise<void> | null };
  const devices = {
    async authenticate(credential: string | undefined): Promise<DeviceContext> {
      state.lookups++;
      const revokedNow = state.revoked; // read before waiting, as a query would
      if (state.gate) await state.gate;
      if (credential !== 'vdc_good')
        throw new HttpError(401, 'invalid_credential', 'unknown device credential');
      if (revokedNow) throw new HttpError(403, 'credential_revoked', 'this device has been revoked');
      return context;
    },
  } as unknown as DeviceService;
  return { devices, state };
}

describe('cachedAuthenticator', () => {
  test('a cached credential skips the database until its TTL ends', async () => {
    let now = 0;
    const { devices, state } = fakeDevices();
    const auth = cachedAuthenticator(devices, { ttlMs: 2000, now: () => now });
    await expect(auth.authenticate('vdc_good')).resolves.toEqual(context);
    await expect(auth.authenticate('vdc_good')).resolves.toEqual(context);
    expect(state.lookups).toBe(1);
    // A revocation made by another process is seen once the entry expires.
    state.revoked = true;
    now = 2001;
    await expect(auth.authenticate('vdc_good')).rejects.toMatchObject({ statusCode: 403 });
    auth.close();
  });

  test('the synchronous lookup the agent routes try first obeys the TTL and revocations', async () => {
    let now = 0;
    const { devices } = fakeDevices();
    const auth = cachedAuthenticator(devices, { ttlMs: 2000, now: () => now });
    expect(auth.cached('vdc_good')).toBeUndefined();
    expect(auth.cached(undefined)).toBeUndefined();
    await auth.authenticate('vdc_good');
    expect(auth.cached('vdc_good')).toEqual(context);
    now = 2001;
    expect(auth.cached('vdc_good')).toBeUndefined();
    await auth.authenticate('vdc_good');
    announceCredentialRevoked('d1');
    expect(auth.cached('vdc_good')).toBeUndefined();
    auth.close();
  });

  test('unknown credentials are never cached', async () => {
    const { devices, state } = fakeDevices();
    const auth = cachedAuthenticator(devices);
    await expect(auth.authenticate('vdc_bad')).rejects.toMatchObject({ statusCode: 401 });
    await expect(auth.authenticate('vdc_bad')).rejects.toMatchObject({ statusCode: 401 });
    expect(state.lookups).toBe(2);
    auth.close();
  });

  test('a device revoked in this process is refused at once', async () => {
    const { devices, state } = fakeDevices();
    const auth = cachedAuthenticator(devices, { ttlMs: 60_000 });
    await auth.authenticate('vdc_good');
    state.revoked = true;
    announceCredentialRevoked('d1');
    await expect(auth.authenticate('vdc_good')).rejects.toMatchObject({ statusCode: 403 });
    auth.close();
  });

  test('a lookup in flight across a revocation is answered but not cached', async () => {
    const { devices, state } = fakeDevices();
    const auth = cachedAuthenticator(devices, { ttlMs: 60_000 });
    let open!: () => void;
    state.gate = new Promise((resolve) => {
      open = resolve;
    });
    const inFlight = auth.authenticate('vdc_good'); // reads the device before it is revoked
    state.revoked = true;
    announceCredentialRevoked('d1');
    open();
    await expect(inFlight).resolves.toEqual(context);
    state.gate = null;
    await expect(auth.authenticate('vdc_good')).rejects.toMatchObject({ statusCode: 403 });
    auth.close();
  });

  test('a closed cache no longer listens', async () => {
    const { devices, state } = fakeDevices();
    const auth = cachedAuthenticator(devices, { ttlMs: 60_000 });
    await auth.authenticate('vdc_good');
    auth.close();
    announceCredentialRevoked('d1');
    await auth.authenticate('vdc_good');
    expect(state.lookups).toBe(1);
  });
});
