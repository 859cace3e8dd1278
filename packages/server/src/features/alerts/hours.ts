// School hours and who to tell. Pure: `now` is passed in.

export interface SchoolHours {
  timezone: string;
  dayStartMinute: number;
  dayEndMinute: number;
  weekdays: number[];
}

export const DEFAULT_HOURS: SchoolHours = {
  timezone: 'Europe/London',
  dayStartMinute: 8 * 60,
  dayEndMinute: 17 * 60 + 30,
  weekdays: [1, 2, 3, 4, 5],
};

export const DEFAULT_THRESHOLD = 4;
export const DEFAULT_ACK_TIMEOUT_MS = 15 * 60_000;

const WEEKDAY: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** True when `now` falls in the school's hours, in the school's own time zone. */
export function inSchoolHours(hours: SchoolHours, now: number): boolean {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: hours.timezone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(now));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = WEEKDAY[get('weekday')] ?? 0;
  const minute = Number(get('hour')) * 60 + Number(get('minute'));
  return hours.weekdays.includes(weekday) && minute >= hours.dayStartMinute && minute < hours.dayEndMinute;
}

/** The severity from which a capture of `category` raises an alert at this school. */
export function thresholdFor(
  thresholds: { category: string; min_severity: number }[],
  category: string,
): number {
  const own = thresholds.find((t) => t.category === category);
  if (own) return own.min_severity;
  const all = thresholds.find((t) => t.category === '*');
  return all ? all.min_severity : DEFAULT_THRESHOLD;
}

/** The contacts to try, in order, for an alert raised in or out of hours. */
export function contactsFor<T extends { hours: string; position: number }>(
  contacts: T[],
  outOfHours: boolean,
): T[] {
  return contacts
    .filter((c) => c.hours === 'always' || c.hours === (outOfHours ? 'out' : 'school'))
    .sort((a, b) => a.position - b.position);
}

/** Seconds to wait before retry `attempt` (1-based) of a failed delivery: 2, 4, 8 ... capped at 10 min. */
export function retryDelayMs(attempt: number): number {
  return Math.min(600_000, 1000 * 2 ** attempt);
}
