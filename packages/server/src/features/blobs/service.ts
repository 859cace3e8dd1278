import { randomBytes, randomUUID } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { BlobTable } from '../../db/ingest-tables.js';
import type { Db } from '../../db/open.js';
import { open, seal } from './crypto.js';
import type { BlobStorage } from './storage.js';

export type BlobKind = 'screenshot' | 'thumbnail';

/**
 * Encrypted blobs. Writing is two steps so that nothing is half-stored: `write` encrypts and stores
 * the object and returns the row to insert, which the caller inserts in the same transaction as the
 * record that refers to it. An object whose row never committed is an orphan; `sweepOrphans` deletes
 * it once it is older than the grace period.
 */
export function blobService(storage: BlobStorage, masterKey: Buffer) {
  const keys = new Map<string, Buffer>();

  async function schoolKey(db: Db, schoolId: string): Promise<Buffer> {
    const cached = keys.get(schoolId);
    if (cached) return cached;
    let row = await db
      .selectFrom('school_keys')
      .select('wrapped_key')
      .where('school_id', '=', schoolId)
      .executeTakeFirst();
    if (!row) {
      const wrapped = seal(masterKey, randomBytes(32), `school-key:${schoolId}`).toString('base64');
      // Two processes may race here: the first insert wins and both use the stored key.
      await db
        .insertInto('school_keys')
        .values({ school_id: schoolId, wrapped_key: wrapped, created_at: Date.now() })
        .onConflict((oc) => oc.column('school_id').doNothing())
        .execute();
      row = await db
        .selectFrom('school_keys')
        .select('wrapped_key')
        .where('school_id', '=', schoolId)
        .executeTakeFirstOrThrow();
    }
    const key = open(masterKey, Buffer.from(row.wrapped_key, 'base64'), `school-key:${schoolId}`);
    keys.set(schoolId, key);
    return key;
  }

  const storageKey = (schoolId: string, kind: BlobKind, id: string) => `${kind}/${schoolId}/${id}`;

  return {
    storage,
    schoolKey,

    /** Encrypts and stores; the returned row must be inserted by the caller's transaction. */
    async write(
      db: Db,
      input: { schoolId: string; kind: BlobKind; contentType: string; data: Buffer; now: number },
    ): Promise<Insertable<BlobTable> & { id: string; storage_key: string }> {
      const id = randomUUID();
      const key = await schoolKey(db, input.schoolId);
      const row = {
        id,
        school_id: input.schoolId,
        kind: input.kind,
        storage_key: storageKey(input.schoolId, input.kind, id),
        content_type: input.contentType,
        size: input.data.length,
        created_at: input.now,
      };
      await storage.put(row.storage_key, seal(key, input.data, `blob:${id}`));
      return row;
    },

    /** The decrypted blob of that school, or undefined (never another school's). */
    async read(
      db: Db,
      schoolId: string,
      blobId: string,
    ): Promise<{ contentType: string; data: Buffer } | undefined> {
      const row = await db
        .selectFrom('blobs')
        .selectAll()
        .where('school_id', '=', schoolId)
        .where('id', '=', blobId)
        .executeTakeFirst();
      if (!row) return undefined;
      const sealed = await storage.get(row.storage_key);
      if (!sealed) return undefined;
      return {
        contentType: row.content_type,
        data: open(await schoolKey(db, schoolId), sealed, `blob:${row.id}`),
      };
    },

    /** Deletes the rows now; the objects are removed straight after (an object left behind is swept). */
    async deleteRows(db: Db, schoolId: string, blobIds: string[]): Promise<string[]> {
      if (blobIds.length === 0) return [];
      const rows = await db
        .deleteFrom('blobs')
        .where('school_id', '=', schoolId)
        .where('id', 'in', blobIds)
        .returning('storage_key')
        .execute();
      return rows.map((r) => r.storage_key);
    },

    async deleteObjects(storageKeys: string[]): Promise<void> {
      for (const key of storageKeys) await storage.delete(key);
    },

    /** Deletes stored objects with no committed row that are older than `graceMs`. */
    async sweepOrphans(db: Db, options: { now: number; graceMs: number }): Promise<number> {
      let removed = 0;
      let batch: string[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const known = new Set(
          (
            await db.selectFrom('blobs').select('storage_key').where('storage_key', 'in', batch).execute()
          ).map((r) => r.storage_key),
        );
        for (const key of batch) {
          if (!known.has(key)) {
            await storage.delete(key);
            removed++;
          }
        }
        batch = [];
      };
      for (const kind of ['screenshot', 'thumbnail'] as const) {
        for await (const item of storage.list(`${kind}/`)) {
          if (item.modifiedAt > options.now - options.graceMs) continue;
          batch.push(item.key);
          if (batch.length >= 200) await flush();
        }
      }
      await flush();
      return removed;
    },
  };
}

export type BlobService = ReturnType<typeof blobService>;
