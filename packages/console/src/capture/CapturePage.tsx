import { useCallback, useEffect, useState } from 'react';
import { api, REVIEW } from '../api/client.js';
import type { CaptureDetail, HistoryEntry } from '../api/types.js';
import { categoryLabel } from '../lib/format.js';
import { Link, useTitle } from '../router/router.js';
import { Details } from './Details.js';
import { EscalationNotice } from './EscalationNotice.js';
import { HighlightedText } from './HighlightedText.js';
import { History } from './History.js';
import { type ReviewAction, ReviewActions } from './ReviewActions.js';
import { Screenshot } from './Screenshot.js';

/** One capture: screenshot, text with the match, facts, history, grading and decisions, print. */
export function CapturePage({ id }: { id: string }) {
  const [data, setData] = useState<{ capture: CaptureDetail; history: HistoryEntry[] } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  useTitle(data ? `${categoryLabel(data.capture.category)} capture` : 'Capture');
  const load = useCallback(() => {
    api<{ capture: CaptureDetail; history: HistoryEntry[] }>(`${REVIEW}/captures/${encodeURIComponent(id)}`)
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [id]);
  useEffect(load, [load]);
  // After an action only the review state and history are fetched again: reading the text is a view
  // (audited), refreshing the buttons is not.
  const refresh = useCallback(() => {
    api<Pick<CaptureDetail, 'status' | 'grade' | 'category' | 'state'> & { history: HistoryEntry[] }>(
      `${REVIEW}/captures/${encodeURIComponent(id)}/history`,
    )
      .then(({ history, ...state }) =>
        setData((d) => (d ? { capture: { ...d.capture, ...state }, history } : d)),
      )
      .catch((e: unknown) => setMessage(e instanceof Error ? e.message : String(e)));
  }, [id]);
  const act = async (path: string, body?: unknown, done?: string): Promise<boolean> => {
    setBusy(true);
    setMessage('');
    try {
      await api(`${REVIEW}/captures/${encodeURIComponent(id)}/${path}`, { body: body ?? {} });
      setMessage(done ?? 'Saved.');
      refresh();
      return true;
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const onAction = (action: ReviewAction) => act('events', action, 'Saved.');
  const print = async () => {
    if (await act('print', {}, 'Printing is recorded in the audit log.')) window.print();
  };
  if (error) {
    return (
      <>
        <h1>Capture</h1>
        <p className="error" role="alert">
          {error}
        </p>
        <Link to="/logs">Back to the Logs</Link>
      </>
    );
  }
  if (!data) return <p role="status">Loading…</p>;
  const { capture, history } = data;
  return (
    <article className="capture">
      <p className="no-print">
        <Link to="/logs">Back to the Logs</Link>
      </p>
      <h1>
        {categoryLabel(capture.category)} capture{capture.person ? `: ${capture.person.name}` : ''}
      </h1>
      <p role="status" className="message no-print">
        {message}
      </p>
      <EscalationNotice
        capture={capture}
        busy={busy}
        onAcknowledge={() => act('acknowledge', {}, 'Acknowledged.')}
      />
      {capture.hasScreenshot && (
        <Screenshot captureId={capture.id} sensitive={capture.sensitive} category={capture.category} />
      )}
      <section aria-labelledby="text-title">
        <h2 id="text-title">What was captured</h2>
        <HighlightedText text={capture.text} detections={capture.detections} />
      </section>
      <div className="grid-2">
        <section aria-labelledby="facts-title">
          <h2 id="facts-title">Details</h2>
          <Details capture={capture} />
          <button type="button" className="secondary no-print" onClick={print} disabled={busy}>
            Print
          </button>
        </section>
        <div className="no-print">
          <ReviewActions key={capture.state.updatedAt} capture={capture} busy={busy} onAction={onAction} />
        </div>
      </div>
      <History entries={history} />
    </article>
  );
}
