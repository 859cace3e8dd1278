import type { AupEvent } from '@vigil/protocol';
import type { Db } from '../../db/open.js';
import type { DeviceContext } from '../devices/service.js';
import { tenancyService } from '../tenancy/service.js';

/** AUP acceptance and decline events, idempotent on the agent's id like captures. */
export async function recordAupEvent(
  db: Db,
  device: DeviceContext,
  event: AupEvent,
  now: number,
): Promise<'created' | 'duplicate'> {
  const personId = await tenancyService(db).resolvePerson(device.schoolId, event.person);
  const inserted = await db
    .insertInto('aup_events')
    .values({
      id: event.id,
      school_id: device.schoolId,
      device_id: device.deviceId,
      person_id: personId,
      person_ref: event.person ? JSON.stringify(event.person) : null,
      aup_version: event.aupVersion,
      decision: event.decision,
      occurred_at: Date.parse(event.occurredAt),
      received_at: now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted ? 'created' : 'duplicate';
}
