import type { Generated } from 'kysely';
import type { IngestTables } from './ingest-tables.js';

// One interface per table. Times are epoch milliseconds; booleans are 0/1 integers; ids are UUID text.
// Each feature adds its tables here, in the same commit as its migration.

export interface OrganisationTable {
  id: string;
  name: string;
  kind: string;
  created_at: number;
}

export interface SchoolTable {
  id: string;
  organisation_id: string;
  name: string;
  phase: string;
  created_at: number;
  retention_days: Generated<number>;
  aup_version: Generated<string>;
  aup_text: Generated<string>;
}

export interface MetaTable {
  key: string;
  value: string;
  seq: Generated<number>;
}

export interface Database extends IngestTables {
  organisations: OrganisationTable;
  schools: SchoolTable;
  vigil_meta: MetaTable;
}
