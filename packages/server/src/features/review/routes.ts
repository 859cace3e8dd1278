import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import { badRequest, notFound } from '../../http/errors.js';
import { appendAudit } from '../audit/audit.js';
import { requireAuth } from '../auth/guard.js';
import { reader } from './foreign.js';
import {
  activity,
  type Cursor,
  decodeCursor,
  encodeCursor,
  falsePositivesByRule,
  getReviewItem,
  itemVisible,
  listReviewItems,
} from './read-model.js';
import {
  type Actor,
  applyReviewEvent,
  captureHistory,
  type EventHook,
  type EventOutcome,
} from './service.js';
import { REVIEW_STATUSES, type ReviewEvent } from './state.js';
import { detailView, listItemView, loadNames, namesFor, personView } from './views.js';

export const REVIEW_API = '/api/console/v1/review';

/** Reads a stored screenshot decrypted (the blob service); absent until screenshots are stored. */
export interface ScreenshotReader {
  read(input: { schoolId: string; blobId: string }): Promise<{ contentType: string; body: Buffer }>;
}

export interface ReviewRouteDeps {
  db: Db;
  now: () => number;
  screenshots?: ScreenshotReader | undefined;
  /** Runs in each accepted event's transaction (alerts raise the escalation alert there). */
  onApplied?: EventHook | undefined;
}

/** A comma-separated list in the query string, e.g. `?status=new,viewed`. */
// biome-ignore lint/suspicious/noExplicitAny: any item schema that reads a string
const list = <T extends z.ZodType<any, any>>(item: T) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').filter(Boolean) : undefined))
    .pipe(z.array(item).max(100).optional());

const LogsQuery = z.object({
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  school: list(z.string().max(64)),
  category: list(z.string().max(64)),
  severity: list(z.coerce.number().int().min(0).max(5)),
  status: list(z.enum(REVIEW_STATUSES)),
  source: list(z.string().max(32)),
  person: z.string().max(64).optional(),
  group: z.string().max(64).optional(),
  device: z.string().max(64).optional(),
  rule: z.string().max(200).optional(),
  term: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

const EventBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('viewed') }),
  z.object({ type: z.literal('graded'), grade: z.number().int().min(1).max(5) }),
  z.object({ type: z.literal('category_corrected'), category: z.string().min(1).max(64) }),
  z.object({ type: z.literal('note'), text: z.string().min(1).max(5000) }),
  z.object({ type: z.literal('false_positive'), reason: z.string().min(1).max(500) }),
  z.object({ type: z.literal('archived') }),
  z.object({
    type: z.literal('escalated'),
    note: z.string().min(1).max(5000),
    to: z.string().max(64).optional(),
  }),
  z.object({ type: z.literal('reopened') }),
]);

const Params = z.object({ captureId: z.string().min(1).max(64) });

