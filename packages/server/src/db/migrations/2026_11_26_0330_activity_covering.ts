import type { Kysely } from 'kysely';

// Covering indexes for the Activity summaries: the dashboard sums a range of days for some schools,
// and with every summed column in the index it reads the index alone, never the table rows.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('activity_daily_covering')
    .on('activity_daily')
    .columns(['school_id', 'day', 'category', 'severity', 'captures'])
    .execute();
  await db.schema
    .createIndex('activity_person_daily_covering')
    .on('activity_person_daily')
    .columns(['school_id', 'day', 'person_id', 'captures', 'risk'])
    .execute();
  await db.schema
    .createIndex('activity_term_daily_covering')
    .on('activity_term_daily')
    .columns(['school_id', 'day', 'term', 'captures'])
    .execute();
}
