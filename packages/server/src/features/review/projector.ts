import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { initialReviewState } from './state.js';

type Handle = Kysely<Database> | Transaction<Database>;

export const DAY_MS = 86_400_000;
export const dayOf = (t: number): number => Math.floor(t / DAY_MS) * DAY_MS;

/** How much one capture of a severity (1 lowest .. 5 most serious) adds to its person's risk score. */
export const riskWeight = (severity: number): number => (severity <= 0 ? 0 : 2 ** (severity - 1));

/** What the review read model needs to know about a stored capture. */
export interface CaptureFacts {
  captureId: string;
  schoolId: string;
  personId: string | null;
  subjectKind: 'pupil' | 'staff' | null;
  groupId: string | null;
  deviceId: string | null;
  source: string;
  occurredAt: number;
  receivedAt: number;
  /** the detections that count (the server's, else the agent's); severity 1..5 */
  detections: { category: string; severity: number; rule: string; match: string }[];
}

/** The detection that decides the capture's category and severity: the most severe, first on ties. */
export function topDetection(facts: CaptureFacts): CaptureFacts['detections'][number] | undefined {
  let top: CaptureFacts['detections'][number] | undefined;
  for (const d of facts.detections) if (!top || d.severity > top.severity) top = d;
  return top;
}

export const normaliseTerm = (match: string): string =>
  match.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\|/g, '').slice(0, 100);

/** The words and phrases a capture counts under in "most and least captured": distinct, lower case. */
export function termsOf(facts: CaptureFacts): string[] {
  const terms = new Set<string>();
  for (const d of facts.detections) {
    const term = normaliseTerm(d.match);
    if (term) terms.add(term);
    if (terms.size >= 10) break;
  }
  return [...terms];
}

const CHUNK = 500;

/**
 * Adds captures to the review read model and the Activity summaries, idempotently: a capture already
 * projected is skipped. Run it in the ingest transaction (or a job right after) with the same handle.
 * Returns the ids that were new.
 */
export async function projectCaptures(db: Handle, captures: CaptureFacts[]): Promise<string[]> {
  if (captures.length === 0) return [];
  if (!db.isTransaction) return db.transaction().execute((trx) => projectCaptures(trx, captures));
  const ids = captures.map((c) => c.captureId);
  const existing = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('review_items')
      .select('capture_id')
      .where('capture_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) existing.add(r.capture_id);
  }
  const seen = new Set<string>();
  const fresh = captures.filter((c) => {
    if (existing.has(c.captureId) || seen.has(c.captureId)) return false;
    seen.add(c.captureId);
    return true;
  });
  await insertItems(db, fresh);
  await addToSummaries(db, fresh);
  return fresh.map((c) => c.captureId);
}

async function insertItems(db: Handle, captures: CaptureFacts[]): Promise<void> {
  for (let i = 0; i < captures.length; i += CHUNK) {
    const rows = captures.slice(i, i + CHUNK).map((c) => {
      const top = topDetection(c);
      return {
        capture_id: c.captureId,
        school_id: c.schoolId,
        person_id: c.personId,
        subject_kind: c.subjectKind,
        group_id: c.groupId,
        device_id: c.deviceId,
        source: c.source,
        category: top?.category ?? '',
        detected_category: top?.category ?? '',
        severity: top?.severity ?? 0,
        rule: top?.rule ?? null,
        terms: `|${termsOf(c).join('|')}|`,
        status: 'new',
        grade: null,
        occurred_at: c.occurredAt,
        updated_at: c.receivedAt,
        version: 0,
        state: JSON.stringify(initialReviewState(c.receivedAt)),
      };
    });
    await db.insertInto('review_items').values(rows).execute();
  }
}

/** Sums in memory, then one upsert per summary row. */
export async function addToSummaries(db: Handle, captures: CaptureFacts[], sign: 1 | -1 = 1): Promise<void> {
  const daily = new Map<
    string,
    { school_id: string; day: number; category: string; severity: number; captures: number }
  >();
  const people = new Map<
    string,
    { school_id: string; day: number; person_id: string; captures: number; risk: number }
  >();
  const terms = new Map<string, { school_id: string; day: number; term: string; captures: number }>();
  for (const c of captures) {
    const day = dayOf(c.occurredAt);
    const top = topDetection(c);
    const category = top?.category ?? '';
    const severity = top?.severity ?? 0;
    const dk = `${c.schoolId}|${day}|${category}|${severity}`;
    const d = daily.get(dk) ?? { school_id: c.schoolId, day, category, severity, captures: 0 };
    d.captures += sign;
    daily.set(dk, d);
    if (c.personId) {
      const pk = `${c.schoolId}|${day}|${c.personId}`;
      const p = people.get(pk) ?? { school_id: c.schoolId, day, person_id: c.personId, captures: 0, risk: 0 };
      p.captures += sign;
      p.risk += sign * riskWeight(severity);
      people.set(pk, p);
    }
    for (const term of termsOf(c)) {
      const tk = `${c.schoolId}|${day}|${term}`;
      const t = terms.get(tk) ?? { school_id: c.schoolId, day, term, captures: 0 };
      t.captures += sign;
      terms.set(tk, t);
    }
  }
  const dailyRows = [...daily.values()];
  for (let i = 0; i < dailyRows.length; i += CHUNK) {
    await db
      .insertInto('activity_daily')
      .values(dailyRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['school_id', 'day', 'category', 'severity']).doUpdateSet((eb) => ({
          captures: eb('activity_daily.captures', '+', eb.ref('excluded.captures')),
        })),
      )
      .execute();
  }
  const peopleRows = [...people.values()];
  for (let i = 0; i < peopleRows.length; i += CHUNK) {
    await db
      .insertInto('activity_person_daily')
      .values(peopleRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['school_id', 'day', 'person_id']).doUpdateSet((eb) => ({
          captures: eb('activity_person_daily.captures', '+', eb.ref('excluded.captures')),
          risk: eb('activity_person_daily.risk', '+', eb.ref('excluded.risk')),
        })),
      )
      .execute();
  }
  const termRows = [...terms.values()];
  for (let i = 0; i < termRows.length; i += CHUNK) {
    await db
      .insertInto('activity_term_daily')
      .values(termRows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(['school_id', 'day', 'term']).doUpdateSet((eb) => ({
          captures: eb('activity_term_daily.captures', '+', eb.ref('excluded.captures')),
        })),
      )
      .execute();
  }
}

/** Moves a capture's count from one category to another when a reviewer corrects it. */
export async function moveCategory(
  db: Handle,
  item: { school_id: string; occurred_at: number; severity: number },
  from: string,
  to: string,
): Promise<void> {
  const day = dayOf(item.occurred_at);
  await db
    .insertInto('activity_daily')
    .values([
      { school_id: item.school_id, day, category: from, severity: item.severity, captures: -1 },
      { school_id: item.school_id, day, category: to, severity: item.severity, captures: 1 },
    ])
    .onConflict((oc) =>
      oc
        .columns(['school_id', 'day', 'category', 'severity'])
        .doUpdateSet((eb) => ({ captures: eb('activity_daily.captures', '+', eb.ref('excluded.captures')) })),
    )
    .execute();
}
