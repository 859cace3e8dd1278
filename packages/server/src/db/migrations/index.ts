import type { Migration } from 'kysely';
import * as tenancy from './2026_11_26_0001_tenancy.js';
import * as audit from './2026_11_26_0050_audit.js';
import * as peopleDevices from './2026_11_26_0100_people_devices.js';
import * as captures from './2026_11_26_0110_captures.js';
import * as accounts from './2026_11_26_0200_accounts.js';
import * as review from './2026_11_26_0300_review.js';
import * as alerts from './2026_11_26_0310_alerts.js';
import * as reviewHighRisk from './2026_11_26_0320_review_high_risk.js';
import * as activityCovering from './2026_11_26_0330_activity_covering.js';
import * as capturesUnreadIndexes from './2026_11_27_0100_captures_unread_indexes.js';

/**
 * The one registry of migrations, in order. Names are timestamped; a migration is never edited once
 * released, and never breaks a running install (expand first, contract in a later release).
 */
export const migrations: Record<string, Migration> = {
  '2026_11_26_0001_tenancy': tenancy,
  '2026_11_26_0100_people_devices': peopleDevices,
  '2026_11_26_0110_captures': captures,
  '2026_11_26_0050_audit': audit,
  '2026_11_26_0200_accounts': accounts,
  '2026_11_26_0300_review': review,
  '2026_11_26_0310_alerts': alerts,
  '2026_11_26_0320_review_high_risk': reviewHighRisk,
  '2026_11_26_0330_activity_covering': activityCovering,
  '2026_11_27_0100_captures_unread_indexes': capturesUnreadIndexes,
};
