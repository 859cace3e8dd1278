import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/** Review reads other features' tables (captures, people, groups, devices); it never writes them. */
export type Reader = Kysely<Database>;

export function reader(db: Kysely<Database> | Transaction<Database>): Reader {
  return db;
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
