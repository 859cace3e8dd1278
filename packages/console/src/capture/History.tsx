import type { HistoryEntry } from '../api/types.js';
import { EVENT_LABELS, formatTime, STATUS_LABELS } from '../lib/format.js';

function detail(entry: HistoryEntry): string {
  const e = entry.data.event;
  switch (e.type) {
    case 'graded':
      return `risk level ${String(e.grade)}`;
    case 'category_corrected':
      return `to ${String(e.category)}`;
    case 'note':
      return String(e.text);
    case 'false_positive':
      return String(e.reason);
    case 'escalated':
      return String(e.note);
    default:
      return '';
  }
}

/** Everything done to the capture, oldest first. */
export function History({ entries }: { entries: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history-title" className="panel history">
      <h2 id="history-title">History</h2>
      {entries.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <ol>
          {entries.map((e) => (
            <li key={e.id}>
              <time dateTime={new Date(e.at).toISOString()}>{formatTime(e.at)}</time>{' '}
              <strong>{EVENT_LABELS[e.type] ?? e.type}</strong> by {e.actorName ?? e.actor}
              {e.statusBefore !== e.statusAfter && (
                <span className="muted">
                  {' '}
                  ({STATUS_LABELS[e.statusBefore]} → {STATUS_LABELS[e.statusAfter]})
                </span>
              )}
              {detail(e) && <div className="history-detail">{detail(e)}</div>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
