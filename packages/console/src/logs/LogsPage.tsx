import { useEffect, useState } from 'react';
import { api, REVIEW } from '../api/client.js';
import type { BulkResult, Options } from '../api/types.js';
import { type Filters, filtersFrom, logsHref, PAGE_SIZES } from '../lib/filters.js';
import { navigate, useLocation, useTitle } from '../router/router.js';
import { BulkBar } from './BulkBar.js';
import { FiltersForm } from './FiltersForm.js';
import { LogsTable } from './LogsTable.js';
import { Pager } from './Pager.js';
import { ThumbGrid } from './ThumbGrid.js';
import { useLogsPage } from './useLogsPage.js';
import { useReviewKeys } from './useReviewKeys.js';

/** The review queue: filters in the URL, list or thumbnails, selection and bulk actions, keyset paging. */
export function LogsPage() {
  useTitle('Logs');
  const { search } = useLocation();
  const filters = filtersFrom(search);
  const view = search.get('view') === 'grid' ? 'grid' : 'list';
  const sizeParam = Number(search.get('size'));
  const size = (PAGE_SIZES as readonly number[]).includes(sizeParam) ? sizeParam : 50;
  const cursor = search.get('cursor');
  const { page, error, reload } = useLogsPage(filters, size, cursor);
  const [options, setOptions] = useState<Options | undefined>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [focused, setFocused] = useState(-1);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    api<Options>(`${REVIEW}/options`).then(setOptions, () => undefined);
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page clears the selection
  useEffect(() => {
    setSelected(new Set());
    setFocused(-1);
  }, [page]);
  const items = page?.items ?? [];
  const extras = (over: Record<string, string | undefined> = {}) => ({
    view: view === 'grid' ? 'grid' : undefined,
    size: size !== 50 ? String(size) : undefined,
    ...over,
  });
  const go = (f: Filters, over: Record<string, string | undefined> = {}) =>
    navigate(logsHref(f, extras(over)));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  useReviewKeys({
    count: items.length,
    focused,
    setFocused,
    toggle: (i) => items[i] && toggle(items[i].id),
    open: (i) => items[i] && navigate(`/captures/${items[i].id}`),
  });
  const bulk = async (
    event: { type: 'viewed' } | { type: 'archived' } | { type: 'false_positive'; reason: string },
  ) => {
    setBusy(true);
    try {
      const result = await api<BulkResult>(`${REVIEW}/captures/bulk`, {
        body: { ids: [...selected], event },
      });
      const done = result.results.filter((r) => r.ok).length;
      const refused = result.results.length - done;
      setMessage(
        `${done} updated${refused ? `; ${refused} not changed (already closed or escalated)` : ''}.`,
      );
      reload();
    } catch (e) {
      setMessage(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const personName = items.find((i) => i.person?.id === filters.person)?.person?.name;
  return (
    <>
      <h1>Logs</h1>
      <FiltersForm filters={filters} options={options} personName={personName} onApply={(f) => go(f)} />
      <div className="toolbar">
        <fieldset className="view-switch">
          <legend className="visually-hidden">View</legend>
          <button
            type="button"
            aria-pressed={view === 'list'}
            className="secondary"
            onClick={() => go(filters, { view: undefined, cursor: cursor ?? undefined })}
          >
            List
          </button>
          <button
            type="button"
            aria-pressed={view === 'grid'}
            className="secondary"
            onClick={() => go(filters, { view: 'grid', cursor: cursor ?? undefined })}
          >
            Thumbnails
          </button>
        </fieldset>
        <p className="hint">Keys: j and k move, x selects, o opens.</p>
      </div>
      <BulkBar
        count={selected.size}
        pageSize={items.length}
        busy={busy}
        onSelectAll={() => setSelected(new Set(items.map((i) => i.id)))}
        onDeselect={() => setSelected(new Set())}
        onAction={bulk}
      />
      <p role="status" className="message">
        {message}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!page && !error && <p role="status">Loading…</p>}
      {page && items.length === 0 && <p>No captures match these filters.</p>}
      {page && items.length > 0 && view === 'list' && (
        <LogsTable items={items} selected={selected} focused={focused} onToggle={toggle} />
      )}
      {page && items.length > 0 && view === 'grid' && (
        <ThumbGrid items={items} selected={selected} focused={focused} onToggle={toggle} />
      )}
      <Pager
        size={size}
        onSize={(s) =>
          go(filters, { size: s === 50 ? undefined : String(s), view: view === 'grid' ? 'grid' : undefined })
        }
        hasNext={!!page?.next}
        onNext={() => page?.next && go(filters, { cursor: page.next })}
        onFirst={() => go(filters)}
        isFirst={!cursor}
      />
    </>
  );
}
