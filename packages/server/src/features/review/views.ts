import type { ContentScope as FullScope } from '../auth/access.js';
import { detectionsOf, type Reader, type StoredDetection } from './foreign.js';
import type { ReviewItemRow } from './read-model.js';
import type { ReviewState } from './state.js';

/** Categories whose screenshots open blurred until the reviewer chooses to look. */
export const SENSITIVE_CATEGORIES = ['sexual', 'self-harm', 'violence', 'suicide', 'extremism'];

export interface Names {
  schools: Map<string, string>;
  people: Map<string, { name: string; kind: string }>;
  groups: Map<string, string>;
  devices: Map<string, string>;
}

/** Looks up the display names a page of captures needs, in four small indexed queries. */
export async function loadNames(
  r: Reader,
  ids: { schools: string[]; people: string[]; groups: string[]; devices: string[] },
): Promise<Names> {
  const uniq = (xs: string[]) => [...new Set(xs.filter(Boolean))];
  const [schools, people, groups, devices] = await Promise.all([
    uniq(ids.schools).length
      ? r.selectFrom('schools').select(['id', 'name']).where('id', 'in', uniq(ids.schools)).execute()
      : [],
    uniq(ids.people).length
      ? r
          .selectFrom('people')
          .select(['id', 'display_name', 'kind'])
          .where('id', 'in', uniq(ids.people))
          .execute()
      : [],
    uniq(ids.groups).length
      ? r.selectFrom('groups').select(['id', 'name']).where('id', 'in', uniq(ids.groups)).execute()
      : [],
    uniq(ids.devices).length
      ? r.selectFrom('devices').select(['id', 'name']).where('id', 'in', uniq(ids.devices)).execute()
      : [],
  ]);
  return {
    schools: new Map(schools.map((s) => [s.id, s.name])),
    people: new Map(people.map((p) => [p.id, { name: p.display_name, kind: p.kind }])),
    groups: new Map(groups.map((g) => [g.id, g.name])),
    devices: new Map(devices.map((d) => [d.id, d.name])),
  };
}

export function namesFor(items: ReviewItemRow[]): {
  schools: string[];
  people: string[];
  groups: string[];
  devices: string[];
} {
  return {
    schools: items.map((i) => i.school_id),
    people: items.map((i) => i.person_id ?? ''),
    groups: items.map((i) => i.group_id ?? ''),
    devices: items.map((i) => i.device_id ?? ''),
  };
}

/** A person as this user may see them: moderators see captures, never who they concern. */
export function personView(
  scope: FullScope,
  names: Names,
  item: Pick<ReviewItemRow, 'person_id' | 'group_id' | 'school_id'>,
): { id: string; name: string; group: { id: string; name: string } | null } | null {
  if (!item.person_id || !scope.personSchoolIds.includes(item.school_id)) return null;
  const person = names.people.get(item.person_id);
  return {
    id: item.person_id,
    name: person?.name ?? 'unknown person',
    group: item.group_id ? { id: item.group_id, name: names.groups.get(item.group_id) ?? '' } : null,
  };
}

export interface ListItemView {
  id: string;
  occurredAt: string;
  school: { id: string; name: string };
  person: ReturnType<typeof personView>;
  device: { id: string; name: string } | null;
  source: string;
  category: string;
  severity: number;
  rule: string | null;
  status: string;
  grade: number | null;
  sensitive: boolean;
  hasScreenshot: boolean;
}

export function listItemView(
  scope: FullScope,
  names: Names,
  item: ReviewItemRow,
  screenshots: Set<string>,
): ListItemView {
  return {
    id: item.capture_id,
    occurredAt: new Date(Number(item.occurred_at)).toISOString(),
    school: { id: item.school_id, name: names.schools.get(item.school_id) ?? '' },
    person: personView(scope, names, item),
    device: item.device_id ? { id: item.device_id, name: names.devices.get(item.device_id) ?? '' } : null,
    source: item.source,
    category: item.category,
    severity: Number(item.severity),
    rule: item.rule,
    status: item.status,
    grade: item.grade === null ? null : Number(item.grade),
    sensitive: SENSITIVE_CATEGORIES.includes(item.category),
    hasScreenshot: screenshots.has(item.capture_id),
  };
}

export interface DetailView extends ListItemView {
  url: string | null;
  app: string | null;
  text: string;
  detections: StoredDetection[];
  rulesVersion: string;
  detectedCategory: string;
  state: ReviewState;
  receivedAt: string;
}

export function detailView(
  base: ListItemView,
  item: ReviewItemRow,
  capture: {
    url: string | null;
    app: string | null;
    text: string;
    agent_detections: string;
    server_detections: string | null;
    agent_rules_version: string;
    server_rules_version: string | null;
    received_at: number;
  },
): DetailView {
  return {
    ...base,
    url: capture.url,
    app: capture.app,
    text: capture.text,
    detections: detectionsOf(capture).map((d) => ({
      category: d.category,
      severity: d.severity,
      rule: d.rule,
      match: d.match,
      start: d.start,
      end: d.end,
      reasons: d.reasons ?? [],
    })),
    rulesVersion: capture.server_rules_version ?? capture.agent_rules_version,
    detectedCategory: item.detected_category,
    state: JSON.parse(item.state) as ReviewState,
    receivedAt: new Date(Number(capture.received_at)).toISOString(),
  };
}
