import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { appendAudit } from '../audit/audit.js';
import { type AlertMessage, type Mailer, postWebhook } from './channels.js';
import {
  contactsFor,
  DEFAULT_ACK_TIMEOUT_MS,
  DEFAULT_HOURS,
  inSchoolHours,
  retryDelayMs,
  type SchoolHours,
  thresholdFor,
} from './hours.js';

type Handle = Kysely<Database> | Transaction<Database>;

export const MAX_DELIVERY_ATTEMPTS = 6;

export interface AlertsDeps {
  db: Kysely<Database>;
  publicUrl: string;
  mailer: Mailer | null;
  now: () => number;
  log?: (message: string, error?: unknown) => void;
}

type ContactRow = Database['alert_contacts'];

async function schoolSettings(
  db: Handle,
  schoolId: string,
): Promise<{ hours: SchoolHours; ackTimeoutMs: number }> {
  const row = await db
    .selectFrom('alert_settings')
    .selectAll()
    .where('school_id', '=', schoolId)
    .executeTakeFirst();
  if (!row) return { hours: DEFAULT_HOURS, ackTimeoutMs: DEFAULT_ACK_TIMEOUT_MS };
  return {
    hours: {
      timezone: row.timezone,
      dayStartMinute: row.day_start_minute,
      dayEndMinute: row.day_end_minute,
      weekdays: row.weekdays.split(',').map(Number),
    },
    ackTimeoutMs: Number(row.ack_timeout_ms),
  };
}

/** Deliveries (email, webhook) for one contact; the console channel is the SSE stream itself. */
async function queueDeliveries(db: Handle, alertId: string, contact: ContactRow, now: number): Promise<void> {
  const rows: Database['alert_deliveries'][] = [];
  const base = {
    alert_id: alertId,
    contact_id: contact.id,
    status: 'pending',
    attempts: 0,
    next_attempt_at: now,
  };
  if (contact.email) {
    rows.push({
      ...base,
      id: randomUUID(),
      channel: 'email',
      target: contact.email,
      last_error: null,
      sent_at: null,
      created_at: now,
    });
  }
  if (contact.webhook_url) {
    rows.push({
      ...base,
      id: randomUUID(),
      channel: 'webhook',
      target: contact.webhook_url,
      last_error: null,
      sent_at: null,
      created_at: now,
    });
  }
  if (rows.length) await db.insertInto('alert_deliveries').values(rows).execute();
}

/**
 * Raises a threshold alert for each capture at or above its school's threshold for its category,
 * and tells the first contact for the time of day. Idempotent per capture.
 */
export async function raiseAlerts(db: Handle, captureIds: string[], now: number): Promise<string[]> {
  if (captureIds.length === 0) return [];
  const items = await db
    .selectFrom('review_items')
    .select(['capture_id', 'school_id', 'category', 'severity'])
    .where('capture_id', 'in', captureIds)
    .where('severity', '>=', 1)
    .execute();
  const raised: string[] = [];
  const thresholdCache = new Map<string, { category: string; min_severity: number }[]>();
  for (const item of items) {
    let thresholds = thresholdCache.get(item.school_id);
    if (!thresholds) {
      thresholds = await db
        .selectFrom('alert_thresholds')
        .select(['category', 'min_severity'])
        .where('school_id', '=', item.school_id)
        .execute();
      thresholdCache.set(item.school_id, thresholds);
    }
    if (Number(item.severity) < thresholdFor(thresholds, item.category)) continue;
    const id = await raise(db, {
      kind: 'threshold',
      captureId: item.capture_id,
      schoolId: item.school_id,
      category: item.category,
      severity: Number(item.severity),
      now,
    });
    if (id) raised.push(id);
  }
  return raised;
}

async function raise(
  db: Handle,
  input: {
    kind: 'threshold' | 'escalation';
    captureId: string;
    schoolId: string;
    category: string;
    severity: number;
    now: number;
  },
  contactsOverride?: ContactRow[],
): Promise<string | null> {
  const exists = await db
    .selectFrom('alerts')
    .select('id')
    .where('capture_id', '=', input.captureId)
    .where('kind', '=', input.kind)
    .executeTakeFirst();
  if (exists) return null;
  const { hours, ackTimeoutMs } = await schoolSettings(db, input.schoolId);
  const outOfHours = !inSchoolHours(hours, input.now);
  const contacts = contactsOverride ?? (await contactsOf(db, input.schoolId, outOfHours));
  const id = randomUUID();
  await db
    .insertInto('alerts')
    .values({
      id,
      kind: input.kind,
      capture_id: input.captureId,
      school_id: input.schoolId,
      category: input.category,
      severity: input.severity,
      raised_at: input.now,
      status: 'open',
      out_of_hours: outOfHours ? 1 : 0,
      step: 0,
      next_escalation_at: contacts.length > 1 ? input.now + ackTimeoutMs : null,
      acknowledged_at: null,
      acknowledged_by: null,
    })
    .execute();
  if (contacts[0]) await queueDeliveries(db, id, contacts[0], input.now);
  await appendAudit(db, {
    at: input.now,
    actor: 'system',
    schoolId: input.schoolId,
    action: `alert.raised`,
    subjectType: 'capture',
    subjectId: input.captureId,
    details: { alert: id, kind: input.kind, severity: input.severity, category: input.category, outOfHours },
  });
  return id;
}

