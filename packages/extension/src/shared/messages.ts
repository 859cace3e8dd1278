/** Messages between the content script, the extension pages and the service worker. */
export type TextSource = 'typed' | 'page' | 'title';

export interface TextMessage {
  type: 'vigil:text';
  source: TextSource;
  text: string;
  /** identifies the field or region on the page, for de-duplication */
  where: string;
  url: string;
  /** when the content script started measuring (bench only) */
  t?: number;
}

export interface StatusMessage {
  type: 'vigil:status';
}

export interface AupMessage {
  type: 'vigil:aup-decision';
  decision: 'accepted' | 'declined';
  version: string;
}

export interface SetupMessage {
  type: 'vigil:setup';
  config: { serverUrl?: string; enrolmentToken?: string; userEmail?: string; deviceName?: string };
}

/** Heartbeat now: fetch policy and rules if they changed, and upload what is queued. */
export interface SyncMessage {
  type: 'vigil:sync';
}

export interface StatsMessage {
  type: 'vigil:stats';
  /** clear the recorded scan times first */
  reset?: boolean;
}

export type ToWorker = TextMessage | StatusMessage | AupMessage | SetupMessage | SyncMessage | StatsMessage;

export interface ProtectMessage {
  type: 'vigil:protect';
  category: string;
}

export interface WorkerStatus {
  enrolled: boolean;
  deviceId?: string;
  serverUrl?: string;
  school?: string;
  email?: string;
  rulesVersion: string;
  engineReadyMs: number;
  queueLength: number;
  aup?: { version: string; text: string; required: boolean };
  aupDecision?: { version: string; decision: 'accepted' | 'declined'; at: string };
  gateClosed: boolean;
  managed: boolean;
  lastError?: string;
}
