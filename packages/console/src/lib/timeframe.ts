// Time frames for Activity and Logs, as in the URL (`frame=7d`, or `frame=custom&from=2026-11-01&to=2026-11-20`).
// Pure: `now` is passed in.

export const FRAMES = [
  { value: 'today', label: 'Today' },
  { value: '7d', label: 'Last 7 days' },
  { value: '30d', label: 'Last 30 days' },
  { value: 'half-term', label: 'This half-term' },
  { value: 'custom', label: 'Custom dates' },
] as const;
export type Frame = (typeof FRAMES)[number]['value'];

export interface Range {
  from: number;
  to: number;
}

const DAY = 86_400_000;

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/**
 * The first day of the half-term containing `now` (England, approximately: terms begin early
 * September, November, January, late February, mid April and June).
 */
export function halfTermStart(now: number): number {
  const d = new Date(now);
  const year = d.getFullYear();
  const starts = [
    new Date(year - 1, 8, 1),
    new Date(year - 1, 10, 1),
    new Date(year, 0, 1),
    new Date(year, 1, 20),
    new Date(year, 3, 15),
    new Date(year, 5, 1),
    new Date(year, 8, 1),
    new Date(year, 10, 1),
  ].map((x) => x.getTime());
  let start = starts[0]!;
  for (const s of starts) if (s <= now) start = s;
  return start;
}

export function parseDay(value: string | null): number | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const [y, m, d] = value.split('-').map(Number);
  const t = new Date(y!, m! - 1, d!).getTime();
  return Number.isNaN(t) ? undefined : t;
}

export function formatDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function isFrame(value: string | null): value is Frame {
  return FRAMES.some((f) => f.value === value);
}

/** The [from, to) of a frame; custom days are whole local days, `to` inclusive of its day. */
export function rangeOf(
  frame: Frame,
  now: number,
  custom: { from?: string | null; to?: string | null } = {},
): Range {
  const endOfToday = startOfDay(now) + DAY;
  switch (frame) {
    case 'today':
      return { from: startOfDay(now), to: endOfToday };
    case '7d':
      return { from: startOfDay(now) - 6 * DAY, to: endOfToday };
    case '30d':
      return { from: startOfDay(now) - 29 * DAY, to: endOfToday };
    case 'half-term':
      return { from: halfTermStart(now), to: endOfToday };
    case 'custom': {
      const from = parseDay(custom.from ?? null) ?? startOfDay(now) - 6 * DAY;
      const toDay = parseDay(custom.to ?? null) ?? startOfDay(now);
      return { from, to: Math.max(from, toDay) + DAY };
    }
  }
}
