import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The columns of other features' tables that review reads (captures, people, groups, devices), as
 * their migrations define them. Review only reads these; the features that own them write them.
 */
export interface ForeignTables {
  captures: {
    id: string;
    school_id: string;
    device_id: string;
    person_id: string | null;
    person_ref: string | null;
    source: string;
    url: string | null;
    app: string | null;
    text: string;
    occurred_at: number;
    received_at: number;
    agent_detections: string;
    agent_rules_version: string;
    server_detections: string | null;
    server_rules_version: string | null;
    max_severity: number;
    categories: string;
    screenshot_blob_id: string | null;
    thumbnail_blob_id: string | null;
  };
  people: { id: string; school_id: string; kind: string; display_name: string };
  groups: { id: string; school_id: string; kind: string; name: string };
  group_members: { group_id: string; person_id: string; school_id: string };
  devices: { id: string; school_id: string; name: string; platform: string };
}

export type Reader = Kysely<Database & ForeignTables>;

export function reader(db: Kysely<Database> | Transaction<Database>): Reader {
  return db as unknown as Reader;
}

export interface StoredDetection {
  category: string;
  severity: number;
  rule: string;
  match: string;
  start: number;
  end: number;
  reasons?: string[];
}

/** The detections that count for review: the server's own scan, else the agent's. */
export function detectionsOf(row: {
  server_detections: string | null;
  agent_detections: string;
}): StoredDetection[] {
  const parse = (json: string | null): StoredDetection[] | undefined => {
    if (!json) return undefined;
    try {
      const value = JSON.parse(json) as unknown;
      return Array.isArray(value) ? (value as StoredDetection[]) : undefined;
    } catch {
      return undefined;
    }
  };
  const server = parse(row.server_detections);
  return server && server.length > 0 ? server : (parse(row.agent_detections) ?? []);
}
