import type { Insertable, Selectable } from 'kysely';
import type { DeviceTable, EnrolmentTokenTable } from '../../db/ingest-tables.js';
import type { Db } from '../../db/open.js';

export type DeviceRow = Selectable<DeviceTable>;
export type EnrolmentTokenRow = Selectable<EnrolmentTokenTable>;

/** Devices and enrolment tokens; every listing and change is scoped by school. */
export function deviceStore(db: Db) {
  return {
    async insertToken(row: Insertable<EnrolmentTokenTable>): Promise<void> {
      await db.insertInto('enrolment_tokens').values(row).execute();
    },
    findTokenByHash(hash: string): Promise<EnrolmentTokenRow | undefined> {
      return db.selectFrom('enrolment_tokens').selectAll().where('token_hash', '=', hash).executeTakeFirst();
    },
    listTokens(schoolId: string): Promise<EnrolmentTokenRow[]> {
      return db
        .selectFrom('enrolment_tokens')
        .selectAll()
        .where('school_id', '=', schoolId)
        .orderBy('created_at', 'desc')
        .execute();
    },
    /** Takes one use of a live token; false when it was revoked, expired or used up meanwhile. */
    async useToken(id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('enrolment_tokens')
        .set((eb) => ({ uses: eb('uses', '+', 1) }))
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .where((eb) => eb.or([eb('max_uses', 'is', null), eb('uses', '<', eb.ref('max_uses'))]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revokeToken(schoolId: string, id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('enrolment_tokens')
        .set({ revoked_at: now })
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async insertDevice(row: Insertable<DeviceTable>): Promise<void> {
      await db.insertInto('devices').values(row).execute();
    },
    findDeviceByCredentialHash(hash: string) {
      return db
        .selectFrom('devices')
        .innerJoin('schools', 'schools.id', 'devices.school_id')
        .select(['devices.id', 'devices.school_id', 'devices.revoked_at', 'schools.organisation_id'])
        .where('devices.credential_hash', '=', hash)
        .executeTakeFirst();
    },
    getDevice(schoolId: string, deviceId: string): Promise<DeviceRow | undefined> {
      return db
        .selectFrom('devices')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', deviceId)
        .executeTakeFirst();
    },
    listDevices(schoolId: string): Promise<DeviceRow[]> {
      return db.selectFrom('devices').selectAll().where('school_id', '=', schoolId).orderBy('name').execute();
    },
    /**
     * Who last answered the acceptable-use prompt on each device of the school (the person using it),
     * from the agent's AUP events: the directory's name when the person was mapped, else what the
     * agent knew. Callers show it only to users who may see people (`people.view`).
     */
    async lastPersonByDevice(schoolId: string): Promise<Map<string, string>> {
      const latest = db
        .selectFrom('aup_events')
        .select(['device_id', (eb) => eb.fn.max('occurred_at').as('at')])
        .where('school_id', '=', schoolId)
        .groupBy('device_id')
        .as('latest');
      const rows = await db
        .selectFrom('aup_events as e')
        .innerJoin(latest, (join) =>
          join.onRef('latest.device_id', '=', 'e.device_id').onRef('latest.at', '=', 'e.occurred_at'),
        )
        .leftJoin('people as p', 'p.id', 'e.person_id')
        .select(['e.device_id', 'e.person_ref', 'p.display_name'])
        .where('e.school_id', '=', schoolId)
        .execute();
      const people = new Map<string, string>();
      for (const row of rows) {
        let name = row.display_name;
        if (!name && row.person_ref) {
          const ref = JSON.parse(row.person_ref) as {
            displayName?: string;
            email?: string;
            externalId?: string;
          };
          name = ref.displayName ?? ref.email ?? ref.externalId ?? null;
        }
        if (name) people.set(row.device_id, name);
      }
      return people;
    },
    async setCredential(schoolId: string, deviceId: string, hash: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('devices')
        .set({ credential_hash: hash, credential_rotated_at: now })
        .where('school_id', '=', schoolId)
        .where('id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async revokeDevice(schoolId: string, deviceId: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable('devices')
        .set({ revoked_at: now })
        .where('school_id', '=', schoolId)
        .where('id', '=', deviceId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async recordHeartbeat(
      schoolId: string,
      deviceId: string,
      beat: { agentVersion: string; rulesVersion: string; queueLength: number },
      now: number,
    ): Promise<void> {
      await db
        .updateTable('devices')
        .set({
          agent_version: beat.agentVersion,
          rules_version: beat.rulesVersion,
          queue_length: beat.queueLength,
          last_seen_at: now,
        })
        .where('school_id', '=', schoolId)
        .where('id', '=', deviceId)
        .execute();
    },
  };
}

export type DeviceStore = ReturnType<typeof deviceStore>;
