import { useEffect, useState } from 'react';
import { categoryLabel } from '../lib/format.js';
import { Link } from '../router/router.js';

interface LiveAlert {
  id: string;
  captureId: string;
  category: string;
  severity: number;
  school: string;
}

/** Live alerts from the server (server-sent events), announced politely and linked to the capture. */
export function LiveAlerts() {
  const [alerts, setAlerts] = useState<LiveAlert[]>([]);
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/console/v1/alerts/stream');
    source.addEventListener('alert', (event) => {
      const alert = JSON.parse((event as MessageEvent<string>).data) as LiveAlert;
      setAlerts((list) => [alert, ...list.filter((a) => a.id !== alert.id)].slice(0, 3));
    });
    return () => source.close();
  }, []);
  return (
    <div className="live-alerts" role="status" aria-live="polite">
      {alerts.map((a) => (
        <p key={a.id} className="live-alert">
          <strong>Alert:</strong> {categoryLabel(a.category)}, severity {a.severity}, {a.school}.{' '}
          <Link to={`/captures/${a.captureId}`}>Open the capture</Link>{' '}
          <button
            type="button"
            className="link"
            onClick={() => setAlerts((l) => l.filter((x) => x.id !== a.id))}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
