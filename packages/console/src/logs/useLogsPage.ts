import { useCallback, useEffect, useState } from 'react';
import { api, REVIEW } from '../api/client.js';
import type { Page } from '../api/types.js';
import { apiQuery, type Filters } from '../lib/filters.js';

/** Loads one page of Logs for the filters and cursor in the URL; `reload` after a bulk action. */
export function useLogsPage(filters: Filters, size: number, cursor: string | null) {
  const [page, setPage] = useState<Page | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `filters`
  useEffect(() => {
    const controller = new AbortController();
    setError(undefined);
    api<Page>(`${REVIEW}/captures?${apiQuery(filters, Date.now(), { limit: size, cursor })}`, {
      signal: controller.signal,
    })
      .then(setPage)
      .catch((e: unknown) => {
        if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
      });
    return () => controller.abort();
  }, [key, size, cursor, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { page, error, reload };
}
