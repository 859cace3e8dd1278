import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/open.js';
import { notFound } from '../../http/errors.js';
import { appendAudit } from '../audit/audit.js';
import { requireAuth } from '../auth/guard.js';
import { DEFAULT_ACK_TIMEOUT_MS, DEFAULT_HOURS, DEFAULT_THRESHOLD } from './hours.js';

export const ALERTS_API = '/api/console/v1/alerts';

const SettingsBody = z.object({
  timezone: z.string().min(1).max(64),
  dayStartMinute: z.number().int().min(0).max(1440),
  dayEndMinute: z.number().int().min(0).max(1440),
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  ackTimeoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  thresholds: z
    .array(z.object({ category: z.string().min(1).max(64), minSeverity: z.number().int().min(1).max(5) }))
    .max(50),
  contacts: z
    .array(
      z.object({
        name: z.string().min(1).max(200),
        hours: z.enum(['school', 'out', 'always']),
        email: z.string().email().max(320).optional(),
        webhookUrl: z.string().url().max(2000).optional(),
        webhookSecret: z.string().min(16).max(200).optional(),
      }),
    )
    .max(20),
});
export type AlertSettingsInput = z.infer<typeof SettingsBody>;

/** Replaces a school's alert hours, thresholds and contacts (in order). */
export async function saveAlertSettings(
  db: Db,
  schoolId: string,
  input: AlertSettingsInput,
  now: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const settings = {
      timezone: input.timezone,
      day_start_minute: input.dayStartMinute,
      day_end_minute: input.dayEndMinute,
      weekdays: input.weekdays.join(','),
      ack_timeout_ms: input.ackTimeoutMinutes * 60_000,
      updated_at: now,
    };
    await trx
      .insertInto('alert_settings')
      .values({ school_id: schoolId, ...settings })
      .onConflict((oc) => oc.column('school_id').doUpdateSet(settings))
      .execute();
    await trx.deleteFrom('alert_thresholds').where('school_id', '=', schoolId).execute();
    if (input.thresholds.length) {
      await trx
        .insertInto('alert_thresholds')
        .values(
          input.thresholds.map((t) => ({
            school_id: schoolId,
            category: t.category,
            min_severity: t.minSeverity,
          })),
        )
        .execute();
    }
    await trx.deleteFrom('alert_contacts').where('school_id', '=', schoolId).execute();
    if (input.contacts.length) {
      await trx
        .insertInto('alert_contacts')
        .values(
          input.contacts.map((c, position) => ({
            id: randomUUID(),
            school_id: schoolId,
            position,
            name: c.name,
            hours: c.hours,
            user_id: null,
            email: c.email ?? null,
            webhook_url: c.webhookUrl ?? null,
            webhook_secret: c.webhookSecret ?? null,
          })),
        )
        .execute();
    }
  });
}

