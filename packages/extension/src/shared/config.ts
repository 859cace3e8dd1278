/**
 * The extension's configuration. A school sets it by enterprise policy (chrome.storage.managed,
 * described by managed_schema.json); a manual install sets it on the setup page. Policy wins.
 */
export interface AgentConfig {
  serverUrl?: string;
  enrolmentToken?: string;
  school?: string;
  primaryProtection?: boolean;
  /** used when the browser profile is not signed in */
  userEmail?: string;
  /** what the device is called on the console */
  deviceName?: string;
}

const STRING_KEYS = ['serverUrl', 'enrolmentToken', 'school', 'userEmail', 'deviceName'] as const;

/** Keeps only known, well-typed settings. */
export function sanitiseConfig(raw: unknown): AgentConfig {
  if (!raw || typeof raw !== 'object') return {};
  const input = raw as Record<string, unknown>;
  const out: AgentConfig = {};
  for (const key of STRING_KEYS) {
    const value = input[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  if (typeof input.primaryProtection === 'boolean') out.primaryProtection = input.primaryProtection;
  if (out.serverUrl) out.serverUrl = out.serverUrl.replace(/\/+$/, '');
  return out;
}

/** Managed (policy) settings override the setup page's, field by field. */
export function mergeConfig(managed: AgentConfig, local: AgentConfig): AgentConfig {
  return { ...local, ...managed };
}
