// The review feature's tables; schema.ts lists them in `Database`.

/** One row per capture: the Logs page's read model, kept beside the events it is derived from. */
export interface ReviewItemTable {
  capture_id: string;
  school_id: string;
  person_id: string | null;
  /** 'pupil' or 'staff' (captures about staff are allegations: only some roles see them) */
  subject_kind: string | null;
  /** the person's first group when the capture was stored, for display */
  group_id: string | null;
  device_id: string | null;
  source: string;
  /** the category as corrected by a reviewer, else the detected one ('' when none) */
  category: string;
  detected_category: string;
  /** 0 none, 1 low .. 4 critical */
  severity: number;
  rule: string | null;
  /** the matched words and phrases, lower case, as `|term|term|` (for the Activity drill-down) */
  terms: string;
  status: string;
  grade: number | null;
  occurred_at: number;
  updated_at: number;
  /** how many events have been applied; the next event is number version + 1 */
  version: number;
  /** the full ReviewState as JSON */
  state: string;
}

/** Append-only: everything done to a capture. */
export interface CaptureEventTable {
  id: string;
  capture_id: string;
  n: number;
  school_id: string;
  type: string;
  actor: string;
  at: number;
  /** the event's fields and the before/after of what it changed, as JSON */
  data: string;
  status_before: string;
  status_after: string;
}

export interface ActivityDailyTable {
  school_id: string;
  day: number;
  category: string;
  severity: number;
  captures: number;
}

export interface ActivityPersonDailyTable {
  school_id: string;
  day: number;
  person_id: string;
  captures: number;
  risk: number;
}

export interface ActivityTermDailyTable {
  school_id: string;
  day: number;
  term: string;
  captures: number;
}

export interface ReviewTables {
  review_items: ReviewItemTable;
  capture_events: CaptureEventTable;
  activity_daily: ActivityDailyTable;
  activity_person_daily: ActivityPersonDailyTable;
  activity_term_daily: ActivityTermDailyTable;
}
