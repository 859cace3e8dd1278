import { type Frame, isFrame, rangeOf } from './timeframe.js';

// The Logs filters as they live in the URL; every key is optional. Pure.

export const FILTER_KEYS = [
  'frame',
  'from',
  'to',
  'school',
  'category',
  'severity',
  'status',
  'person',
  'group',
  'device',
  'source',
  'rule',
  'term',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

export const PAGE_SIZES = [25, 50, 100, 200] as const;

export function filtersFrom(search: URLSearchParams): Filters {
  const out: Filters = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value) out[key] = value;
  }
  return out;
}

/** A Logs link for these filters (and view options); empty values are left out. */
export function logsHref(filters: Filters, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  const query = params.toString();
  return query ? `/logs?${query}` : '/logs';
}

export function frameOf(filters: Filters): Frame | undefined {
  return isFrame(filters.frame ?? null) ? (filters.frame as Frame) : undefined;
}

/** The review API's query string for a page of Logs. */
export function apiQuery(
  filters: Filters,
  now: number,
  page: { limit: number; cursor?: string | null },
): string {
  const params = new URLSearchParams();
  const frame = frameOf(filters);
  if (frame) {
    const range = rangeOf(frame, now, { from: filters.from ?? null, to: filters.to ?? null });
    params.set('from', String(range.from));
    params.set('to', String(range.to));
  }
  for (const key of [
    'school',
    'category',
    'severity',
    'status',
    'person',
    'group',
    'device',
    'source',
    'rule',
    'term',
  ] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  params.set('limit', String(page.limit));
  if (page.cursor) params.set('cursor', page.cursor);
  return params.toString();
}
