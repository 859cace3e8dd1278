import type { Generated } from 'kysely';

// Tables of the server issue 4 slices: tenancy below the school (groups, people, external ids),
// devices and enrolment tokens, captures, blobs, school keys, AUP events and the job queue.
// Times are epoch milliseconds; ids are UUID text. db/schema.ts mixes these into `Database`.

export interface GroupTable {
  id: string;
  school_id: string;
  /** year | class | staff | other */
  kind: string;
  name: string;
  created_at: number;
}

export interface PersonTable {
  id: string;
  school_id: string;
  /** pupil | staff */
  kind: string;
  display_name: string;
  created_at: number;
}

export interface PersonExternalIdTable {
  school_id: string;
  /** email | mis | username | ... ; values are stored lower-cased */
  kind: string;
  value: string;
  person_id: string;
}

export interface GroupMemberTable {
  group_id: string;
  person_id: string;
  school_id: string;
}

export interface EnrolmentTokenTable {
  id: string;
  school_id: string;
  /** sha256 of the token; the token itself is shown once and never stored */
  token_hash: string;
  label: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  revoked_at: number | null;
  max_uses: number | null;
  uses: Generated<number>;
}

export interface DeviceTable {
  id: string;
  school_id: string;
  name: string;
  platform: string;
  serial: string | null;
  agent_kind: string;
  agent_version: string;
  rules_version: string | null;
  queue_length: number | null;
  last_seen_at: number | null;
  /** sha256 of the device credential */
  credential_hash: string;
  credential_rotated_at: number;
  enrolment_token_id: string | null;
  enrolled_at: number;
  revoked_at: number | null;
}

export interface SchoolKeyTable {
  school_id: string;
  /** the school's AES-256 data key, wrapped (AES-256-GCM) by the master key; base64 */
  wrapped_key: string;
  created_at: number;
}

export interface BlobTable {
  id: string;
  school_id: string;
  /** screenshot | thumbnail */
  kind: string;
  storage_key: string;
  content_type: string;
  /** plaintext bytes */
  size: number;
  created_at: number;
}

export interface CaptureTable {
  /** the agent's client-made UUID */
  id: string;
  school_id: string;
  device_id: string;
  /** null when the agent's person could not be mapped to a person in the directory */
  person_id: string | null;
  /** the person as the agent knew them (JSON PersonRef) */
  person_ref: string | null;
  source: string;
  url: string | null;
  app: string | null;
  text: string;
  occurred_at: number;
  received_at: number;
  /** JSON Detection[] */
  agent_detections: string;
  agent_rules_version: string;
  /** JSON Detection[]; null when the server had no engine to scan with */
  server_detections: string | null;
  server_rules_version: string | null;
  /** 0 (none) .. 5 over both detection sets */
  max_severity: number;
  /** JSON string[] of categories over both detection sets, sorted */
  categories: string;
  screenshot_blob_id: string | null;
  thumbnail_blob_id: string | null;
  incident_id: string | null;
}

export interface AupEventTable {
  id: string;
  school_id: string;
  device_id: string;
  person_id: string | null;
  person_ref: string | null;
  aup_version: string;
  /** accepted | declined */
  decision: string;
  occurred_at: number;
  received_at: number;
}

export interface JobTable {
  id: string;
  /** retention | thumbnail | orphan-sweep | alert */
  kind: string;
  /** JSON */
  payload: string;
  dedupe_key: string | null;
  /** queued | running | done | failed */
  status: string;
  run_at: number;
  attempts: Generated<number>;
  last_error: string | null;
  locked_by: string | null;
  locked_at: number | null;
  created_at: number;
  finished_at: number | null;
}

export interface IngestTables {
  groups: GroupTable;
  people: PersonTable;
  person_external_ids: PersonExternalIdTable;
  group_members: GroupMemberTable;
  enrolment_tokens: EnrolmentTokenTable;
  devices: DeviceTable;
  school_keys: SchoolKeyTable;
  blobs: BlobTable;
  captures: CaptureTable;
  aup_events: AupEventTable;
  jobs: JobTable;
}
