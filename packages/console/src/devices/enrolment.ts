import type { EnrolmentToken, NewEnrolmentToken } from '../api/devices.js';

// What the enrolment section says and writes; pure, so it is tested without a browser.

export type TokenState = 'active' | 'expired' | 'used-up' | 'revoked';

export const TOKEN_STATE_LABELS: Record<TokenState, string> = {
  active: 'Active',
  expired: 'Expired',
  'used-up': 'Used up',
  revoked: 'Revoked',
};

/**
 * Whether devices can still enrol with a token, as the server decides it at enrolment: revoked
 * first (someone stopped it), then used up, then expired (at its expiry time it no longer works).
 */
export function tokenState(
  token: Pick<EnrolmentToken, 'revokedAt' | 'expiresAt' | 'uses' | 'maxUses'>,
  now: number,
): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.maxUses !== null && token.uses >= token.maxUses) return 'used-up';
  if (Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** "3 of 30", or "3 (no limit)". */
export function usesText(token: Pick<EnrolmentToken, 'uses' | 'maxUses'>): string {
  return token.maxUses === null ? `${token.uses} (no limit)` : `${token.uses} of ${token.maxUses}`;
}

export type TokenFormErrors = Partial<Record<'label' | 'days' | 'maxUses', string>>;

/** The server's limits (packages/server/src/features/devices/console-routes.ts). */
export const MAX_LABEL = 200;
export const MAX_DAYS = 365;

const WHOLE = /^\d+$/;

/** Checks the create form as typed; the server checks again and its message is shown if it refuses. */
export function validateTokenForm(input: {
  label: string;
  days: string;
  maxUses: string;
}): { ok: true; value: NewEnrolmentToken } | { ok: false; errors: TokenFormErrors } {
  const errors: TokenFormErrors = {};
  const label = input.label.trim();
  if (!label) errors.label = 'Enter a label, for example the room or trolley the devices are in.';
  else if (label.length > MAX_LABEL) errors.label = `Keep the label to ${MAX_LABEL} characters or fewer.`;
  const daysText = input.days.trim();
  const days = Number(daysText);
  if (!WHOLE.test(daysText) || days < 1 || days > MAX_DAYS) {
    errors.days = `Enter a whole number of days from 1 to ${MAX_DAYS}.`;
  }
  const maxText = input.maxUses.trim();
  const maxUses = maxText === '' ? null : Number(maxText);
  if (maxUses !== null && (!WHOLE.test(maxText) || maxUses < 1 || !Number.isSafeInteger(maxUses))) {
    errors.maxUses = 'Enter a whole number of devices, 1 or more, or leave it empty for no limit.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { label, days, maxUses } };
}

/** What the install instructions are built from. */
export interface InstallDetails {
  extensionId: string;
  updateUrl: string;
  serverUrl: string;
  token: string;
  school?: string;
}

/** The managed settings the extension reads (packages/extension/src/manifest.ts managedSchema). */
function managedSettings(d: InstallDetails): Record<string, string> {
  return {
    serverUrl: d.serverUrl,
    enrolmentToken: d.token,
    ...(d.school ? { school: d.school } : {}),
  };
}

/** An ExtensionInstallForcelist entry: "<extension id>;<update URL>". */
export function forcelistEntry(d: Pick<InstallDetails, 'extensionId' | 'updateUrl'>): string {
  return `${d.extensionId};${d.updateUrl}`;
}

/** The same as an ExtensionSettings entry. */
export function extensionSettings(d: Pick<InstallDetails, 'extensionId' | 'updateUrl'>): string {
  return JSON.stringify(
    { [d.extensionId]: { installation_mode: 'force_installed', update_url: d.updateUrl } },
    null,
    2,
  );
}

/** Google Admin console "Policy for extensions": each setting as { "Value": ... }. */
export function adminConsolePolicy(d: InstallDetails): string {
  const policy = Object.fromEntries(Object.entries(managedSettings(d)).map(([k, v]) => [k, { Value: v }]));
  return JSON.stringify(policy, null, 2);
}

/** A Chrome policy file for Linux (/etc/opt/chrome/policies/managed/vigil.json): install and settings. */
export function linuxPolicyFile(d: InstallDetails): string {
  return JSON.stringify(
    {
      ExtensionInstallForcelist: [forcelistEntry(d)],
      '3rdparty': { extensions: { [d.extensionId]: managedSettings(d) } },
    },
    null,
    2,
  );
}

const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * The same for Windows as a .reg file (machine policy). The force-install list is numbered: "1"
 * replaces an existing first entry, so use the next free number if there is one.
 */
export function windowsRegFile(d: InstallDetails): string {
  const chrome = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome';
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${chrome}\\ExtensionInstallForcelist]`,
    `"1"=${regString(forcelistEntry(d))}`,
    '',
    `[${chrome}\\3rdparty\\extensions\\${d.extensionId}\\policy]`,
    ...Object.entries(managedSettings(d)).map(([k, v]) => `${regString(k)}=${regString(v)}`),
    '',
  ].join('\r\n');
}

/** A token as created: the secret is known only now. */
export interface CreatedToken {
  id: string;
  label: string;
  token: string;
  expiresAt: string;
}

export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
