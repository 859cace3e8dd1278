import type { Kysely } from 'kysely';

// Two indexes of the first captures schema that no query reads: the console's lists, filters and
// people's timelines read the review read model (review_items), never captures by severity or by
// person. Each cost every capture insert an index page to write and checkpoint (about 3 us of the
// SQLite writer thread's CPU per capture, and a WAL frame per commit). Dropping them breaks no
// running install: no code of any release queries through them.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('captures_school_severity_received').ifExists().execute();
  await db.schema.dropIndex('captures_school_person_received').ifExists().execute();
}
