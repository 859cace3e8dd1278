import type { CaptureDetail } from '../api/types.js';
import { formatTime } from '../lib/format.js';

/** An escalation waiting for the DSL, with the button that acknowledges it. */
export function EscalationNotice({
  capture,
  busy,
  onAcknowledge,
}: {
  capture: CaptureDetail;
  busy: boolean;
  onAcknowledge: () => void;
}) {
  const e = capture.state.escalation;
  if (capture.status !== 'escalated' || !e) return null;
  return (
    <section className="escalation" aria-labelledby="escalation-title">
      <h2 id="escalation-title">Escalated {formatTime(e.at)}</h2>
      <p>{e.note}</p>
      {e.acknowledgedAt ? (
        <p>Acknowledged {formatTime(e.acknowledgedAt)}.</p>
      ) : (
        <button type="button" onClick={onAcknowledge} disabled={busy}>
          Acknowledge escalation
        </button>
      )}
    </section>
  );
}