export function alertRoutes(
  parent: FastifyInstance,
  deps: { db: Db; now: () => number; pollMs?: number },
): void {
  const app = parent.withTypeProvider<ZodTypeProvider>();

  /** Live alerts for the console (server-sent events); polls the table so any process's alerts reach it. */
  app.get(`${ALERTS_API}/stream`, { config: { permission: 'captures.view' } }, async (request, reply) => {
    const auth = requireAuth(request);
    if (!String(request.headers.accept ?? '').includes('text/event-stream')) {
      return reply.status(406).send({
        error: 'not_acceptable',
        message: 'this is a server-sent events stream: send Accept: text/event-stream',
      });
    }
    const schools = auth.access.contentScope().schoolIds;
    let since = deps.now() - 60_000;
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache, no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    reply.raw.write(': connected\n\n');
    let busy = false;
    const poll = async () => {
      if (busy || schools.length === 0) return;
      busy = true;
      try {
        const rows = await deps.db
          .selectFrom('alerts as a')
          .innerJoin('schools as s', 's.id', 'a.school_id')
          .select([
            'a.id',
            'a.capture_id',
            'a.category',
            'a.severity',
            'a.raised_at',
            'a.kind',
            's.name as school',
          ])
          .where('a.school_id', 'in', schools)
          .where('a.raised_at', '>', since)
          .orderBy('a.raised_at')
          .limit(20)
          .execute();
        for (const a of rows) {
          since = Math.max(since, Number(a.raised_at));
          const data = {
            id: a.id,
            captureId: a.capture_id,
            category: a.category,
            severity: Number(a.severity),
            school: a.school,
            kind: a.kind,
          };
          reply.raw.write(`event: alert\nid: ${a.id}\ndata: ${JSON.stringify(data)}\n\n`);
        }
      } catch {
        // the next poll tries again
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(poll, deps.pollMs ?? 2000);
    const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), 25_000);
    void poll();
    request.raw.on('close', () => {
      clearInterval(timer);
      clearInterval(heartbeat);
    });
  });

  app.get(
    ALERTS_API,
    {
      config: { permission: 'captures.view' },
      schema: { querystring: z.object({ status: z.enum(['open', 'acknowledged']).optional() }) },
    },
    async (request) => {
      const auth = requireAuth(request);
      const schools = auth.access.contentScope().schoolIds;
      if (schools.length === 0) return { alerts: [] };
      let query = deps.db
        .selectFrom('alerts as a')
        .innerJoin('schools as s', 's.id', 'a.school_id')
        .select([
          'a.id',
          'a.kind',
          'a.capture_id',
          'a.category',
          'a.severity',
          'a.raised_at',
          'a.status',
          'a.step',
          'a.acknowledged_at',
          's.name as school',
        ])
        .where('a.school_id', 'in', schools);
      if (request.query.status) query = query.where('a.status', '=', request.query.status);
      const rows = await query.orderBy('a.raised_at', 'desc').limit(100).execute();
      return {
        alerts: rows.map((a) => ({
          id: a.id,
          kind: a.kind,
          captureId: a.capture_id,
          category: a.category,
          severity: Number(a.severity),
          raisedAt: Number(a.raised_at),
          status: a.status,
          contactsTold: a.step + 1,
          acknowledgedAt: a.acknowledged_at === null ? null : Number(a.acknowledged_at),
          school: a.school,
        })),
      };
    },
  );

  app.post(
    `${ALERTS_API}/:alertId/acknowledge`,
    {
      config: { permission: 'captures.view' },
      schema: { params: z.object({ alertId: z.string().min(1).max(64) }) },
    },
    async (request) => {
      const auth = requireAuth(request);
      const schools = auth.access.contentScope().schoolIds;
      const now = deps.now();
      return deps.db.transaction().execute(async (trx) => {
        const alert = await trx
          .selectFrom('alerts')
          .selectAll()
          .where('id', '=', request.params.alertId)
          .executeTakeFirst();
        if (!alert || !schools.includes(alert.school_id)) throw notFound('no such alert');
        if (alert.status === 'open') {
          await trx
            .updateTable('alerts')
            .set({
              status: 'acknowledged',
              acknowledged_at: now,
              acknowledged_by: auth.user.id,
              next_escalation_at: null,
            })
            .where('id', '=', alert.id)
            .execute();
          await appendAudit(trx, {
            at: now,
            actor: auth.user.id,
            organisationId: auth.user.organisation_id,
            schoolId: alert.school_id,
            action: 'alert.acknowledged',
            subjectType: 'capture',
            subjectId: alert.capture_id,
            details: { alert: alert.id },
          });
        }
        return { id: alert.id, status: 'acknowledged' };
      });
    },
  );

  const schoolParams = z.object({ schoolId: z.string().min(1).max(64) });

  app.get(
    '/api/console/v1/schools/:schoolId/alert-settings',
    { config: { permission: 'settings.manage' }, schema: { params: schoolParams } },
    async (request) => {
      const { schoolId } = request.params;
      const [settings, thresholds, contacts] = await Promise.all([
        deps.db.selectFrom('alert_settings').selectAll().where('school_id', '=', schoolId).executeTakeFirst(),
        deps.db.selectFrom('alert_thresholds').selectAll().where('school_id', '=', schoolId).execute(),
        deps.db
          .selectFrom('alert_contacts')
          .selectAll()
          .where('school_id', '=', schoolId)
          .orderBy('position')
          .execute(),
      ]);
      return {
        timezone: settings?.timezone ?? DEFAULT_HOURS.timezone,
        dayStartMinute: settings?.day_start_minute ?? DEFAULT_HOURS.dayStartMinute,
        dayEndMinute: settings?.day_end_minute ?? DEFAULT_HOURS.dayEndMinute,
        weekdays: settings ? settings.weekdays.split(',').map(Number) : DEFAULT_HOURS.weekdays,
        ackTimeoutMinutes: Math.round(Number(settings?.ack_timeout_ms ?? DEFAULT_ACK_TIMEOUT_MS) / 60_000),
        defaultThreshold: DEFAULT_THRESHOLD,
        thresholds: thresholds.map((t) => ({ category: t.category, minSeverity: t.min_severity })),
        // Webhook secrets are write-only.
        contacts: contacts.map((c) => ({
          name: c.name,
          hours: c.hours,
          email: c.email,
          webhookUrl: c.webhook_url,
        })),
      };
    },
  );

  app.put(
    '/api/console/v1/schools/:schoolId/alert-settings',
    { config: { permission: 'settings.manage' }, schema: { params: schoolParams, body: SettingsBody } },
    async (request) => {
      const auth = requireAuth(request);
      const now = deps.now();
      await saveAlertSettings(deps.db, request.params.schoolId, request.body, now);
      await appendAudit(deps.db, {
        at: now,
        actor: auth.user.id,
        organisationId: auth.user.organisation_id,
        schoolId: request.params.schoolId,
        action: 'settings.alerts.changed',
        subjectType: 'school',
        subjectId: request.params.schoolId,
        details: { contacts: request.body.contacts.length, thresholds: request.body.thresholds.length },
      });
      return { saved: true };
    },
  );
}
