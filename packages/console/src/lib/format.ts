// Words for what the API returns.

export const SEVERITY_LABELS: Record<number, string> = {
  0: 'None',
  1: '1 Low',
  2: '2 Moderate',
  3: '3 Concerning',
  4: '4 High',
  5: '5 Severe',
};

export const STATUS_LABELS: Record<string, string> = {
  new: 'New',
  viewed: 'Viewed',
  archived: 'Archived',
  false_positive: 'False positive',
  escalated: 'Escalated',
};

export const EVENT_LABELS: Record<string, string> = {
  viewed: 'Viewed',
  graded: 'Graded',
  category_corrected: 'Category corrected',
  note: 'Note added',
  false_positive: 'Marked false positive',
  archived: 'Archived',
  escalated: 'Escalated to the DSL',
  acknowledged: 'Escalation acknowledged',
  reopened: 'Reopened',
  printed: 'Printed',
};

export const SOURCES: { value: string; label: string }[] = [
  { value: 'typed', label: 'Typed' },
  { value: 'page', label: 'Page text' },
  { value: 'url', label: 'Web address' },
  { value: 'search', label: 'Search' },
  { value: 'title', label: 'Window title' },
];

export function categoryLabel(category: string): string {
  if (!category) return 'Uncategorised';
  const text = category.replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

export const formatTime = (t: string | number): string => dateTime.format(new Date(t));
export const formatShortDay = (t: number): string => dateOnly.format(new Date(t));

/** The engine's fixed category ids: one list for the engine, the server and the console. */
export { CATEGORIES } from '@vigil/engine';
