import type { Kysely } from 'kysely';

// Capture review (features/review): the append-only events, the read model the Logs page queries,
// and the Activity summaries maintained as captures arrive.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review_items')
    .addColumn('capture_id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('subject_kind', 'text')
    .addColumn('group_id', 'text')
    .addColumn('device_id', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('detected_category', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('rule', 'text')
    .addColumn('terms', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('grade', 'integer')
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .execute();
  const indexes: [string, string[]][] = [
    ['review_items_school_time', ['school_id', 'occurred_at', 'capture_id']],
    ['review_items_school_status', ['school_id', 'status', 'occurred_at', 'capture_id']],
    ['review_items_school_category', ['school_id', 'category', 'occurred_at', 'capture_id']],
    ['review_items_school_severity', ['school_id', 'severity', 'occurred_at', 'capture_id']],
    ['review_items_person', ['person_id', 'occurred_at', 'capture_id']],
    ['review_items_device', ['device_id', 'occurred_at', 'capture_id']],
    ['review_items_group', ['group_id', 'occurred_at', 'capture_id']],
    ['review_items_time', ['occurred_at', 'capture_id']],
    ['review_items_rule_status', ['rule', 'status']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('review_items').columns(columns).execute();
  }

  // The projector finds captures stored since its last run by time received.
  await db.schema.createIndex('review_captures_received').on('captures').column('received_at').execute();

  await db.schema
    .createTable('capture_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('capture_id', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('status_before', 'text', (c) => c.notNull())
    .addColumn('status_after', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('capture_events_capture_n')
    .on('capture_events')
    .columns(['capture_id', 'n'])
    .unique()
    .execute();
  await db.schema
    .createIndex('capture_events_school_at')
    .on('capture_events')
    .columns(['school_id', 'at'])
    .execute();

  await db.schema
    .createTable('activity_daily')
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('severity', 'integer', (c) => c.notNull())
    .addColumn('captures', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_daily_pk', ['school_id', 'day', 'category', 'severity'])
    .execute();
  await db.schema
    .createTable('activity_person_daily')
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('captures', 'integer', (c) => c.notNull())
    .addColumn('risk', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_person_daily_pk', ['school_id', 'day', 'person_id'])
    .execute();
  await db.schema
    .createTable('activity_term_daily')
    .addColumn('school_id', 'text', (c) => c.notNull())
    .addColumn('day', 'bigint', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('captures', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_term_daily_pk', ['school_id', 'day', 'term'])
    .execute();
}
