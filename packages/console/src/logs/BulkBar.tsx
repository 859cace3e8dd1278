import { type FormEvent, useId, useState } from 'react';

/** Select all, deselect, and the bulk actions on the selection. */
export function BulkBar({
  count,
  pageSize,
  onSelectAll,
  onDeselect,
  onAction,
  busy,
}: {
  count: number;
  pageSize: number;
  onSelectAll: () => void;
  onDeselect: () => void;
  onAction: (
    action: { type: 'viewed' } | { type: 'archived' } | { type: 'false_positive'; reason: string },
  ) => void;
  busy: boolean;
}) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return;
    onAction({ type: 'false_positive', reason: reason.trim() });
    setAsking(false);
    setReason('');
  };
  const none = count === 0 || busy;
  return (
    <fieldset className="bulk">
      <legend className="visually-hidden">Selection</legend>
      <span aria-live="polite">{count} selected</span>
      <button type="button" className="secondary" onClick={onSelectAll} disabled={pageSize === 0}>
        Select all on this page
      </button>
      <button type="button" className="secondary" onClick={onDeselect} disabled={count === 0}>
        Deselect all
      </button>
      <button type="button" onClick={() => onAction({ type: 'viewed' })} disabled={none}>
        Mark as viewed
      </button>
      <button type="button" onClick={() => onAction({ type: 'archived' })} disabled={none}>
        Archive
      </button>
      <button type="button" onClick={() => setAsking(true)} disabled={none} aria-expanded={asking}>
        False positive…
      </button>
      {asking && (
        <form onSubmit={submit} className="inline-form">
          <label htmlFor={`${id}-reason`}>Why are these false positives?</label>
          <input
            id={`${id}-reason`}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            placeholder="e.g. song lyrics in a music lesson"
          />
          <button type="submit">Mark {count} as false positive</button>
          <button type="button" className="secondary" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      )}
    </fieldset>
  );
}
