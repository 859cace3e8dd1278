import type { EventHook } from '../review/service.js';
import { acknowledgeCaptureAlerts, escalateToDsl } from './service.js';

/** Review events that concern alerts: an escalation tells the DSL; an acknowledgement stops escalation. */
export const alertOnReviewEvent: EventHook = async (trx, applied, actor, now) => {
  if (applied.type === 'escalated') {
    await escalateToDsl(trx, {
      captureId: applied.captureId,
      schoolId: applied.schoolId,
      category: applied.item.category,
      severity: Number(applied.item.severity),
      now,
    });
  } else if (applied.type === 'acknowledged') {
    await acknowledgeCaptureAlerts(trx, applied.captureId, actor.userId, now);
  }
};
