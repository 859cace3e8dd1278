import { type FormEvent, useId, useState } from 'react';
import type { CaptureDetail } from '../api/types.js';
import { CATEGORIES, categoryLabel } from '../lib/format.js';

export type ReviewAction =
  | { type: 'graded'; grade: number }
  | { type: 'category_corrected'; category: string }
  | { type: 'note'; text: string }
  | { type: 'false_positive'; reason: string }
  | { type: 'archived' }
  | { type: 'escalated'; note: string }
  | { type: 'reopened' };

/** Grade, correct the category, add a note, and decide: archive, false positive or escalate. */
export function ReviewActions({
  capture,
  busy,
  onAction,
}: {
  capture: CaptureDetail;
  busy: boolean;
  onAction: (action: ReviewAction) => Promise<boolean>;
}) {
  const id = useId();
  const [grade, setGrade] = useState(String(capture.grade ?? ''));
  const [category, setCategory] = useState(capture.category);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [escalation, setEscalation] = useState('');
  const status = capture.status;
  const open = status === 'new' || status === 'viewed';
  const submit = (action: ReviewAction, reset?: () => void) => async (event: FormEvent) => {
    event.preventDefault();
    if (await onAction(action)) reset?.();
  };
  return (
    <section aria-labelledby={`${id}-title`} className="panel actions-panel">
      <h2 id={`${id}-title`}>Review</h2>
      <form onSubmit={submit({ type: 'graded', grade: Number(grade) })}>
        <fieldset>
          <legend>Risk level (1 low, 5 severe)</legend>
          <div className="grades">
            {[1, 2, 3, 4, 5].map((g) => (
              <label key={g}>
                <input
                  type="radio"
                  name="grade"
                  value={g}
                  checked={grade === String(g)}
                  onChange={() => setGrade(String(g))}
                />
                {g}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" disabled={busy || !grade || grade === String(capture.grade ?? '')}>
          Save grade
        </button>
      </form>
      <form onSubmit={submit({ type: 'category_corrected', category })}>
        <label htmlFor={`${id}-category`}>Category</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
          {[...new Set([capture.category, ...CATEGORIES])].map((c) => (
            <option key={c} value={c}>
              {categoryLabel(c)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={busy || category === capture.category}>
          Correct category
        </button>
      </form>
      <form onSubmit={submit({ type: 'note', text: note }, () => setNote(''))}>
        <label htmlFor={`${id}-note`}>Note</label>
        <textarea id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
        <button type="submit" disabled={busy || !note.trim()}>
          Add note
        </button>
      </form>
      {(open || status === 'archived') && (
        <form onSubmit={submit({ type: 'escalated', note: escalation }, () => setEscalation(''))}>
          <label htmlFor={`${id}-escalate`}>Escalate to the DSL: what should they know?</label>
          <textarea
            id={`${id}-escalate`}
            value={escalation}
            onChange={(e) => setEscalation(e.target.value)}
            rows={2}
          />
          <button type="submit" className="danger" disabled={busy || !escalation.trim()}>
            Escalate
          </button>
        </form>
      )}
      {(open || status === 'archived') && (
        <form onSubmit={submit({ type: 'false_positive', reason }, () => setReason(''))}>
          <label htmlFor={`${id}-reason`}>False positive: why?</label>
          <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
          <button type="submit" disabled={busy || !reason.trim()}>
            Mark false positive
          </button>
        </form>
      )}
      <div className="actions">
        {open && (
          <button type="button" onClick={() => onAction({ type: 'archived' })} disabled={busy}>
            Archive
          </button>
        )}
        {(status === 'archived' || status === 'false_positive') && (
          <button
            type="button"
            className="secondary"
            onClick={() => onAction({ type: 'reopened' })}
            disabled={busy}
          >
            Reopen
          </button>
        )}
      </div>
    </section>
  );
}
