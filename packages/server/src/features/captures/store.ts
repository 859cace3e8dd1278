import type { Selectable } from 'kysely';
import type { CaptureTable } from '../../db/ingest-tables.js';
import type { Db } from '../../db/open.js';

export type CaptureRow = Selectable<CaptureTable>;

/** Capture reads (scoped by school) and maintenance; inserts go through the group-commit writer. */
export function captureStore(db: Db) {
  return {
    /** Who owns each of these ids already (for telling a retry from a clash). */
    async owners(ids: string[]): Promise<Map<string, { device_id: string; received_at: number }>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('captures')
        .select(['id', 'device_id', 'received_at'])
        .where('id', 'in', ids)
        .execute();
      return new Map(rows.map((r) => [r.id, { device_id: r.device_id, received_at: r.received_at }]));
    },
    get(schoolId: string, id: string): Promise<CaptureRow | undefined> {
      return db
        .selectFrom('captures')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
    /** Newest first; keyset paging on (received_at, id). */
    list(schoolId: string, options: { limit?: number; before?: { receivedAt: number; id: string } } = {}) {
      let query = db.selectFrom('captures').selectAll().where('school_id', '=', schoolId);
      const before = options.before;
      if (before) {
        query = query.where((eb) =>
          eb.or([
            eb('received_at', '<', before.receivedAt),
            eb.and([eb('received_at', '=', before.receivedAt), eb('id', '<', before.id)]),
          ]),
        );
      }
      return query
        .orderBy('received_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit ?? 100)
        .execute();
    },
    async count(schoolId?: string): Promise<number> {
      let query = db.selectFrom('captures').select((eb) => eb.fn.countAll<number>().as('n'));
      if (schoolId) query = query.where('school_id', '=', schoolId);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async setThumbnail(schoolId: string, id: string, blobId: string): Promise<void> {
      await db
        .updateTable('captures')
        .set({ thumbnail_blob_id: blobId })
        .where('school_id', '=', schoolId)
        .where('id', '=', id)
        .execute();
    },
    /** Captures received before `cutoff` and not linked to an incident (oldest first). */
    expired(schoolId: string, cutoff: number, limit: number) {
      return db
        .selectFrom('captures')
        .select(['id', 'screenshot_blob_id', 'thumbnail_blob_id'])
        .where('school_id', '=', schoolId)
        .where('received_at', '<', cutoff)
        .where('incident_id', 'is', null)
        .orderBy('received_at')
        .limit(limit)
        .execute();
    },
    async deleteByIds(schoolId: string, ids: string[]): Promise<number> {
      if (ids.length === 0) return 0;
      const result = await db
        .deleteFrom('captures')
        .where('school_id', '=', schoolId)
        .where('id', 'in', ids)
        .where('incident_id', 'is', null)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type CaptureStore = ReturnType<typeof captureStore>;
