/**
 * The review state of one capture, derived from its events by `next(state, event, now)`.
 * Pure: no clock, no I/O. The service stores each accepted event and the state it produced together.
 */
export const REVIEW_STATUSES = ['new', 'viewed', 'archived', 'false_positive', 'escalated'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_EVENT_TYPES = [
  'viewed',
  'graded',
  'category_corrected',
  'note',
  'false_positive',
  'archived',
  'escalated',
  'acknowledged',
  'reopened',
  'printed',
] as const;
export type ReviewEventType = (typeof REVIEW_EVENT_TYPES)[number];

export type ReviewEvent =
  | { type: 'viewed' }
  | { type: 'graded'; grade: number }
  | { type: 'category_corrected'; category: string }
  | { type: 'note'; text: string }
  | { type: 'false_positive'; reason: string }
  | { type: 'archived' }
  | { type: 'escalated'; note: string; to?: string | null }
  | { type: 'acknowledged' }
  | { type: 'reopened' }
  | { type: 'printed' };

export interface Escalation {
  note: string;
  to: string | null;
  at: number;
  acknowledgedAt: number | null;
}

export interface ReviewState {
  status: ReviewStatus;
  /** the reviewer's risk level, 1 (low) to 5 (severe); null until graded */
  grade: number | null;
  /** the category as the reviewer corrected it; null keeps the detection's */
  category: string | null;
  falsePositiveReason: string | null;
  escalation: Escalation | null;
  viewedAt: number | null;
  notes: number;
  updatedAt: number;
}

export const initialReviewState = (createdAt: number): ReviewState => ({
  status: 'new',
  grade: null,
  category: null,
  falsePositiveReason: null,
  escalation: null,
  viewedAt: null,
  notes: 0,
  updatedAt: createdAt,
});

export type Transition = { ok: true; state: ReviewState } | { ok: false; reason: string };

const reject = (reason: string): Transition => ({ ok: false, reason });

/** Statuses from which a closing decision (archive, false positive, escalate) may be taken. */
const OPEN: readonly ReviewStatus[] = ['new', 'viewed'];

/** The state after `event` at `now`, or why the event is not allowed in `state`. */
export function next(state: ReviewState, event: ReviewEvent, now: number): Transition {
  const touched = { ...state, updatedAt: now };
  // Any decision implies the reviewer looked at it.
  const seen = { ...touched, viewedAt: state.viewedAt ?? now };
  switch (event.type) {
    case 'viewed':
      return { ok: true, state: { ...seen, status: state.status === 'new' ? 'viewed' : state.status } };
    case 'printed':
      return { ok: true, state: { ...seen, status: promote(state.status) } };
    case 'graded':
      if (!Number.isInteger(event.grade) || event.grade < 1 || event.grade > 5) {
        return reject('a grade is a whole number from 1 to 5');
      }
      if (event.grade === state.grade) return reject(`already graded ${event.grade}`);
      return { ok: true, state: { ...seen, status: promote(state.status), grade: event.grade } };
    case 'category_corrected': {
      const category = event.category.trim();
      if (!category) return reject('a category is required');
      if (category === state.category) return reject(`the category is already ${category}`);
      return { ok: true, state: { ...seen, status: promote(state.status), category } };
    }
    case 'note':
      if (!event.text.trim()) return reject('a note needs some text');
      return { ok: true, state: { ...seen, status: promote(state.status), notes: state.notes + 1 } };
    case 'false_positive':
      if (!event.reason.trim()) return reject('say why it is a false positive');
      if (state.status === 'escalated') return reject('an escalated capture cannot be a false positive');
      if (!OPEN.includes(state.status) && state.status !== 'archived') {
        return reject(`a ${label(state.status)} capture cannot be marked false positive`);
      }
      return {
        ok: true,
        state: { ...seen, status: 'false_positive', falsePositiveReason: event.reason.trim() },
      };
    case 'archived':
      if (
        !OPEN.includes(state.status) &&
        !(state.status === 'escalated' && state.escalation?.acknowledgedAt)
      ) {
        return reject(`a ${label(state.status)} capture cannot be archived`);
      }
      return { ok: true, state: { ...seen, status: 'archived' } };
    case 'escalated':
      if (!event.note.trim()) return reject('an escalation needs a note for the DSL');
      if (state.status === 'escalated' && !state.escalation?.acknowledgedAt) {
        return reject('already escalated and waiting for acknowledgement');
      }
      if (state.status === 'false_positive') return reject('reopen a false positive before escalating it');
      return {
        ok: true,
        state: {
          ...seen,
          status: 'escalated',
          escalation: { note: event.note.trim(), to: event.to ?? null, at: now, acknowledgedAt: null },
        },
      };
    case 'acknowledged':
      if (state.status !== 'escalated' || !state.escalation)
        return reject('only an escalation can be acknowledged');
      if (state.escalation.acknowledgedAt !== null) return reject('already acknowledged');
      return { ok: true, state: { ...seen, escalation: { ...state.escalation, acknowledgedAt: now } } };
    case 'reopened':
      if (state.status !== 'archived' && state.status !== 'false_positive') {
        return reject('only an archived or false-positive capture can be reopened');
      }
      return { ok: true, state: { ...seen, status: 'viewed', falsePositiveReason: null } };
  }
}

/** Working on a new capture makes it viewed; other statuses stay. */
function promote(status: ReviewStatus): ReviewStatus {
  return status === 'new' ? 'viewed' : status;
}

function label(status: ReviewStatus): string {
  return status.replace('_', ' ');
}

/** Replays events from the initial state; throws on an event the history should never contain. */
export function replay(createdAt: number, events: { event: ReviewEvent; at: number }[]): ReviewState {
  let state = initialReviewState(createdAt);
  for (const { event, at } of events) {
    const result = next(state, event, at);
    if (!result.ok) throw new Error(`history holds a rejected ${event.type}: ${result.reason}`);
    state = result.state;
  }
  return state;
}
