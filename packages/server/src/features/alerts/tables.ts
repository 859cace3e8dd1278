// The alerts feature's tables; schema.ts lists them in `Database`.

export interface AlertSettingsTable {
  school_id: string;
  /** IANA zone the school's hours are in, e.g. Europe/London */
  timezone: string;
  day_start_minute: number;
  day_end_minute: number;
  /** ISO weekdays with school hours, e.g. `1,2,3,4,5` */
  weekdays: string;
  /** an alert not acknowledged within this goes to the next contact */
  ack_timeout_ms: number;
  updated_at: number;
}

export interface AlertThresholdTable {
  school_id: string;
  /** a category, or `*` for every category without its own threshold */
  category: string;
  min_severity: number;
}

export interface AlertContactTable {
  id: string;
  school_id: string;
  position: number;
  name: string;
  /** `school` (in school hours), `out` (out of hours) or `always` */
  hours: string;
  user_id: string | null;
  email: string | null;
  webhook_url: string | null;
  webhook_secret: string | null;
}

export interface AlertTable {
  id: string;
  /** `threshold` (raised on ingest) or `escalation` (a reviewer escalated to the DSL) */
  kind: string;
  capture_id: string;
  school_id: string;
  category: string;
  severity: number;
  raised_at: number;
  status: string;
  out_of_hours: number;
  /** which contact (0-based, in order) has been told last */
  step: number;
  next_escalation_at: number | null;
  acknowledged_at: number | null;
  acknowledged_by: string | null;
}

export interface AlertDeliveryTable {
  id: string;
  alert_id: string;
  contact_id: string | null;
  channel: string;
  target: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  sent_at: number | null;
  created_at: number;
}

export interface AlertTables {
  alert_settings: AlertSettingsTable;
  alert_thresholds: AlertThresholdTable;
  alert_contacts: AlertContactTable;
  alerts: AlertTable;
  alert_deliveries: AlertDeliveryTable;
}
