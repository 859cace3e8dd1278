import { deviceService } from '@vigil/server';
import { adminNoun, positiveInt, print, printTable, scopeOf } from './shared.js';

const DAY = 24 * 60 * 60 * 1000;
const when = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export const enrolmentTokenAdmin = adminNoun('enrolment tokens agents exchange for a device credential', {
  create: {
    summary: 'create a token (shown once; only its hash is stored); expires after --days (default 7)',
    options: { organisation: 'id', school: 'id', label: 'text', days: 'n', 'max-uses': 'n' },
    required: ['organisation', 'school'],
    async run(values, database) {
      const days = positiveInt(values, 'days') ?? 7;
      const { token, row } = await deviceService(database.db).createEnrolmentToken(scopeOf(values), {
        label: String(values.label ?? 'created with vigil admin'),
        ttlMs: days * DAY,
        maxUses: positiveInt(values, 'max-uses') ?? null,
        createdBy: 'cli',
      });
      print({ id: row.id, token, expires: when(row.expires_at), max_uses: row.max_uses ?? 'unlimited' });
      process.stderr.write(
        'The token is shown only this once. Give it to the agent (policy or setup page).\n',
      );
    },
  },
  list: {
    summary: "list a school's enrolment tokens",
    options: { organisation: 'id', school: 'id' },
    required: ['organisation', 'school'],
    async run(values, database) {
      const tokens = await deviceService(database.db).listEnrolmentTokens(scopeOf(values));
      printTable(
        tokens.map((t) => ({
          id: t.id,
          label: t.label,
          uses: t.uses,
          max_uses: t.max_uses ?? '',
          expires: when(t.expires_at),
          revoked: when(t.revoked_at),
        })),
      );
    },
  },
  revoke: {
    summary: 'revoke a token so no more devices can enrol with it',
    options: { organisation: 'id', school: 'id', id: 'token id' },
    required: ['organisation', 'school', 'id'],
    async run(values, database) {
      await deviceService(database.db).revokeEnrolmentToken(scopeOf(values), String(values.id), 'cli');
      print({ revoked: values.id });
    },
  },
});

export const deviceAdmin = adminNoun('enrolled devices', {
  list: {
    summary: "list a school's devices with their agent health",
    options: { organisation: 'id', school: 'id' },
    required: ['organisation', 'school'],
    async run(values, database) {
      const devices = await deviceService(database.db).listDevices(scopeOf(values));
      printTable(
        devices.map((d) => ({
          id: d.id,
          name: d.name,
          platform: d.platform,
          agent: `${d.agent_kind} ${d.agent_version}`,
          rules: d.rules_version ?? '',
          queue: d.queue_length ?? '',
          last_seen: when(d.last_seen_at),
          revoked: when(d.revoked_at),
        })),
      );
    },
  },
  revoke: {
    summary: "revoke a device's credential (its agent gets 403 from then on)",
    options: { organisation: 'id', school: 'id', id: 'device id' },
    required: ['organisation', 'school', 'id'],
    async run(values, database) {
      await deviceService(database.db).revokeDevice(scopeOf(values), String(values.id), 'cli');
      print({ revoked: values.id });
    },
  },
});
