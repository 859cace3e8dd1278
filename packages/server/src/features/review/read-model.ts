import {
  CompiledQuery,
  type ExpressionBuilder,
  type Kysely,
  type SelectQueryBuilder,
  sql,
  type Transaction,
} from 'kysely';
import type { Database } from '../../db/schema.js';
import { DAY_MS, dayOf, normaliseTerm } from './projector.js';
import type { ReviewStatus } from './state.js';

type Handle = Kysely<Database> | Transaction<Database>;

/**
 * Which captures a user may see (from `Access.contentScope()`): their schools, never captures about
 * themselves, and captures about staff only where they may see allegations against staff.
 */
export interface ContentScope {
  schoolIds: readonly string[];
  excludedPersonIds: readonly string[];
  staffSubjectSchoolIds?: readonly string[] | undefined;
}

export interface LogFilters {
  from?: number | undefined;
  to?: number | undefined;
  schools?: string[] | undefined;
  categories?: string[] | undefined;
  severities?: number[] | undefined;
  statuses?: ReviewStatus[] | undefined;
  person?: string | undefined;
  group?: string | undefined;
  device?: string | undefined;
  sources?: string[] | undefined;
  rule?: string | undefined;
  /** a matched word or phrase, as Activity lists them */
  term?: string | undefined;
}

export interface Cursor {
  occurredAt: number;
  captureId: string;
}

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(`${c.occurredAt}:${c.captureId}`, 'utf8').toString('base64url');

export function decodeCursor(value: string): Cursor | undefined {
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^(\d{1,16}):([\w-]{1,64})$/.exec(text);
  if (!match) return undefined;
  return { occurredAt: Number(match[1]), captureId: match[2]! };
}

export type ReviewItemRow = Database['review_items'];

export function isSqlite(db: Handle): boolean {
  return db.getExecutor().adapter.constructor.name.toLowerCase().includes('sqlite');
}

/**
 * Runs a query with SQLite's INDEXED BY on `table` (the query builder has no word for it); on
 * PostgreSQL the query runs as built and the planner chooses.
 */
async function withIndex<R>(
  db: Handle,
  query: { compile(): CompiledQuery<R>; execute(): Promise<R[]> },
  table: string,
  index: string,
): Promise<R[]> {
  if (!isSqlite(db)) return query.execute();
  const compiled = query.compile();
  const text = compiled.sql.replace(`from "${table}"`, `from "${table}" indexed by "${index}"`);
  if (text === compiled.sql) throw new Error(`withIndex: no ${table} table in the query`);
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, [...compiled.parameters]));
  return result.rows;
}

function schoolIn(_db: Handle, schools: readonly string[]) {
  return (eb: ExpressionBuilder<Database, 'review_items'>) => eb('school_id', 'in', [...schools]);
}

/** Severity (1..5) from which a capture counts as high risk: the Activity page's "new high-risk". */
export const HIGH_RISK = 4;

function schoolsIn(scope: ContentScope, wanted: string[] | undefined): string[] {
  if (!wanted || wanted.length === 0) return [...scope.schoolIds];
  const allowed = new Set(scope.schoolIds);
  return wanted.filter((s) => allowed.has(s));
}

function excludePersons<O>(
  query: SelectQueryBuilder<Database, 'review_items', O>,
  scope: ContentScope,
  schools: readonly string[],
): SelectQueryBuilder<Database, 'review_items', O> {
  let q = query;
  if (scope.excludedPersonIds.length > 0) {
    q = q.where((eb: ExpressionBuilder<Database, 'review_items'>) =>
      eb.or([eb('person_id', 'is', null), eb('person_id', 'not in', [...scope.excludedPersonIds])]),
    );
  }
  const staffOk = new Set(scope.staffSubjectSchoolIds ?? scope.schoolIds);
  if (schools.some((s) => !staffOk.has(s))) {
    const allowed = schools.filter((s) => staffOk.has(s));
    q = q.where((eb: ExpressionBuilder<Database, 'review_items'>) =>
      eb.or([
        eb('subject_kind', 'is', null),
        eb('subject_kind', '!=', 'staff'),
        ...(allowed.length ? [eb('school_id', 'in', allowed)] : []),
      ]),
    );
  }
  return q;
}

/**
 * One page of the Logs, newest first, keyset-paged on (occurred_at, capture_id) so page 1000 costs
 * what page 1 costs. Returns `limit` rows and the cursor of the next page, if any.
 */
