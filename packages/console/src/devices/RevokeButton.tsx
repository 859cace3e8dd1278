/**
 * Revoke with a confirmation step: "Revoke" first, then "<confirmLabel>" or "Cancel". `confirming`
 * is whether this row's confirmation is showing (one row at a time, owned by the table).
 */
export function RevokeButton({
  confirming,
  available,
  label,
  confirmLabel,
  onAsk,
  onConfirm,
  onCancel,
}: {
  confirming: boolean;
  /** Whether the row can still be revoked (nothing is shown otherwise). */
  available: boolean;
  /** The accessible name of the first button, e.g. "Revoke token Library trolley". */
  label: string;
  confirmLabel: string;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (confirming)
    return (
      <span className="confirm">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>{' '}
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </span>
    );
  if (!available) return null;
  return (
    <button type="button" className="secondary" aria-label={label} onClick={onAsk}>
      Revoke
    </button>
  );
}
