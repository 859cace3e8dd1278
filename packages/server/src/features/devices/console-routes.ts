import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import { appendAudit } from '../audit/index.js';
import { requireAuth } from '../auth/guard.js';
import { tenancyService } from '../tenancy/service.js';
import { deviceService } from './service.js';
import { isSilent } from './silence.js';
import { deviceStore } from './store.js';

const SchoolParams = z.object({ schoolId: z.uuid() });
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const Device = z.object({
  id: z.string(),
  name: z.string(),
  platform: z.string(),
  agent: z.object({ kind: z.string(), version: z.string() }),
  rulesVersion: z.string().nullable(),
  queueLength: z.number().nullable(),
  lastSeenAt: z.string().nullable(),
  /** No heartbeat for a day: the extension may have been removed or disabled. */
  silent: z.boolean(),
  enrolledAt: z.string(),
  revokedAt: z.string().nullable(),
  /**
   * Who last accepted the acceptable-use prompt on the device. Only for users who may see people
   * (`people.view` at the school): a technician never gets this field.
   */
  person: z.string().nullable().optional(),
});

const EnrolmentToken = z.object({
  id: z.string(),
  label: z.string(),
  uses: z.number(),
  maxUses: z.number().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
});

const DAY = 24 * 60 * 60 * 1000;

/**
 * The console's device administration: list devices (`devices.view`), enrolment tokens and device
 * revocation (`devices.manage`). The school comes from the path; the organisation from the signed-in
 * user, so a school of another organisation is simply not found.
 */
export function deviceConsoleRoutes(app: FastifyInstance, deps: { db: Db; now: () => number }): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/console/v1/schools/:schoolId';
  const scopeOf = (request: Parameters<typeof requireAuth>[0], schoolId: string) => ({
    organisationId: requireAuth(request).user.organisation_id,
    schoolId,
  });
  const service = (db: Db) => deviceService(db, { now: deps.now, audit: appendAudit });

  api.get(
    '/api/console/v1/device-schools',
    {
      config: { permission: 'devices.view' },
      schema: {
        response: { 200: z.object({ schools: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const allowed = new Set(auth.access.schoolsWith('devices.view'));
      const schools = await tenancyService(deps.db, deps.now).store.listSchools(auth.user.organisation_id);
      return {
        schools: schools.filter((s) => allowed.has(s.id)).map((s) => ({ id: s.id, name: s.name })),
      };
    },
  );

  api.get(
    `${base}/devices`,
    {
      config: { permission: 'devices.view' },
      schema: { params: SchoolParams, response: { 200: z.object({ devices: z.array(Device) }) } },
    },
    async (request) => {
      const { schoolId } = request.params;
      const devices = await service(deps.db).listDevices(scopeOf(request, schoolId));
      // Deny by default: the person behind a device is shown only with `people.view` here.
      const people = requireAuth(request).access.can('people.view', schoolId)
        ? await deviceStore(deps.db).lastPersonByDevice(schoolId)
        : undefined;
      return {
        devices: devices.map((d) => ({
          id: d.id,
          name: d.name,
          platform: d.platform,
          agent: { kind: d.agent_kind, version: d.agent_version },
          rulesVersion: d.rules_version,
          queueLength: d.queue_length,
          lastSeenAt: iso(d.last_seen_at),
          silent: isSilent(d, deps.now()),
          enrolledAt: iso(d.enrolled_at)!,
          revokedAt: iso(d.revoked_at),
          ...(people ? { person: people.get(d.id) ?? null } : {}),
        })),
      };
    },
  );

  api.post(
    `${base}/devices/:deviceId/revoke`,
    {
      config: { permission: 'devices.manage' },
      schema: {
        params: SchoolParams.extend({ deviceId: z.uuid() }),
        response: { 200: z.object({ revoked: z.string() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await service(deps.db).revokeDevice(
        scopeOf(request, request.params.schoolId),
        request.params.deviceId,
        auth.user.id,
      );
      return { revoked: request.params.deviceId };
    },
  );

  api.get(
    `${base}/enrolment-tokens`,
    {
      config: { permission: 'devices.manage' },
      schema: { params: SchoolParams, response: { 200: z.object({ tokens: z.array(EnrolmentToken) }) } },
    },
    async (request) => {
      const tokens = await service(deps.db).listEnrolmentTokens(scopeOf(request, request.params.schoolId));
      return {
        tokens: tokens.map((t) => ({
          id: t.id,
          label: t.label,
          uses: t.uses,
          maxUses: t.max_uses,
          createdAt: iso(t.created_at)!,
          expiresAt: iso(t.expires_at)!,
          revokedAt: iso(t.revoked_at),
        })),
      };
    },
  );

  api.post(
    `${base}/enrolment-tokens`,
    {
      config: { permission: 'devices.manage' },
      schema: {
        params: SchoolParams,
        body: z.object({
          label: z.string().min(1).max(200),
          days: z.number().int().min(1).max(365).default(7),
          maxUses: z.number().int().min(1).nullable().default(null),
        }),
        response: { 200: z.object({ id: z.string(), token: z.string(), expiresAt: z.string() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { token, row } = await service(deps.db).createEnrolmentToken(
        scopeOf(request, request.params.schoolId),
        {
          label: request.body.label,
          ttlMs: request.body.days * DAY,
          maxUses: request.body.maxUses,
          createdBy: auth.user.id,
        },
      );
      return { id: row.id, token, expiresAt: iso(row.expires_at)! };
    },
  );

  api.post(
    `${base}/enrolment-tokens/:tokenId/revoke`,
    {
      config: { permission: 'devices.manage' },
      schema: {
        params: SchoolParams.extend({ tokenId: z.uuid() }),
        response: { 200: z.object({ revoked: z.string() }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      await service(deps.db).revokeEnrolmentToken(
        scopeOf(request, request.params.schoolId),
        request.params.tokenId,
        auth.user.id,
      );
      return { revoked: request.params.tokenId };
    },
  );
}
