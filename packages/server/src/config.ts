import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting Vigil reads, with its environment variable and default. The environment is read
 * here once; nothing else in the code base touches process.env.
 */
const settings = {
  port: { env: 'VIGIL_PORT', doc: 'HTTP port for the console and the agent API', default: '8080' },
  host: { env: 'VIGIL_HOST', doc: 'address to listen on', default: '0.0.0.0' },
  dataDir: {
    env: 'VIGIL_DATA_DIR',
    doc: 'folder for the SQLite database and local blobs',
    default: './data',
  },
  databaseUrl: {
    env: 'VIGIL_DATABASE_URL',
    doc: 'PostgreSQL connection URL; when unset, SQLite in the data folder is used',
    default: '',
  },
  publicUrl: {
    env: 'VIGIL_PUBLIC_URL',
    doc: 'the URL people use to reach the console (links in alert emails; Secure cookies when https)',
    default: 'http://localhost:8080',
  },
  role: {
    env: 'VIGIL_ROLE',
    doc: 'what this process runs: all, api (no background worker) or worker (the background worker and only GET /healthz)',
    default: 'all',
  },
  logLevel: { env: 'VIGIL_LOG_LEVEL', doc: 'fatal, error, warn, info, debug or silent', default: 'info' },
  masterKey: {
    env: 'VIGIL_MASTER_KEY',
    doc: 'base64 32-byte key that wraps each school data key; generated into the data folder when unset',
    default: '',
  },
  s3Endpoint: {
    env: 'VIGIL_S3_ENDPOINT',
    doc: 'S3-compatible endpoint URL; when unset, blobs are local files',
    default: '',
  },
  s3Bucket: { env: 'VIGIL_S3_BUCKET', doc: 'bucket for screenshots', default: 'vigil' },
  s3Region: { env: 'VIGIL_S3_REGION', doc: 'S3 region', default: 'us-east-1' },
  s3AccessKeyId: { env: 'VIGIL_S3_ACCESS_KEY_ID', doc: 'S3 access key id', default: '' },
  s3SecretAccessKey: { env: 'VIGIL_S3_SECRET_ACCESS_KEY', doc: 'S3 secret key', default: '' },
  smtpUrl: {
    env: 'VIGIL_SMTP_URL',
    doc: 'SMTP URL for alert emails (smtp://user:pass@host:port)',
    default: '',
  },
  mailFrom: { env: 'VIGIL_MAIL_FROM', doc: 'sender address of alert emails', default: 'vigil@localhost' },
  agentRateLimit: {
    env: 'VIGIL_AGENT_RATE_LIMIT',
    doc: 'agent API requests allowed per device per minute (then 429 with Retry-After)',
    default: '600',
  },
  agentSigningKey: {
    env: 'VIGIL_AGENT_SIGNING_KEY',
    doc: 'PEM file of the RSA key that signs the self-hosted Chrome extension (it fixes the extension id); generated into the data folder when unset',
    default: '',
  },
  agentExtensionDir: {
    env: 'VIGIL_AGENT_EXTENSION_DIR',
    doc: 'folder of the built Chrome extension served at /agent/chrome/; packages/extension/dist when unset',
    default: '',
  },
  workerIntervalMs: {
    env: 'VIGIL_WORKER_INTERVAL_MS',
    doc: 'how often the background worker polls for due jobs, in milliseconds',
    default: '1000',
  },
} as const;

export type SettingName = keyof typeof settings;
export const settingsTable = settings;

const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535),
  host: z.string().min(1),
  dataDir: z.string().min(1),
  databaseUrl: z.string().refine((v) => v === '' || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  publicUrl: z.string().url(),
  role: z.enum(['all', 'api', 'worker']),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  masterKey: z.string(),
  s3Endpoint: z.string(),
  s3Bucket: z.string(),
  s3Region: z.string(),
  s3AccessKeyId: z.string(),
  s3SecretAccessKey: z.string(),
  smtpUrl: z.string(),
  mailFrom: z.string(),
  agentRateLimit: z.coerce.number().int().min(1),
  workerIntervalMs: z.coerce.number().int().min(10),
  agentSigningKey: z.string(),
  agentExtensionDir: z.string(),
});

export type VigilConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Reads the configuration once; `overrides` (from command-line flags or tests) win over the environment. */
export function loadConfig(
  env: Record<string, string | undefined>,
  overrides: Partial<Record<SettingName, string | number>> = {},
): VigilConfig {
  const raw: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(settings)) {
    const override = overrides[name as SettingName];
    raw[name] = override ?? env[setting.env] ?? setting.default;
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]) as SettingName;
    throw new ConfigError(`${settings[name]?.env ?? name}: ${issue.message}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) };
}
