import { useEffect, useState } from 'react';
import { api } from '../api/client.js';
import { formatTime } from '../lib/format.js';
import { Select } from '../logs/Select.js';
import { Link, navigate, useLocation, useTitle } from '../router/router.js';

interface AuditEntry {
  seq: number;
  at: number;
  actor: string;
  actorName?: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  personId: string | null;
}

const FILTERS = ['actor', 'person', 'capture', 'action'] as const;

/** The audit log, filtered by user, person, capture and action (in the URL). */
export function AuditPage() {
  useTitle('Audit log');
  const { search } = useLocation();
  const [entries, setEntries] = useState<AuditEntry[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const query = new URLSearchParams();
  for (const f of FILTERS) {
    const v = search.get(f);
    if (v) query.set(f, v);
  }
  const key = query.toString();
  useEffect(() => {
    api<{ entries: AuditEntry[] }>(`/api/console/v1/audit?${key}`)
      .then((r) => setEntries(r.entries))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [key]);
  const action = search.get('action') ?? '';
  return (
    <>
      <h1>Audit log</h1>
      <form className="filters" aria-label="Audit filters" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Action"
          value={action}
          onChange={(v) => {
            const next = new URLSearchParams(key);
            if (v) next.set('action', v);
            else next.delete('action');
            navigate(`/audit?${next}`);
          }}
          options={[
            ['capture.*', 'Anything done to captures'],
            ['capture.view-text', 'Capture text viewed'],
            ['capture.view-screenshot', 'Screenshot viewed'],
            ['capture.print', 'Capture printed'],
            ['capture.graded', 'Capture graded'],
            ['capture.false-positive', 'Marked false positive'],
            ['capture.escalated', 'Escalated'],
            ['auth.*', 'Sign-in and account'],
          ].map(([value, label]) => ({ value: value!, label: label! }))}
        />
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries && (
        <table>
          <caption className="visually-hidden">Audit entries, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.seq}>
                <td>{formatTime(e.at)}</td>
                <td>{e.actorName ?? e.actor}</td>
                <td>{e.action}</td>
                <td>
                  {e.subjectType === 'capture' && e.subjectId ? (
                    <Link to={`/captures/${e.subjectId}`}>capture</Link>
                  ) : e.subjectType ? (
                    `${e.subjectType} ${e.subjectId ?? ''}`
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
