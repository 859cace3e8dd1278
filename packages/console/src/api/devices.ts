import { api } from './client.js';

// The devices API (packages/server/src/features/devices/console-routes.ts): agent health, no content.

export interface Device {
  id: string;
  name: string;
  platform: string;
  agent: { kind: string; version: string };
  rulesVersion: string | null;
  queueLength: number | null;
  lastSeenAt: string | null;
  /** no heartbeat for a day: the extension may have been removed or disabled */
  silent: boolean;
  enrolledAt: string;
  revokedAt: string | null;
  /** who last accepted the AUP on the device; present only for users with people.view */
  person?: string | null;
}

const V1 = '/api/console/v1';

export const listDeviceSchools = () =>
  api<{ schools: { id: string; name: string }[] }>(`${V1}/device-schools`);
export const listDevices = (schoolId: string, signal?: AbortSignal) =>
  api<{ devices: Device[] }>(
    `${V1}/schools/${encodeURIComponent(schoolId)}/devices`,
    signal ? { signal } : {},
  );
export const revokeDevice = (schoolId: string, deviceId: string) =>
  api<{ revoked: string }>(
    `${V1}/schools/${encodeURIComponent(schoolId)}/devices/${encodeURIComponent(deviceId)}/revoke`,
    { method: 'POST', body: {} },
  );