export function reviewRoutes(app: FastifyInstance, deps: ReviewRouteDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actorOf = (auth: ReturnType<typeof requireAuth>): Actor => ({
    userId: auth.user.id,
    organisationId: auth.user.organisation_id,
  });

  r.get(
    `${REVIEW_API}/captures`,
    { config: { permission: 'captures.view' }, schema: { querystring: LogsQuery } },
    async (request) => {
      const auth = requireAuth(request);
      const scope = auth.access.contentScope();
      const q = request.query;
      let cursor: Cursor | undefined;
      if (q.cursor) {
        cursor = decodeCursor(q.cursor);
        if (!cursor) throw badRequest('query.cursor: is not a cursor this server made');
      }
      const page = await listReviewItems(
        deps.db,
        scope,
        {
          from: q.from,
          to: q.to,
          schools: q.school,
          categories: q.category,
          severities: q.severity,
          statuses: q.status,
          sources: q.source,
          person: q.person,
          group: q.group,
          device: q.device,
          rule: q.rule,
          term: q.term,
        },
        { limit: q.limit, cursor },
      );
      const db = reader(deps.db);
      const names = await loadNames(db, namesFor(page.items));
      const ids = page.items.map((i) => i.capture_id);
      const withShots = ids.length
        ? await db
            .selectFrom('captures')
            .select('id')
            .where('id', 'in', ids)
            .where('screenshot_blob_id', 'is not', null)
            .execute()
        : [];
      const shots = new Set(withShots.map((s) => s.id));
      return {
        items: page.items.map((item) => listItemView(scope, names, item, shots)),
        next: page.next ? encodeCursor(page.next) : null,
      };
    },
  );

  r.get(
    `${REVIEW_API}/captures/:captureId`,
    { config: { permission: 'captures.view' }, schema: { params: Params } },
    async (request) => {
      const auth = requireAuth(request);
      const scope = auth.access.contentScope();
      const id = request.params.captureId;
      const now = deps.now();
      // Reading the text is audited in the same transaction as the read (the 'viewed' event).
      return deps.db.transaction().execute(async (trx) => {
        const item = await getReviewItem(trx, id);
        if (!item || !itemVisible(item, scope)) throw notFound('no such capture');
        const capture = await reader(trx)
          .selectFrom('captures')
          .selectAll()
          .where('id', '=', id)
          .executeTakeFirst();
        if (!capture) throw notFound('no such capture');
        const [outcome] = await applyReviewEvent(trx, actorOf(auth), scope, [id], { type: 'viewed' }, now, {
          action: 'capture.view-text',
        });
        const current = outcome?.ok
          ? { ...item, ...outcome.event.item, state: JSON.stringify(outcome.event.after) }
          : item;
        const names = await loadNames(reader(trx), namesFor([current]));
        const shots = new Set(capture.screenshot_blob_id ? [id] : []);
        const base = listItemView(scope, names, current, shots);
        return {
          capture: detailView(base, current, capture),
          history: await captureHistory(trx, id),
        };
      });
    },
  );

  // The review state and history without the text (after an action: no new view to audit).
  r.get(
    `${REVIEW_API}/captures/:captureId/history`,
    { config: { permission: 'captures.view' }, schema: { params: Params } },
    async (request) => {
      const auth = requireAuth(request);
      const item = await getReviewItem(deps.db, request.params.captureId);
      if (!item || !itemVisible(item, auth.access.contentScope())) throw notFound('no such capture');
      return {
        status: item.status,
        grade: item.grade === null ? null : Number(item.grade),
        category: item.category,
        state: JSON.parse(item.state) as unknown,
        history: await captureHistory(deps.db, item.capture_id),
      };
    },
  );

  r.get(
    `${REVIEW_API}/captures/:captureId/screenshot`,
    {
      config: { permission: 'captures.view' },
      schema: {
        params: Params,
        querystring: z.object({ variant: z.enum(['full', 'thumb']).default('full') }),
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const scope = auth.access.contentScope();
      const id = request.params.captureId;
      const item = await getReviewItem(deps.db, id);
      if (!item || !itemVisible(item, scope)) throw notFound('no such capture');
      const capture = await reader(deps.db)
        .selectFrom('captures')
        .select(['screenshot_blob_id', 'thumbnail_blob_id'])
        .where('id', '=', id)
        .executeTakeFirst();
      const blobId =
        request.query.variant === 'thumb'
          ? (capture?.thumbnail_blob_id ?? capture?.screenshot_blob_id)
          : capture?.screenshot_blob_id;
      if (!blobId || !deps.screenshots) throw notFound('this capture has no screenshot');
      const image = await deps.screenshots.read({ schoolId: item.school_id, blobId });
      await appendAudit(deps.db, {
        at: deps.now(),
        actor: auth.user.id,
        organisationId: auth.user.organisation_id,
        schoolId: item.school_id,
        action: request.query.variant === 'thumb' ? 'capture.view-thumbnail' : 'capture.view-screenshot',
        subjectType: 'capture',
        subjectId: id,
        personId: item.person_id,
      });
      return reply
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .type(image.contentType)
        .send(image.body);
    },
  );

  // Every write route applies one event as the signed-in reviewer, inside their content scope;
  // `notify` is off for prints, which raise no alert.
  const applyAsReviewer = (
    request: Parameters<typeof requireAuth>[0],
    ids: string[],
    event: ReviewEvent,
    audit: Parameters<typeof applyReviewEvent>[6] = {},
    notify = true,
  ) => {
    const auth = requireAuth(request);
    return applyReviewEvent(
      deps.db,
      actorOf(auth),
      auth.access.contentScope(),
      ids,
      event,
      deps.now(),
      audit,
      notify ? deps.onApplied : undefined,
    );
  };

  const respond = (outcomes: EventOutcome[]) => {
    return {
      results: outcomes.map((o) =>
        o.ok
          ? { id: o.captureId, ok: true, status: o.status }
          : { id: o.captureId, ok: false, reason: o.reason },
      ),
    };
  };

  r.post(
    `${REVIEW_API}/captures/:captureId/events`,
    { config: { permission: 'captures.grade' }, schema: { params: Params, body: EventBody } },
    async (request, reply) => {
      const outcomes = await applyAsReviewer(
        request,
        [request.params.captureId],
        request.body as ReviewEvent,
      );
      const [first] = outcomes;
      if (first && !first.ok) {
        return reply.status(first.code === 'not_found' ? 404 : 409).send({
          error: first.code === 'not_found' ? 'not_found' : 'not_allowed',
          message: first.reason,
        });
      }
      return respond(outcomes);
    },
  );

  r.post(
    `${REVIEW_API}/captures/:captureId/acknowledge`,
    { config: { permission: 'incidents.manage' }, schema: { params: Params } },
    async (request, reply) => {
      const outcomes = await applyAsReviewer(request, [request.params.captureId], { type: 'acknowledged' });
      const [first] = outcomes;
      if (first && !first.ok) {
        return reply
          .status(first.code === 'not_found' ? 404 : 409)
          .send({ error: 'not_allowed', message: first.reason });
      }
      return respond(outcomes);
    },
  );

  r.post(
    `${REVIEW_API}/captures/:captureId/print`,
    { config: { permission: 'captures.export' }, schema: { params: Params } },
    async (request) => {
      const outcomes = await applyAsReviewer(
        request,
        [request.params.captureId],
        { type: 'printed' },
        { action: 'capture.print' },
        false,
      );
      if (!outcomes[0]?.ok) throw notFound('no such capture');
      return respond(outcomes);
    },
  );

  r.post(
    `${REVIEW_API}/captures/bulk`,
    {
      config: { permission: 'captures.grade' },
      schema: {
        body: z.object({
          ids: z.array(z.string().min(1).max(64)).min(1).max(500),
          event: z.discriminatedUnion('type', [
            z.object({ type: z.literal('viewed') }),
            z.object({ type: z.literal('archived') }),
            z.object({ type: z.literal('false_positive'), reason: z.string().min(1).max(500) }),
          ]),
        }),
      },
    },
    async (request) => {
      const outcomes = await applyAsReviewer(request, request.body.ids, request.body.event);
      return respond(outcomes);
    },
  );

  r.get(
    `${REVIEW_API}/activity`,
    {
      config: { permission: 'captures.view' },
      schema: {
        querystring: z.object({
          from: z.coerce.number().int().min(0),
          to: z.coerce.number().int().min(0),
          school: list(z.string().max(64)),
        }),
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const scope = auth.access.contentScope();
      const q = request.query;
      if (q.to <= q.from) throw badRequest('query.to: must be after from');
      const a = await activity(deps.db, scope, { from: q.from, to: q.to, schools: q.school });
      const people = [...a.topByCaptures, ...a.topByRisk].map((p) => p.personId);
      const names = await loadNames(reader(deps.db), {
        ...namesFor(a.newHighRisk),
        people: [...people, ...a.newHighRisk.map((i) => i.person_id ?? '')],
      });
      // Which school each top person belongs to decides whether this user may see who they are.
      const schoolOfPerson = new Map<string, string>();
      if (people.length) {
        const rows = await reader(deps.db)
          .selectFrom('people')
          .select(['id', 'school_id'])
          .where('id', 'in', [...new Set(people)])
          .execute();
        for (const row of rows) schoolOfPerson.set(row.id, row.school_id);
      }
      const personOf = (p: { personId: string; captures: number; risk: number }) => ({
        person: personView(scope, names, {
          person_id: p.personId,
          group_id: null,
          school_id: schoolOfPerson.get(p.personId) ?? '',
        }) ?? { id: p.personId, name: 'a pupil', group: null },
        captures: p.captures,
        risk: p.risk,
      });
      return {
        from: a.from,
        to: a.to,
        total: a.total,
        byCategory: a.byCategory,
        trend: a.trend,
        topTerms: a.topTerms,
        leastTerms: a.leastTerms,
        topByCaptures: a.topByCaptures.map(personOf),
        topByRisk: a.topByRisk.map(personOf),
        newHighRisk: a.newHighRisk.map((item) => listItemView(scope, names, item, new Set())),
      };
    },
  );

  r.get(
    `${REVIEW_API}/rules/false-positives`,
    { config: { permission: 'captures.view' } },
    async (request) => {
      const auth = requireAuth(request);
      return { rules: await falsePositivesByRule(deps.db, auth.access.contentScope()) };
    },
  );

  r.get(`${REVIEW_API}/options`, { config: { permission: 'captures.view' } }, async (request) => {
    const auth = requireAuth(request);
    const scope = auth.access.contentScope();
    const db = reader(deps.db);
    const schools = scope.schoolIds.length
      ? await db
          .selectFrom('schools')
          .select(['id', 'name'])
          .where('id', 'in', scope.schoolIds)
          .orderBy('name')
          .execute()
      : [];
    const peopleSchools = scope.personSchoolIds;
    const [groups, devices] = await Promise.all([
      peopleSchools.length
        ? db
            .selectFrom('groups')
            .select(['id', 'name', 'school_id'])
            .where('school_id', 'in', peopleSchools)
            .orderBy('name')
            .limit(500)
            .execute()
        : [],
      scope.schoolIds.length
        ? db
            .selectFrom('devices')
            .select(['id', 'name', 'school_id'])
            .where('school_id', 'in', scope.schoolIds)
            .orderBy('name')
            .limit(500)
            .execute()
        : [],
    ]);
    return {
      schools,
      groups: groups.map((g) => ({ id: g.id, name: g.name, schoolId: g.school_id })),
      devices: devices.map((d) => ({ id: d.id, name: d.name, schoolId: d.school_id })),
    };
  });
}
