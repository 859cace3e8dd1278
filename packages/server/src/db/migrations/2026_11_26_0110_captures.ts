import type { Kysely } from 'kysely';

// Captures, their blob records (encrypted screenshots and thumbnails), each school's wrapped data key,
// AUP events and the background job queue.
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema of their own time
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('school_keys')
    .addColumn('school_id', 'text', (c) => c.primaryKey().references('schools.id'))
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('blobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('blobs_school').on('blobs').column('school_id').execute();

  await db.schema
    .createTable('captures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('person_id', 'text')
    .addColumn('person_ref', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('app', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .addColumn('agent_detections', 'text', (c) => c.notNull())
    .addColumn('agent_rules_version', 'text', (c) => c.notNull())
    .addColumn('server_detections', 'text')
    .addColumn('server_rules_version', 'text')
    .addColumn('max_severity', 'integer', (c) => c.notNull())
    .addColumn('categories', 'text', (c) => c.notNull())
    .addColumn('screenshot_blob_id', 'text')
    .addColumn('thumbnail_blob_id', 'text')
    .addColumn('incident_id', 'text')
    .execute();
  await db.schema
    .createIndex('captures_school_received')
    .on('captures')
    .columns(['school_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('captures_school_severity_received')
    .on('captures')
    .columns(['school_id', 'max_severity', 'received_at'])
    .execute();
  await db.schema
    .createIndex('captures_school_person_received')
    .on('captures')
    .columns(['school_id', 'person_id', 'received_at'])
    .execute();
  await db.schema
    .createIndex('captures_device')
    .on('captures')
    .columns(['device_id', 'received_at'])
    .execute();

  await db.schema
    .createTable('aup_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('school_id', 'text', (c) => c.notNull().references('schools.id'))
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('person_id', 'text')
    .addColumn('person_ref', 'text')
    .addColumn('aup_version', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('received_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('aup_events_school')
    .on('aup_events')
    .columns(['school_id', 'received_at'])
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .execute();
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
}
