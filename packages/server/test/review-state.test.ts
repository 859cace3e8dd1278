import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  initialReviewState,
  next,
  REVIEW_EVENT_TYPES,
  REVIEW_STATUSES,
  type ReviewEvent,
  type ReviewEventType,
  type ReviewState,
  replay,
} from '../src/features/review/state.js';

const T0 = 1_700_000_000_000;

/** One state per status, plus an escalation that has been acknowledged. */
const states: Record<string, ReviewState> = {
  new: initialReviewState(T0),
  viewed: { ...initialReviewState(T0), status: 'viewed', viewedAt: T0 + 1 },
  archived: { ...initialReviewState(T0), status: 'archived', viewedAt: T0 + 1 },
  false_positive: {
    ...initialReviewState(T0),
    status: 'false_positive',
    viewedAt: T0 + 1,
    falsePositiveReason: 'song lyrics',
  },
  escalated: {
    ...initialReviewState(T0),
    status: 'escalated',
    viewedAt: T0 + 1,
    escalation: { note: 'please look', to: null, at: T0 + 2, acknowledgedAt: null },
  },
  escalated_acknowledged: {
    ...initialReviewState(T0),
    status: 'escalated',
    viewedAt: T0 + 1,
    escalation: { note: 'please look', to: null, at: T0 + 2, acknowledgedAt: T0 + 3 },
  },
};

const sample: Record<ReviewEventType, ReviewEvent> = {
  viewed: { type: 'viewed' },
  printed: { type: 'printed' },
  graded: { type: 'graded', grade: 3 },
  category_corrected: { type: 'category_corrected', category: 'bullying' },
  note: { type: 'note', text: 'spoke to form tutor' },
  false_positive: { type: 'false_positive', reason: 'quoting a novel' },
  archived: { type: 'archived' },
  escalated: { type: 'escalated', note: 'DSL please review today' },
  acknowledged: { type: 'acknowledged' },
  reopened: { type: 'reopened' },
};

// The resulting status for each (event, starting state); '-' means the event is rejected.
const table: Record<ReviewEventType, Record<keyof typeof states, string>> = {
  // prettier-ignore
  viewed: {
    new: 'viewed',
    viewed: 'viewed',
    archived: 'archived',
    false_positive: 'false_positive',
    escalated: 'escalated',
    escalated_acknowledged: 'escalated',
  },
  printed: {
    new: 'viewed',
    viewed: 'viewed',
    archived: 'archived',
    false_positive: 'false_positive',
    escalated: 'escalated',
    escalated_acknowledged: 'escalated',
  },
  graded: {
    new: 'viewed',
    viewed: 'viewed',
    archived: 'archived',
    false_positive: 'false_positive',
    escalated: 'escalated',
    escalated_acknowledged: 'escalated',
  },
  category_corrected: {
    new: 'viewed',
    viewed: 'viewed',
    archived: 'archived',
    false_positive: 'false_positive',
    escalated: 'escalated',
    escalated_acknowledged: 'escalated',
  },
  note: {
    new: 'viewed',
    viewed: 'viewed',
    archived: 'archived',
    false_positive: 'false_positive',
    escalated: 'escalated',
    escalated_acknowledged: 'escalated',
  },
  false_positive: {
    new: 'false_positive',
    viewed: 'false_positive',
    archived: 'false_positive',
    false_positive: '-',
    escalated: '-',
    escalated_acknowledged: '-',
  },
  archived: {
    new: 'archived',
    viewed: 'archived',
    archived: '-',
    false_positive: '-',
    escalated: '-',
    escalated_acknowledged: 'archived',
  },
  escalated: {
    new: 'escalated',
    viewed: 'escalated',
    archived: 'escalated',
    false_positive: '-',
    escalated: '-',
    escalated_acknowledged: 'escalated',
  },
  acknowledged: {
    new: '-',
    viewed: '-',
    archived: '-',
    false_positive: '-',
    escalated: 'escalated',
    escalated_acknowledged: '-',
  },
  reopened: {
    new: '-',
    viewed: '-',
    archived: 'viewed',
    false_positive: 'viewed',
    escalated: '-',
    escalated_acknowledged: '-',
  },
};

