import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { detectionsOf, reader } from './foreign.js';
import { type CaptureFacts, projectCaptures } from './projector.js';

type Handle = Kysely<Database> | Transaction<Database>;

const WATERMARK = 'review.projected_received_at';
/** How far behind the watermark to look again: a capture may commit after a later-received one. */
const OVERLAP_MS = 120_000;

/**
 * Projects captures stored since the last run into the review read model and the Activity
 * summaries. Idempotent and safe to run from several processes (PostgreSQL: an advisory lock).
 * Returns the ids projected now, for the alert check.
 */
export async function syncReviewItems(db: Handle, batch = 500): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    const isPostgres = await dialectIsPostgres(trx);
    if (isPostgres) await sql`select pg_advisory_xact_lock(61706)`.execute(trx);
    const meta = await trx
      .selectFrom('vigil_meta')
      .select('value')
      .where('key', '=', WATERMARK)
      .executeTakeFirst();
    const watermark = Number(meta?.value ?? 0);
    const r = reader(trx);
    const rows = await r
      .selectFrom('captures as c')
      .leftJoin('people as p', 'p.id', 'c.person_id')
      .select([
        'c.id',
        'c.school_id',
        'c.person_id',
        'c.device_id',
        'c.source',
        'c.occurred_at',
        'c.received_at',
        'c.agent_detections',
        'c.server_detections',
        'p.kind as person_kind',
      ])
      .where('c.received_at', '>=', watermark - OVERLAP_MS)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('review_items as r').select('r.capture_id').whereRef('r.capture_id', '=', 'c.id'),
          ),
        ),
      )
      .orderBy('c.received_at')
      .limit(batch)
      .execute();
    if (rows.length === 0) return [];
    const personIds = [...new Set(rows.map((row) => row.person_id).filter((p): p is string => !!p))];
    const groups = new Map<string, string>();
    if (personIds.length) {
      const members = await r
        .selectFrom('group_members')
        .select(['person_id', 'group_id'])
        .where('person_id', 'in', personIds)
        .orderBy('group_id')
        .execute();
      for (const m of members) if (!groups.has(m.person_id)) groups.set(m.person_id, m.group_id);
    }
    const facts: CaptureFacts[] = rows.map((row) => ({
      captureId: row.id,
      schoolId: row.school_id,
      personId: row.person_id,
      subjectKind: row.person_kind === 'staff' ? 'staff' : row.person_id ? 'pupil' : null,
      groupId: row.person_id ? (groups.get(row.person_id) ?? null) : null,
      deviceId: row.device_id,
      source: row.source,
      occurredAt: Number(row.occurred_at),
      receivedAt: Number(row.received_at),
      detections: detectionsOf(row).map((d) => ({
        category: d.category,
        severity: d.severity,
        rule: d.rule,
        match: d.match,
      })),
    }));
    const projected = await projectCaptures(trx, facts);
    const newest = Math.max(watermark, ...rows.map((row) => Number(row.received_at)));
    await trx
      .insertInto('vigil_meta')
      .values({ key: WATERMARK, value: String(newest) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(newest) }))
      .execute();
    return projected;
  });
}

async function dialectIsPostgres(db: Handle): Promise<boolean> {
  const adapter = db.getExecutor().adapter;
  return adapter.constructor.name.toLowerCase().includes('postgres');
}
