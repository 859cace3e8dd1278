import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { appendAudit } from '../audit/audit.js';
import { moveCategory } from './projector.js';
import { type ContentScope, itemVisible, type ReviewItemRow } from './read-model.js';
import { next, type ReviewEvent, type ReviewState } from './state.js';

type Handle = Kysely<Database> | Transaction<Database>;

export interface Actor {
  userId: string;
  organisationId: string | null;
}

export type EventOutcome =
  | { captureId: string; ok: true; status: string; event: AppliedEvent }
  | { captureId: string; ok: false; reason: string; code: 'not_found' | 'rejected' };

/** Runs inside the event's transaction (e.g. alerts raise an escalation alert with the event). */
export type EventHook = (
  db: Transaction<Database>,
  applied: AppliedEvent,
  actor: Actor,
  now: number,
) => Promise<void>;

export interface AppliedEvent {
  id: string;
  captureId: string;
  schoolId: string;
  personId: string | null;
  type: ReviewEvent['type'];
  before: ReviewState;
  after: ReviewState;
  item: ReviewItemRow;
}

/**
 * Applies one event to each capture, all in one transaction: the event row, the new state in the
 * read model, and the audit entry commit together. Captures the user cannot see answer `not_found`;
 * events the state does not allow answer `rejected` with the reason. Side effects (alerts) belong to
 * the caller, after commit.
 */
export async function applyReviewEvent(
  db: Handle,
  actor: Actor,
  scope: ContentScope,
  captureIds: string[],
  event: ReviewEvent,
  now: number,
  audit: { action?: string; details?: Record<string, unknown> } = {},
  onApplied?: EventHook,
): Promise<EventOutcome[]> {
  if (!db.isTransaction) {
    return (db as Kysely<Database>)
      .transaction()
      .execute((trx) => applyReviewEvent(trx, actor, scope, captureIds, event, now, audit, onApplied));
  }
  const unique = [...new Set(captureIds)];
  const rows = unique.length
    ? await db.selectFrom('review_items').selectAll().where('capture_id', 'in', unique).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.capture_id, r]));
  const outcomes: EventOutcome[] = [];
  for (const captureId of unique) {
    const item = byId.get(captureId);
    if (!item || !itemVisible(item, scope)) {
      outcomes.push({ captureId, ok: false, code: 'not_found', reason: 'no such capture' });
      continue;
    }
    const before = JSON.parse(item.state) as ReviewState;
    const result = next(before, event, now);
    if (!result.ok) {
      outcomes.push({ captureId, ok: false, code: 'rejected', reason: result.reason });
      continue;
    }
    const after = result.state;
    const id = randomUUID();
    const effectiveCategory = after.category ?? item.detected_category;
    await db
      .insertInto('capture_events')
      .values({
        id,
        capture_id: captureId,
        n: item.version + 1,
        school_id: item.school_id,
        type: event.type,
        actor: actor.userId,
        at: now,
        data: JSON.stringify({ event, before: diff(before, after), after: diff(after, before) }),
        status_before: before.status,
        status_after: after.status,
      })
      .execute();
    const updated = await db
      .updateTable('review_items')
      .set({
        status: after.status,
        grade: after.grade,
        category: effectiveCategory,
        state: JSON.stringify(after),
        version: item.version + 1,
        updated_at: now,
      })
      .where('capture_id', '=', captureId)
      .where('version', '=', item.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`capture ${captureId} changed under us; retry`);
    if (effectiveCategory !== item.category) await moveCategory(db, item, item.category, effectiveCategory);
    await appendAudit(db, {
      at: now,
      actor: actor.userId,
      organisationId: actor.organisationId,
      schoolId: item.school_id,
      action: audit.action ?? `capture.${event.type.replace('_', '-')}`,
      subjectType: 'capture',
      subjectId: captureId,
      personId: item.person_id,
      details: { event: id, from: before.status, to: after.status, ...auditDetails(event), ...audit.details },
    });
    const newItem = { ...item, status: after.status, grade: after.grade, category: effectiveCategory };
    const applied: AppliedEvent = {
      id,
      captureId,
      schoolId: item.school_id,
      personId: item.person_id,
      type: event.type,
      before,
      after,
      item: newItem,
    };
    await onApplied?.(db as Transaction<Database>, applied, actor, now);
    outcomes.push({ captureId, ok: true, status: after.status, event: applied });
  }
  return outcomes;
}

/** What the audit log keeps of an event: never the note's text (it may quote the pupil). */
function auditDetails(event: ReviewEvent): Record<string, unknown> {
  switch (event.type) {
    case 'graded':
      return { grade: event.grade };
    case 'category_corrected':
      return { category: event.category };
    case 'false_positive':
      return { reason: event.reason.slice(0, 200) };
    case 'escalated':
      return { to: event.to ?? null };
    default:
      return {};
  }
}

/** The fields of `a` that differ from `b`. */
function diff(a: ReviewState, b: ReviewState): Partial<ReviewState> {
  const out: Partial<ReviewState> = {};
  for (const key of Object.keys(a) as (keyof ReviewState)[]) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) (out as Record<string, unknown>)[key] = a[key];
  }
  return out;
}

export interface HistoryEntry {
  id: string;
  n: number;
  type: string;
  actor: string;
  actorName: string;
  at: number;
  statusBefore: string;
  statusAfter: string;
  data: { event: ReviewEvent; before: Partial<ReviewState>; after: Partial<ReviewState> };
}

export async function captureHistory(db: Handle, captureId: string): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('capture_events')
    .selectAll()
    .where('capture_id', '=', captureId)
    .orderBy('n')
    .execute();
  const actors = [...new Set(rows.map((r) => r.actor))];
  const users = actors.length
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', actors).execute()
    : [];
  const names = new Map(users.map((u) => [u.id, u.display_name]));
  return rows.map((r) => ({
    id: r.id,
    n: r.n,
    type: r.type,
    actor: r.actor,
    actorName: names.get(r.actor) ?? r.actor,
    at: Number(r.at),
    statusBefore: r.status_before,
    statusAfter: r.status_after,
    data: JSON.parse(r.data) as HistoryEntry['data'],
  }));
}
