import type { Generated } from 'kysely';
import type { AlertTables } from '../features/alerts/tables.js';
import type { ReviewTables } from '../features/review/tables.js';
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

// audit (features/audit)
export interface AuditLogTable {
  seq: number;
  id: string;
  at: number;
  actor: string;
  organisation_id: string | null;
  school_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  person_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

// accounts (features/auth)
export interface UserTable {
  id: string;
  organisation_id: string;
  login: string;
  display_name: string;
  person_id: string | null;
  password_hash: string;
  password_changed_at: number;
  must_change_password: number;
  failed_attempts: number;
  locked_until: number | null;
  totp_secret: string | null;
  totp_enabled_at: number | null;
  totp_last_step: number | null;
  disabled_at: number | null;
  created_at: number;
}

export interface RoleAssignmentTable {
  id: string;
  user_id: string;
  role: string;
  school_id: string | null;
  created_at: number;
  created_by: string;
}

export interface TrainingRecordTable {
  id: string;
  user_id: string;
  course: string;
  completed_at: number;
  expires_at: number;
  recorded_by: string;
  recorded_at: number;
}

export interface PasswordHistoryTable {
  id: string;
  user_id: string;
  password_hash: string;
  created_at: number;
}

export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: number | null;
}

export interface SessionTable {
  id: string;
  user_id: string;
  stage: string;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
  address: string | null;
}

export interface SecurityPolicyTable {
  organisation_id: string;
  policy: string;
  updated_at: number;
}

export interface Database extends ReviewTables, AlertTables, IngestTables {
  organisations: OrganisationTable;
  schools: SchoolTable;
  vigil_meta: MetaTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  users: UserTable;
  role_assignments: RoleAssignmentTable;
  training_records: TrainingRecordTable;
  password_history: PasswordHistoryTable;
  recovery_codes: RecoveryCodeTable;
  sessions: SessionTable;
  security_policies: SecurityPolicyTable;
}
