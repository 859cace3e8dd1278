import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

/**
 * The append-only, hash-chained audit log.
 *
 * How to use it: call `appendAudit(trx, entry)` with the SAME Kysely handle (usually the transaction)
 * as the work it records, so the entry commits or rolls back with it:
 *
 *   await db.transaction().execute(async (trx) => {
 *     await gradeCapture(trx, ...);
 *     await appendAudit(trx, { at: now, actor: session.userId, organisationId, schoolId,
 *       action: 'capture.grade', subjectType: 'capture', subjectId: capture.id,
 *       personId: capture.personId, details: { from: 'new', to: 'serious' } });
 *   });
 *
 * `actor` is a user id, a device id (`device:<id>`) or 'system'. `personId` is the pupil (or member of
 * staff) a content view or action concerns, so "who looked at this child's data" is one query.
 * Never put secrets (passwords, tokens, TOTP codes) or capture text in `details`.
 *
 * Appends are serialised on the chain head row: the first statement of an append is an UPDATE of
 * that row, which takes PostgreSQL's row lock (and SQLite's write lock) until the transaction ends,
 * so concurrent appends queue and the chain never forks. Passing a non-transaction handle is allowed;
 * the append then runs in its own transaction.
 */
export interface AuditEntryInput {
  at: number;
  actor: string;
  action: string;
  organisationId?: string | null;
  schoolId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  personId?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  seq: number;
  id: string;
  at: number;
  actor: string;
  organisationId: string | null;
  schoolId: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
  details: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same value always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 over the canonical fields of an entry and the hash of the entry before it. */
export function hashAuditEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const fields = [
    entry.seq,
    entry.id,
    entry.at,
    entry.actor,
    entry.organisationId,
    entry.schoolId,
    entry.action,
    entry.subjectType,
    entry.subjectId,
    entry.personId,
    canonicalJson(entry.details),
    entry.prevHash,
  ];
  return createHash('sha256').update(canonicalJson(fields)).digest('hex');
}

type Handle = Kysely<Database> | Transaction<Database>;

/** Appends one entry to the chain, inside the caller's transaction. Returns the stored entry. */
export async function appendAudit(db: Handle, input: AuditEntryInput): Promise<AuditEntry> {
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAudit(trx, input));
  // Lock first (UPDATE takes the row lock / write lock), then read what we locked.
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', 1) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const base: Omit<AuditEntry, 'hash'> = {
    seq: Number(head.seq),
    id: randomUUID(),
    at: input.at,
    actor: input.actor,
    organisationId: input.organisationId ?? null,
    schoolId: input.schoolId ?? null,
    action: input.action,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    personId: input.personId ?? null,
    details: input.details ?? {},
    prevHash: head.hash,
  };
  const entry: AuditEntry = { ...base, hash: hashAuditEntry(base) };
  await db
    .insertInto('audit_log')
    .values({
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      actor: entry.actor,
      organisation_id: entry.organisationId,
      school_id: entry.schoolId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      person_id: entry.personId,
      details: canonicalJson(entry.details),
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  await db.updateTable('audit_head').set({ hash: entry.hash }).where('id', '=', 1).execute();
  return entry;
}

export type AuditRow = Database['audit_log'];

export function auditEntryFromRow(row: {
  seq: number | string;
  id: string;
  at: number | string;
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
}): AuditEntry {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(row.details) as Record<string, unknown>;
  } catch {
    details = { unparseable: row.details };
  }
  return {
    seq: Number(row.seq),
    id: row.id,
    at: Number(row.at),
    actor: row.actor,
    organisationId: row.organisation_id,
    schoolId: row.school_id,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    personId: row.person_id,
    details,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type AuditVerification =
  | { ok: true; entries: number; headHash: string }
  | {
      ok: false;
      entries: number;
      /** The first entry that was altered or removed. */
      seq: number;
      id: string | null;
      problem: 'altered' | 'removed' | 'reordered';
      message: string;
    };

/**
 * Walks the whole chain in order and names the first entry that was altered or removed: a stored
 * hash that does not match the entry's fields, a gap in the sequence, an entry whose hash differs
 * from the one its successor recorded (altered and re-hashed), or a tail cut short of the head.
 */
export async function verifyAuditChain(db: Handle, pageSize = 1000): Promise<AuditVerification> {
  let expectedSeq = 1;
  let prev: AuditEntry | undefined;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const row of rows) {
      const entry = auditEntryFromRow(row);
      if (entry.seq !== expectedSeq) {
        return {
          ok: false,
          entries,
          seq: expectedSeq,
          id: null,
          problem: 'removed',
          message: `audit entry ${expectedSeq} was removed (the chain jumps from ${expectedSeq - 1} to ${entry.seq})`,
        };
      }
      const { hash, ...rest } = entry;
      const recomputed = hashAuditEntry({ ...rest, details: JSON.parse(canonicalJson(entry.details)) });
      if (recomputed !== hash || row.details !== canonicalJson(entry.details)) {
        return {
          ok: false,
          entries,
          seq: entry.seq,
          id: entry.id,
          problem: 'altered',
          message: `audit entry ${entry.seq} (${entry.id}) was altered: its contents no longer match its hash`,
        };
      }
      if (entry.prevHash !== prevHash) {
        // This entry is intact, so the one before it was altered and re-hashed (or replaced).
        const culprit = prev ?? entry;
        return {
          ok: false,
          entries,
          seq: culprit.seq,
          id: culprit.id,
          problem: 'altered',
          message: `audit entry ${culprit.seq} (${culprit.id}) was altered: its hash no longer matches the one entry ${entry.seq} recorded`,
        };
      }
      prev = entry;
      prevHash = hash;
      expectedSeq += 1;
      entries += 1;
    }
    if (rows.length < pageSize) break;
  }
  const head = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  const headSeq = Number(head?.seq ?? 0);
  if (headSeq > entries) {
    return {
      ok: false,
      entries,
      seq: entries + 1,
      id: null,
      problem: 'removed',
      message: `audit entry ${entries + 1} was removed (the chain head says ${headSeq} entries, found ${entries})`,
    };
  }
  if (head && head.hash !== prevHash && entries > 0) {
    return {
      ok: false,
      entries,
      seq: prev!.seq,
      id: prev!.id,
      problem: 'altered',
      message: `audit entry ${prev!.seq} (${prev!.id}) was altered: its hash no longer matches the chain head`,
    };
  }
  return { ok: true, entries, headHash: prevHash };
}