export async function listReviewItems(
  db: Handle,
  scope: ContentScope,
  filters: LogFilters,
  page: { limit: number; cursor?: Cursor | undefined },
): Promise<{ items: ReviewItemRow[]; next: Cursor | null }> {
  const schools = schoolsIn(scope, filters.schools);
  if (schools.length === 0) return { items: [], next: null };
  let query = db.selectFrom('review_items').selectAll();
  if (schools.length === 1) query = query.where('school_id', '=', schools[0]!);
  else query = query.where(schoolIn(db, schools));
  if (filters.from !== undefined) query = query.where('occurred_at', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('occurred_at', '<', filters.to);
  query = inList(query, 'category', filters.categories);
  query = inList(query, 'severity', filters.severities);
  query = inList(query, 'status', filters.statuses);
  query = inList(query, 'source', filters.sources);
  if (filters.person) query = query.where('person_id', '=', filters.person);
  if (filters.group) {
    const group = filters.group;
    query = query.where('person_id', 'in', (eb) =>
      eb
        .selectFrom('group_members')
        .select('group_members.person_id')
        .where('group_members.group_id', '=', group),
    );
  }
  if (filters.device) query = query.where('device_id', '=', filters.device);
  if (filters.rule) query = query.where('rule', '=', filters.rule);
  if (filters.term)
    query = query.where('terms', 'like', `%|${normaliseTerm(filters.term).replace(/[%_]/g, '')}|%`);
  query = excludePersons(query, scope, schools);
  const cursor = page.cursor;
  if (cursor) {
    query = query.where((eb) =>
      eb(eb.refTuple('occurred_at', 'capture_id'), '<', eb.tuple(cursor.occurredAt, cursor.captureId)),
    );
  }
  const ordered = query
    .orderBy('occurred_at', 'desc')
    .orderBy('capture_id', 'desc')
    .limit(page.limit + 1);
  // Several schools on SQLite: its planner would read every matching row of each school through a
  // school index and sort them all (seconds at a million rows). Walking the time index newest first
  // stops at the page instead. Person, device and group filters keep their own, narrower indexes.
  const walkTime = schools.length > 1 && isSqlite(db) && !filters.person && !filters.device && !filters.group;
  const rows = walkTime
    ? await withIndex(db, ordered, 'review_items', 'review_items_time_filters')
    : await ordered.execute();
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  const next =
    rows.length > page.limit && last ? { occurredAt: last.occurred_at, captureId: last.capture_id } : null;
  return { items, next };
}

function inList<O, V extends string | number>(
  query: SelectQueryBuilder<Database, 'review_items', O>,
  column: 'category' | 'severity' | 'status' | 'source',
  values: V[] | undefined,
): SelectQueryBuilder<Database, 'review_items', O> {
  if (!values || values.length === 0) return query;
  // biome-ignore lint/suspicious/noExplicitAny: the column's type matches V by construction
  const v = values as any;
  return values.length === 1 ? query.where(column, '=', v[0]) : query.where(column, 'in', v);
}

export async function getReviewItem(db: Handle, captureId: string): Promise<ReviewItemRow | undefined> {
  return db.selectFrom('review_items').selectAll().where('capture_id', '=', captureId).executeTakeFirst();
}

export function itemVisible(item: ReviewItemRow, scope: ContentScope): boolean {
  if (!scope.schoolIds.includes(item.school_id)) return false;
  if (item.person_id && scope.excludedPersonIds.includes(item.person_id)) return false;
  if (
    item.subject_kind === 'staff' &&
    !(scope.staffSubjectSchoolIds ?? scope.schoolIds).includes(item.school_id)
  ) {
    return false;
  }
  return true;
}

export interface Activity {
  from: number;
  to: number;
  total: number;
  byCategory: { category: string; severity: number; captures: number }[];
  trend: { day: number; severity: number; captures: number }[];
  topTerms: { term: string; captures: number }[];
  leastTerms: { term: string; captures: number }[];
  topByCaptures: { personId: string; captures: number; risk: number }[];
  topByRisk: { personId: string; captures: number; risk: number }[];
  newHighRisk: ReviewItemRow[];
}

/**
 * The Activity page from the daily summaries (whole UTC days: `from` is rounded down to its day and
 * `to` up), plus the newest unreviewed high and critical captures from the read model.
 */
export async function activity(
  db: Handle,
  scope: ContentScope,
  range: { from: number; to: number; schools?: string[] | undefined },
): Promise<Activity> {
  const schools = schoolsIn(scope, range.schools);
  const fromDay = dayOf(range.from);
  const toDay = dayOf(range.to - 1) + DAY_MS;
  const empty: Activity = {
    from: fromDay,
    to: toDay,
    total: 0,
    byCategory: [],
    trend: [],
    topTerms: [],
    leastTerms: [],
    topByCaptures: [],
    topByRisk: [],
    newHighRisk: [],
  };
  if (schools.length === 0) return empty;
  const captures = sql<number>`sum(captures)`;
  // Four queries: the daily counts (categories and trend from one), every term, every person, and
  // the newest high-risk captures; the rankings are cut in memory.
  const [daily, terms, people, newHighRisk] = await Promise.all([
    // The covering indexes: SQLite would otherwise take the primary key and read every row.
    withIndex(
      db,
      db
        .selectFrom('activity_daily')
        .select(['day', 'category', 'severity', captures.as('captures')])
        .where('school_id', 'in', schools)
        .where('day', '>=', fromDay)
        .where('day', '<', toDay)
        .groupBy(['day', 'category', 'severity']),
      'activity_daily',
      'activity_daily_covering',
    ),
    withIndex(
      db,
      db
        .selectFrom('activity_term_daily')
        .select(['term', captures.as('captures')])
        .where('school_id', 'in', schools)
        .where('day', '>=', fromDay)
        .where('day', '<', toDay)
        .groupBy('term'),
      'activity_term_daily',
      'activity_term_daily_covering',
    ),
    peopleQuery(db, scope, schools, fromDay, toDay),
    Promise.all(
      [5, 4].map((severity) => {
        // Literal values, so the partial index review_items_new_high applies.
        let q = db
          .selectFrom('review_items')
          .selectAll()
          .where('status', '=', sql.lit('new'))
          .where('severity', '>=', sql.lit(HIGH_RISK))
          .where('severity', '=', sql.lit(severity))
          .where('occurred_at', '>=', range.from)
          .where('occurred_at', '<', range.to);
        q = schools.length === 1 ? q.where('school_id', '=', schools[0]!) : q.where(schoolIn(db, schools));
        return excludePersons(q, scope, schools).orderBy('occurred_at', 'desc').limit(10).execute();
      }),
    ).then(([five, four]) => [...(five ?? []), ...(four ?? [])].slice(0, 10)),
  ]);
  const byCategory = new Map<string, { category: string; severity: number; captures: number }>();
  const trend = new Map<string, { day: number; severity: number; captures: number }>();
  for (const row of daily) {
    const n = Number(row.captures);
    const severity = Number(row.severity);
    const day = Number(row.day);
    const c = byCategory.get(`${row.category}|${severity}`) ?? {
      category: row.category,
      severity,
      captures: 0,
    };
    c.captures += n;
    byCategory.set(`${row.category}|${severity}`, c);
    const t = trend.get(`${day}|${severity}`) ?? { day, severity, captures: 0 };
    t.captures += n;
    trend.set(`${day}|${severity}`, t);
  }
  const cats = [...byCategory.values()].filter((c) => c.captures > 0);
  const counted = terms
    .map((t) => ({ term: t.term, captures: Number(t.captures) }))
    .filter((t) => t.captures > 0);
  const byTerm = (a: { term: string }, b: { term: string }) =>
    a.term < b.term ? -1 : a.term > b.term ? 1 : 0;
  return {
    from: fromDay,
    to: toDay,
    total: cats.reduce((sum, r) => sum + r.captures, 0),
    byCategory: cats,
    trend: [...trend.values()].sort((a, b) => a.day - b.day || a.severity - b.severity),
    topTerms: [...counted].sort((a, b) => b.captures - a.captures || byTerm(a, b)).slice(0, 10),
    leastTerms: [...counted].sort((a, b) => a.captures - b.captures || byTerm(a, b)).slice(0, 10),
    topByCaptures: top(people, (p) => p.captures),
    topByRisk: top(people, (p) => p.risk),
    newHighRisk,
  };
}

function top<T extends { personId: string }>(rows: T[], by: (row: T) => number): T[] {
  return [...rows].sort((a, b) => by(b) - by(a) || (a.personId < b.personId ? -1 : 1)).slice(0, 10);
}

async function peopleQuery(
  db: Handle,
  scope: ContentScope,
  schools: string[],
  fromDay: number,
  toDay: number,
): Promise<{ personId: string; captures: number; risk: number }[]> {
  const captures = sql<number>`sum(captures)`;
  const risk = sql<number>`sum(risk)`;
  let query = db
    .selectFrom('activity_person_daily')
    .select(['person_id', captures.as('captures'), risk.as('risk')])
    .where('school_id', 'in', schools)
    .where('day', '>=', fromDay)
    .where('day', '<', toDay);
  if (scope.excludedPersonIds.length > 0)
    query = query.where('person_id', 'not in', [...scope.excludedPersonIds]);
  const rows = await withIndex(
    db,
    query.groupBy('person_id'),
    'activity_person_daily',
    'activity_person_daily_covering',
  );
  return rows
    .map((r) => ({ personId: r.person_id, captures: Number(r.captures), risk: Number(r.risk) }))
    .filter((r) => r.captures > 0);
}

/** False positives per rule, most first: which rules need tuning. */
export async function falsePositivesByRule(
  db: Handle,
  scope: ContentScope,
): Promise<{ rule: string; falsePositives: number }[]> {
  if (scope.schoolIds.length === 0) return [];
  const count = sql<number>`count(*)`;
  const rows = await db
    .selectFrom('review_items')
    .select(['rule', count.as('n')])
    .where('status', '=', 'false_positive')
    .where('school_id', 'in', [...scope.schoolIds])
    .where('rule', 'is not', null)
    .groupBy('rule')
    .orderBy(count, 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ rule: r.rule ?? '', falsePositives: Number(r.n) }));
}
