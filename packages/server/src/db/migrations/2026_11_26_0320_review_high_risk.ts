import { type Kysely, sql } from 'kysely';

// The Activity page's "new high-risk captures": a small partial index of the unreviewed captures of
// severity 4 and 5, newest first, so the query never reads the whole queue. And a time index that
// also carries the common Logs filters, so a newest-first walk across many schools checks them in
// the index and reads only the rows of the page.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index review_items_new_high on review_items (severity, occurred_at) where status = 'new' and severity >= 4`.execute(
    db,
  );
  await db.schema
    .createIndex('review_items_time_filters')
    .on('review_items')
    .columns(['occurred_at', 'capture_id', 'school_id', 'status', 'category', 'severity', 'source'])
    .execute();
}
