import { useEffect, useState } from 'react';
import { api, REVIEW } from '../api/client.js';
import type { Activity } from '../api/types.js';
import { type Filters, logsHref } from '../lib/filters.js';
import { type Frame, isFrame, rangeOf } from '../lib/timeframe.js';
import { Link, navigate, useLocation, useTitle } from '../router/router.js';
import { CountsTable } from './CountsTable.js';
import { HighRiskList } from './HighRiskList.js';
import { TermsList } from './TermsList.js';
import { TimeFrameChooser } from './TimeFrameChooser.js';
import { TopPeople } from './TopPeople.js';
import { TrendChart } from './TrendChart.js';

export function ActivityPage() {
  useTitle('Activity');
  const { search } = useLocation();
  const frame: Frame = isFrame(search.get('frame')) ? (search.get('frame') as Frame) : '7d';
  const from = search.get('from') ?? undefined;
  const to = search.get('to') ?? undefined;
  const school = search.get('school') ?? undefined;
  const [activity, setActivity] = useState<Activity | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    const range = rangeOf(frame, Date.now(), { from: from ?? null, to: to ?? null });
    const query = new URLSearchParams({ from: String(range.from), to: String(range.to) });
    if (school) query.set('school', school);
    const controller = new AbortController();
    setError(undefined);
    api<Activity>(`${REVIEW}/activity?${query}`, { signal: controller.signal })
      .then(setActivity)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, [frame, from, to, school]);
  const base: Filters = { frame, ...(frame === 'custom' ? { from, to } : {}), ...(school ? { school } : {}) };
  return (
    <>
      <h1>Activity</h1>
      <TimeFrameChooser
        frame={frame}
        from={from}
        to={to}
        onShow={(choice) => {
          const params = new URLSearchParams({ frame: choice.frame });
          if (choice.from) params.set('from', choice.from);
          if (choice.to) params.set('to', choice.to);
          if (school) params.set('school', school);
          navigate(`/activity?${params}`);
        }}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!activity && !error && <p role="status">Loading…</p>}
      {activity && (
        <>
          <HighRiskList
            items={activity.newHighRisk}
            allHref={logsHref({ ...base, status: 'new', severity: '4,5' })}
          />
          <p className="total">
            <Link to={logsHref(base)}>{activity.total} captures</Link> in this time frame.
          </p>
          <div className="grid-2">
            <CountsTable activity={activity} base={base} />
            <TrendChart activity={activity} />
          </div>
          <div className="grid-2">
            <TermsList title="Most captured words and phrases" terms={activity.topTerms} base={base} />
            <TermsList title="Least captured words and phrases" terms={activity.leastTerms} base={base} />
          </div>
          <div className="grid-2">
            <TopPeople title="Top ten by captures" people={activity.topByCaptures} base={base} />
            <TopPeople title="Top ten by risk" people={activity.topByRisk} base={base} />
          </div>
        </>
      )}
    </>
  );
}