describe('review state: next(state, event, now)', () => {
  test('the table covers every event type and every status', () => {
    expect(Object.keys(table).sort()).toEqual([...REVIEW_EVENT_TYPES].sort());
    const covered = new Set(Object.values(states).map((s) => s.status));
    expect([...covered].sort()).toEqual([...REVIEW_STATUSES].sort());
  });

  for (const type of REVIEW_EVENT_TYPES) {
    for (const [name, state] of Object.entries(states)) {
      const expected = table[type][name]!;
      test(`${type} on ${name} -> ${expected === '-' ? 'rejected' : expected}`, () => {
        const result = next(state, sample[type], T0 + 100);
        if (expected === '-') {
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason.length).toBeGreaterThan(5);
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.state.status).toBe(expected);
        expect(result.state.updatedAt).toBe(T0 + 100);
        expect(result.state.viewedAt).not.toBeNull();
        // the input is never mutated
        expect(state).toEqual(states[name]);
      });
    }
  }

  test('what each event records', () => {
    const s0 = states.new!;
    const graded = next(s0, { type: 'graded', grade: 4 }, 5);
    expect(graded.ok && graded.state.grade).toBe(4);
    const fp = next(s0, { type: 'false_positive', reason: '  lyrics ' }, 5);
    expect(fp.ok && fp.state.falsePositiveReason).toBe('lyrics');
    const esc = next(s0, { type: 'escalated', note: 'look', to: 'user-1' }, 7);
    expect(esc.ok && esc.state.escalation).toEqual({
      note: 'look',
      to: 'user-1',
      at: 7,
      acknowledgedAt: null,
    });
    const ack = next(states.escalated!, { type: 'acknowledged' }, 9);
    expect(ack.ok && ack.state.escalation?.acknowledgedAt).toBe(9);
    const note = next(s0, { type: 'note', text: 'x' }, 5);
    expect(note.ok && note.state.notes).toBe(1);
    const reopened = next(states.false_positive!, { type: 'reopened' }, 5);
    expect(reopened.ok && reopened.state.falsePositiveReason).toBeNull();
    const corrected = next(s0, { type: 'category_corrected', category: ' grooming ' }, 5);
    expect(corrected.ok && corrected.state.category).toBe('grooming');
    const viewedTwice = next(states.viewed!, { type: 'viewed' }, 99);
    expect(viewedTwice.ok && viewedTwice.state.viewedAt).toBe(T0 + 1);
  });

  test('bad input is rejected with a reason', () => {
    const s0 = states.new!;
    for (const grade of [0, 6, 2.5, Number.NaN])
      expect(next(s0, { type: 'graded', grade }, 1).ok).toBe(false);
    expect(next({ ...s0, grade: 3 }, { type: 'graded', grade: 3 }, 1).ok).toBe(false);
    expect(next(s0, { type: 'false_positive', reason: ' ' }, 1).ok).toBe(false);
    expect(next(s0, { type: 'escalated', note: '' }, 1).ok).toBe(false);
    expect(next(s0, { type: 'note', text: '\n' }, 1).ok).toBe(false);
    expect(next(s0, { type: 'category_corrected', category: '' }, 1).ok).toBe(false);
    expect(next({ ...s0, category: 'x' }, { type: 'category_corrected', category: 'x' }, 1).ok).toBe(false);
  });

  const arbitraryEvent: fc.Arbitrary<ReviewEvent> = fc.oneof(
    fc.constant<ReviewEvent>({ type: 'viewed' }),
    fc.constant<ReviewEvent>({ type: 'printed' }),
    fc.integer({ min: -1, max: 7 }).map<ReviewEvent>((grade) => ({ type: 'graded', grade })),
    fc
      .constantFrom('', 'bullying', 'self-harm')
      .map<ReviewEvent>((category) => ({ type: 'category_corrected', category })),
    fc.string({ maxLength: 5 }).map<ReviewEvent>((text) => ({ type: 'note', text })),
    fc.string({ maxLength: 5 }).map<ReviewEvent>((reason) => ({ type: 'false_positive', reason })),
    fc.constant<ReviewEvent>({ type: 'archived' }),
    fc.string({ maxLength: 5 }).map<ReviewEvent>((note) => ({ type: 'escalated', note })),
    fc.constant<ReviewEvent>({ type: 'acknowledged' }),
    fc.constant<ReviewEvent>({ type: 'reopened' }),
  );

  test('property: any sequence keeps the state well formed, and replaying the accepted events gives it back', () => {
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), (events) => {
        let state = initialReviewState(T0);
        const accepted: { event: ReviewEvent; at: number }[] = [];
        events.forEach((event, i) => {
          const result = next(state, event, T0 + i + 1);
          if (result.ok) {
            state = result.state;
            accepted.push({ event, at: T0 + i + 1 });
          }
        });
        expect(REVIEW_STATUSES).toContain(state.status);
        if (state.grade !== null) expect(state.grade >= 1 && state.grade <= 5).toBe(true);
        if (state.status === 'false_positive') expect(state.falsePositiveReason).toBeTruthy();
        if (state.status === 'escalated') expect(state.escalation).not.toBeNull();
        if (state.status !== 'new') expect(state.viewedAt).not.toBeNull();
        expect(replay(T0, accepted)).toEqual(state);
      }),
    );
  });
});