async function contactsOf(db: Handle, schoolId: string, outOfHours: boolean): Promise<ContactRow[]> {
  const rows = await db.selectFrom('alert_contacts').selectAll().where('school_id', '=', schoolId).execute();
  return contactsFor(rows, outOfHours);
}

/**
 * A reviewer (e.g. a managed-service moderator) escalated a capture: tell the school's DSLs (users with
 * the dsl role there), or the school's alert contacts when no DSL has an email address.
 */
export async function escalateToDsl(
  db: Handle,
  input: { captureId: string; schoolId: string; category: string; severity: number; now: number },
): Promise<string | null> {
  const dsls = await db
    .selectFrom('role_assignments as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('schools as s', 's.organisation_id', 'u.organisation_id')
    .select(['u.id', 'u.login', 'u.display_name'])
    .where('r.role', '=', 'dsl')
    .where('s.id', '=', input.schoolId)
    .where((eb) => eb.or([eb('r.school_id', '=', input.schoolId), eb('r.school_id', 'is', null)]))
    .where('u.disabled_at', 'is', null)
    .execute();
  const contacts: ContactRow[] = dsls
    .filter((u) => u.login.includes('@'))
    .map((u, position) => ({
      id: `user:${u.id}`,
      school_id: input.schoolId,
      position,
      name: u.display_name,
      hours: 'always',
      user_id: u.id,
      email: u.login,
      webhook_url: null,
      webhook_secret: null,
    }));
  return raise(db, { kind: 'escalation', ...input }, contacts.length ? contacts : undefined);
}

/** Acknowledges the open alerts of a capture (the DSL has seen it): escalation to later contacts stops. */
export async function acknowledgeCaptureAlerts(
  db: Handle,
  captureId: string,
  userId: string,
  now: number,
): Promise<number> {
  const result = await db
    .updateTable('alerts')
    .set({ status: 'acknowledged', acknowledged_at: now, acknowledged_by: userId, next_escalation_at: null })
    .where('capture_id', '=', captureId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Moves unacknowledged alerts past their time to the next contact. */
export async function escalateOverdue(db: Handle, now: number): Promise<number> {
  const due = await db
    .selectFrom('alerts')
    .selectAll()
    .where('status', '=', 'open')
    .where('next_escalation_at', '<=', now)
    .limit(100)
    .execute();
  for (const alert of due) {
    const { ackTimeoutMs } = await schoolSettings(db, alert.school_id);
    const contacts = await contactsOf(db, alert.school_id, alert.out_of_hours === 1);
    const step = alert.step + 1;
    const contact = contacts[step];
    await db
      .updateTable('alerts')
      .set({ step, next_escalation_at: contact && contacts[step + 1] ? now + ackTimeoutMs : null })
      .where('id', '=', alert.id)
      .where('step', '=', alert.step)
      .execute();
    if (contact) await queueDeliveries(db, alert.id, contact, now);
  }
  return due.length;
}

/** Sends due email and webhook deliveries; failures retry with backoff, then stay failed. */
export async function sendDue(deps: AlertsDeps): Promise<number> {
  const { db } = deps;
  const now = deps.now();
  const due = await db
    .selectFrom('alert_deliveries as d')
    .innerJoin('alerts as a', 'a.id', 'd.alert_id')
    .leftJoin('alert_contacts as c', 'c.id', 'd.contact_id')
    .innerJoin('schools as s', 's.id', 'a.school_id')
    .select([
      'd.id',
      'd.channel',
      'd.target',
      'd.attempts',
      'a.id as alert_id',
      'a.kind',
      'a.capture_id',
      'a.category',
      'a.severity',
      'a.raised_at',
      's.name as school',
      'c.webhook_secret',
    ])
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .limit(50)
    .execute();
  for (const d of due) {
    const message: AlertMessage = {
      alertId: d.alert_id,
      kind: d.kind === 'escalation' ? 'escalation' : 'threshold',
      category: d.category,
      severity: Number(d.severity),
      school: d.school,
      link: `${deps.publicUrl.replace(/\/$/, '')}/captures/${d.capture_id}`,
      raisedAt: new Date(Number(d.raised_at)).toISOString(),
    };
    try {
      if (d.channel === 'email') {
        if (!deps.mailer) throw new Error('no SMTP server is configured (VIGIL_SMTP_URL)');
        await deps.mailer.send(d.target, message);
      } else {
        await postWebhook(d.target, d.webhook_secret ?? '', message, now);
      }
      await db
        .updateTable('alert_deliveries')
        .set({ status: 'sent', sent_at: deps.now(), attempts: d.attempts + 1 })
        .where('id', '=', d.id)
        .execute();
    } catch (error) {
      const attempts = d.attempts + 1;
      const text = error instanceof Error ? error.message : String(error);
      deps.log?.(`alert delivery ${d.channel} to ${d.target} failed (attempt ${attempts}): ${text}`);
      await db
        .updateTable('alert_deliveries')
        .set({
          attempts,
          last_error: text.slice(0, 500),
          status: attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending',
          next_attempt_at: now + retryDelayMs(attempts),
        })
        .where('id', '=', d.id)
        .execute();
    }
  }
  return due.length;
}
