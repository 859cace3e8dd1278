// What the review API answers (packages/server/src/features/review).

export type Status = 'new' | 'viewed' | 'archived' | 'false_positive' | 'escalated';
export const STATUSES: Status[] = ['new', 'viewed', 'archived', 'false_positive', 'escalated'];

export interface PersonView {
  id: string;
  name: string;
  group: { id: string; name: string } | null;
}

export interface ListItem {
  id: string;
  occurredAt: string;
  school: { id: string; name: string };
  person: PersonView | null;
  device: { id: string; name: string } | null;
  source: string;
  category: string;
  severity: number;
  rule: string | null;
  status: Status;
  grade: number | null;
  sensitive: boolean;
  hasScreenshot: boolean;
}

export interface Detection {
  category: string;
  severity: number;
  rule: string;
  match: string;
  start: number;
  end: number;
  reasons: string[];
}

export interface ReviewState {
  status: Status;
  grade: number | null;
  category: string | null;
  falsePositiveReason: string | null;
  escalation: { note: string; to: string | null; at: number; acknowledgedAt: number | null } | null;
  viewedAt: number | null;
  notes: number;
  updatedAt: number;
}

export interface CaptureDetail extends ListItem {
  url: string | null;
  app: string | null;
  text: string;
  detections: Detection[];
  rulesVersion: string;
  detectedCategory: string;
  state: ReviewState;
  receivedAt: string;
}

export interface HistoryEntry {
  id: string;
  n: number;
  type: string;
  actor: string;
  actorName?: string;
  at: number;
  statusBefore: string;
  statusAfter: string;
  data: { event: Record<string, unknown> & { type: string } };
}

export interface Page {
  items: ListItem[];
  next: string | null;
}

export interface PersonCount {
  person: PersonView;
  captures: number;
  risk: number;
}

export interface Activity {
  from: number;
  to: number;
  total: number;
  byCategory: { category: string; severity: number; captures: number }[];
  trend: { day: number; severity: number; captures: number }[];
  topTerms: { term: string; captures: number }[];
  leastTerms: { term: string; captures: number }[];
  topByCaptures: PersonCount[];
  topByRisk: PersonCount[];
  newHighRisk: ListItem[];
}

export interface Options {
  schools: { id: string; name: string }[];
  groups: { id: string; name: string; schoolId: string }[];
  devices: { id: string; name: string; schoolId: string }[];
}

export interface BulkResult {
  results: ({ id: string; ok: true; status: Status } | { id: string; ok: false; reason: string })[];
}
