import { randomUUID } from 'node:crypto';
import type { DeviceInfo } from '@vigil/protocol';
import type { Db } from '../../db/open.js';
import { badRequest, HttpError, notFound, unauthorized } from '../../http/errors.js';
import { type SchoolScope, tenancyService } from '../tenancy/service.js';
import { announceCredentialRevoked, onCredentialRevoked } from './revocations.js';
import { DEVICE_CREDENTIAL_PREFIX, ENROLMENT_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.js';
import { type DeviceRow, deviceStore, type EnrolmentTokenRow } from './store.js';

/** Who is calling the agent API: fixed by the device credential, never by the request body. */
export interface DeviceContext {
  deviceId: string;
  schoolId: string;
  organisationId: string;
}

/** Records an audit entry in the same transaction as the work it records (features/audit). */
export type AuditAppend = (
  db: Db,
  entry: {
    at: number;
    actor: string;
    action: string;
    organisationId?: string | null;
    schoolId?: string | null;
    subjectType?: string | null;
    subjectId?: string | null;
    details?: Record<string, unknown>;
  },
) => Promise<unknown>;

export const DEFAULT_TOKEN_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const revoked = (what: string) => new HttpError(403, 'credential_revoked', `this ${what} has been revoked`);

/**
 * Enrolment tokens, devices and their credentials. Built from a database handle; the functions that
 * change several rows open their own transaction (a transaction handle nests as itself).
 */
export function deviceService(db: Db, options: { now?: () => number; audit?: AuditAppend } = {}) {
  const now = options.now ?? Date.now;
  const store = deviceStore(db);
  const audit: AuditAppend = options.audit ?? (async () => undefined);
  const inTransaction = <T>(work: (trx: Db) => Promise<T>): Promise<T> =>
    db.isTransaction ? work(db) : db.transaction().execute((trx) => work(trx));

  return {
    store,

    async createEnrolmentToken(
      scope: SchoolScope,
      input: { label: string; ttlMs?: number; maxUses?: number | null; createdBy: string },
    ): Promise<{ token: string; row: EnrolmentTokenRow }> {
      await tenancyService(db, now).school(scope);
      const ttl = input.ttlMs ?? DEFAULT_TOKEN_TTL_MS;
      if (!(ttl > 0)) throw badRequest('ttl: must be positive');
      if (input.maxUses != null && !(Number.isInteger(input.maxUses) && input.maxUses > 0)) {
        throw badRequest('maxUses: must be a whole number >= 1');
      }
      const token = newSecret(ENROLMENT_TOKEN_PREFIX);
      const at = now();
      const row: EnrolmentTokenRow = {
        id: randomUUID(),
        school_id: scope.schoolId,
        token_hash: hashSecret(token),
        label: input.label,
        created_by: input.createdBy,
        created_at: at,
        expires_at: at + ttl,
        revoked_at: null,
        max_uses: input.maxUses ?? null,
        uses: 0,
      };
      await inTransaction(async (trx) => {
        await deviceStore(trx).insertToken(row);
        await audit(trx, {
          at,
          actor: input.createdBy,
          action: 'enrolment-token.create',
          organisationId: scope.organisationId,
          schoolId: scope.schoolId,
          subjectType: 'enrolment-token',
          subjectId: row.id,
          details: { label: row.label, expiresAt: row.expires_at, maxUses: row.max_uses },
        });
      });
      return { token, row };
    },

    async listEnrolmentTokens(scope: SchoolScope): Promise<EnrolmentTokenRow[]> {
      await tenancyService(db, now).school(scope);
      return store.listTokens(scope.schoolId);
    },

    async revokeEnrolmentToken(scope: SchoolScope, tokenId: string, actor: string): Promise<void> {
      await tenancyService(db, now).school(scope);
      await inTransaction(async (trx) => {
        const at = now();
        if (!(await deviceStore(trx).revokeToken(scope.schoolId, tokenId, at))) {
          throw notFound(`no live enrolment token ${tokenId} in this school`, 'token_not_found');
        }
        await audit(trx, {
          at,
          actor,
          action: 'enrolment-token.revoke',
          organisationId: scope.organisationId,
          schoolId: scope.schoolId,
          subjectType: 'enrolment-token',
          subjectId: tokenId,
        });
      });
    },

    /** Exchanges an enrolment token and the device's details for a device and its credential. */
    async enrol(
      token: string,
      device: DeviceInfo,
    ): Promise<{ device: DeviceRow; credential: string; school: { id: string; name: string } }> {
      const found = await store.findTokenByHash(hashSecret(token));
      if (!found) throw unauthorized('unknown enrolment token', 'invalid_enrolment_token');
      return inTransaction(async (trx) => {
        const at = now();
        const tx = deviceStore(trx);
        if (!(await tx.useToken(found.id, at))) {
          throw new HttpError(
            403,
            'enrolment_token_unusable',
            'this enrolment token has expired, been revoked or used up',
          );
        }
        const school = await tenancyService(trx, now).store.getSchoolById(found.school_id);
        if (!school) throw unauthorized('unknown enrolment token', 'invalid_enrolment_token');
        const credential = newSecret(DEVICE_CREDENTIAL_PREFIX);
        const row: DeviceRow = {
          id: randomUUID(),
          school_id: found.school_id,
          name: device.name,
          platform: device.platform,
          serial: device.serial ?? null,
          agent_kind: device.agent.kind,
          agent_version: device.agent.version,
          rules_version: null,
          queue_length: null,
          last_seen_at: at,
          credential_hash: hashSecret(credential),
          credential_rotated_at: at,
          enrolment_token_id: found.id,
          enrolled_at: at,
          revoked_at: null,
        };
        await tx.insertDevice(row);
        await audit(trx, {
          at,
          actor: `device:${row.id}`,
          action: 'device.enrol',
          organisationId: school.organisation_id,
          schoolId: school.id,
          subjectType: 'device',
          subjectId: row.id,
          details: { name: row.name, platform: row.platform, enrolmentTokenId: found.id },
        });
        return { device: row, credential, school: { id: school.id, name: school.name } };
      });
    },

    /** The device behind a bearer credential: 401 when unknown, 403 when revoked. */
    async authenticate(credential: string | undefined): Promise<DeviceContext> {
      if (!credential) throw unauthorized('send the device credential as Authorization: Bearer <credential>');
      const row = await store.findDeviceByCredentialHash(hashSecret(credential));
      if (!row) throw unauthorized('unknown device credential', 'invalid_credential');
      if (row.revoked_at !== null) throw revoked('device');
      return { deviceId: row.id, schoolId: row.school_id, organisationId: row.organisation_id };
    },

    /** A new secret for the device; the old one stops working at once. */
    async rotateCredential(device: DeviceContext): Promise<string> {
      const credential = newSecret(DEVICE_CREDENTIAL_PREFIX);
      await inTransaction(async (trx) => {
        const at = now();
        if (
          !(await deviceStore(trx).setCredential(
            device.schoolId,
            device.deviceId,
            hashSecret(credential),
            at,
          ))
        ) {
          throw revoked('device');
        }
        await audit(trx, {
          at,
          actor: `device:${device.deviceId}`,
          action: 'device.rotate-credential',
          organisationId: device.organisationId,
          schoolId: device.schoolId,
          subjectType: 'device',
          subjectId: device.deviceId,
        });
      });
      announceCredentialRevoked(device.deviceId);
      return credential;
    },

    async revokeDevice(scope: SchoolScope, deviceId: string, actor: string): Promise<void> {
      await tenancyService(db, now).school(scope);
      await inTransaction(async (trx) => {
        const at = now();
        if (!(await deviceStore(trx).revokeDevice(scope.schoolId, deviceId, at))) {
          throw notFound(`no enrolled device ${deviceId} in this school`, 'device_not_found');
        }
        await audit(trx, {
          at,
          actor,
          action: 'device.revoke',
          organisationId: scope.organisationId,
          schoolId: scope.schoolId,
          subjectType: 'device',
          subjectId: deviceId,
        });
      });
      // This process's credential caches forget the device now (forgetting is always safe, even
      // if an enclosing transaction were to roll back).
      announceCredentialRevoked(deviceId);
    },

    async listDevices(scope: SchoolScope): Promise<DeviceRow[]> {
      await tenancyService(db, now).school(scope);
      return store.listDevices(scope.schoolId);
    },

    async heartbeat(
      device: DeviceContext,
      beat: { agentVersion: string; rulesVersion: string; queueLength: number },
    ): Promise<void> {
      await store.recordHeartbeat(device.schoolId, device.deviceId, beat, now());
    },
  };
}

export type DeviceService = ReturnType<typeof deviceService>;

/**
 * Device authentication with a short in-memory cache (hot path of every agent request). A device
 * revoked or rotated in this process (console, CLI, this API) is refused at once: the cache forgets
 * it (`revocations.ts`); a revocation made in another process takes effect within `ttlMs`.
 *
 * The cache is keyed by the credential itself, so a hit costs one Map lookup instead of a sha256:
 * the bearer header already holds it in this process's memory, and only successful lookups are kept
 * (an unknown or revoked credential always goes to the database).
 */
export function cachedAuthenticator(
  devices: DeviceService,
  options: { ttlMs?: number; now?: () => number } = {},
) {
  const ttl = options.ttlMs ?? 2000;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { context: DeviceContext; until: number }>();
  // Bumped by every revocation: a lookup that was in flight across one is answered but not cached
  // (it may have read the device before the revocation committed).
  let revocations = 0;
  const forgetDevice = (deviceId: string): void => {
    revocations++;
    for (const [key, entry] of cache) if (entry.context.deviceId === deviceId) cache.delete(key);
  };
  const unsubscribe = onCredentialRevoked(forgetDevice);
  /** The cached device of a credential still within its TTL (no promise: the agent routes' hot path). */
  const cached = (credential: string | undefined): DeviceContext | undefined => {
    const hit = credential ? cache.get(credential) : undefined;
    return hit && hit.until > now() ? hit.context : undefined;
  };
  return {
    cached,
    async authenticate(credential: string | undefined): Promise<DeviceContext> {
      if (!credential) return devices.authenticate(credential);
      const hit = cached(credential);
      if (hit) return hit;
      const seen = revocations;
      const context = await devices.authenticate(credential);
      if (seen !== revocations) return context;
      if (cache.size >= 10_000) cache.clear();
      cache.set(credential, { context, until: now() + ttl });
      return context;
    },
    /** Stops listening for revocations (the app closes it). */
    close(): void {
      unsubscribe();
    },
  };
}
