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

/** An enrolment token as listed: never the secret itself, which is shown only when created. */
export interface EnrolmentToken {
  id: string;
  label: string;
  uses: number;
  maxUses: number | null;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface NewEnrolmentToken {
  label: string;
  /** valid for this many days (1-365) */
  days: number;
  /** null: any number of devices may enrol with it */
  maxUses: number | null;
}

const tokens = (schoolId: string) => `${V1}/schools/${encodeURIComponent(schoolId)}/enrolment-tokens`;

export const listEnrolmentTokens = (schoolId: string, signal?: AbortSignal) =>
  api<{ tokens: EnrolmentToken[] }>(tokens(schoolId), signal ? { signal } : {});
/** The answer carries the secret token: the only time it is ever sent. */
export const createEnrolmentToken = (schoolId: string, input: NewEnrolmentToken) =>
  api<{ id: string; token: string; expiresAt: string }>(tokens(schoolId), { body: input });
export const revokeEnrolmentToken = (schoolId: string, tokenId: string) =>
  api<{ revoked: string }>(`${tokens(schoolId)}/${encodeURIComponent(tokenId)}/revoke`, {
    method: 'POST',
    body: {},
  });

/** How the server publishes the Chrome extension (packages/server/src/features/agent-update). */
export interface ChromeAgent {
  /** null when the server has no built extension to serve */
  extensionId: string | null;
  version: string | null;
  updateUrl: string;
  serverUrl: string;
  unavailable: string | null;
}

export const getChromeAgent = (signal?: AbortSignal) =>
  api<ChromeAgent>(`${V1}/agent/chrome`, signal ? { signal } : {});
