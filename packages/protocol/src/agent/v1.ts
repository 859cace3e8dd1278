import { z } from 'zod';
import { Detection, detectionSpanIssue } from '../detection.js';

/**
 * The agent protocol, version 1, served under `/api/agent/v1`. Any agent speaks it: the Chrome
 * extension, a later desktop agent, a web-filter log shipper.
 *
 * Authentication: `POST /enrol` takes an enrolment token; every other request carries the device
 * credential it returned as `Authorization: Bearer <credential>`.
 *
 * | Method and path        | Body                | Answer                    |
 * | ---------------------- | ------------------- | ------------------------- |
 * | POST /enrol            | EnrolRequest        | EnrolResponse             |
 * | POST /captures         | Capture             | CaptureAck                |
 * | POST /captures/batch   | CaptureBatch        | CaptureBatchAck           |
 * | POST /heartbeat        | Heartbeat           | HeartbeatResponse         |
 * | GET  /policy           | (ETag/If-None-Match)| PolicyResponse or 304     |
 * | GET  /rules            | (ETag/If-None-Match)| RulesResponse or 304      |
 * | POST /aup              | AupEvent            | AupEventAck               |
 * | POST /credential/rotate| (none)              | RotateCredentialResponse  |
 *
 * Errors are `{ error, message }` (ErrorResponse): 400 names the field, 401 for a missing or unknown
 * credential, 403 for a revoked one, 413 when a body or screenshot is too large, 429 with
 * `Retry-After` (seconds) when one device sends too much.
 */
export const AGENT_API_VERSION = 'v1';
export const AGENT_API_BASE = '/api/agent/v1';

export const AGENT_LIMITS = {
  /** characters of text in context per capture */
  maxTextChars: 20_000,
  maxDetectionsPerCapture: 200,
  maxBatch: 500,
  /** decoded screenshot bytes */
  maxScreenshotBytes: 5 * 1024 * 1024,
  maxUrlChars: 4096,
} as const;

/** An instant as an ISO 8601 string with a zone, e.g. `2026-11-26T09:15:00.000Z`. */
const Instant = z.iso.datetime({ offset: true });

export const CAPTURE_SOURCES = ['typed', 'page', 'url', 'search', 'title'] as const;
export const CaptureSource = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSource>;

export const AGENT_KINDS = ['chrome-extension', 'desktop', 'log-shipper', 'other'] as const;
export const PLATFORMS = ['chromeos', 'windows', 'macos', 'linux', 'android', 'ios', 'other'] as const;

// ---- enrolment ----

export const DeviceInfo = z.object({
  /** what people call the device, e.g. `Y7-Chromebook-14` */
  name: z.string().min(1).max(200),
  platform: z.enum(PLATFORMS),
  /** serial number or directory device id, when the agent can read it */
  serial: z.string().max(200).optional(),
  agent: z.object({
    kind: z.enum(AGENT_KINDS),
    version: z.string().min(1).max(50),
  }),
});
export type DeviceInfo = z.infer<typeof DeviceInfo>;

export const EnrolRequest = z.object({
  /** the enrolment token a school administrator created */
  token: z.string().min(10).max(200),
  device: DeviceInfo,
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z.object({
  deviceId: z.uuid(),
  /** the device's secret; send it as `Authorization: Bearer <credential>`. Shown once. */
  credential: z.string(),
  school: z.object({ id: z.uuid(), name: z.string() }),
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const RotateCredentialResponse = z.object({
  deviceId: z.uuid(),
  /** the new secret; the old one stops working as soon as this answer is sent */
  credential: z.string(),
});
export type RotateCredentialResponse = z.infer<typeof RotateCredentialResponse>;

// ---- captures ----

/** The person as the agent knows them; the server maps them to a person in the school's directory. */
export const PersonRef = z.object({
  /** the signed-in account, e.g. the pupil's school Google account */
  email: z.string().max(320).optional(),
  /** another id the directory knows (MIS id, username) */
  externalId: z.string().max(200).optional(),
  displayName: z.string().max(200).optional(),
});
export type PersonRef = z.infer<typeof PersonRef>;

export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/**
 * A screenshot travels inside the JSON as base64. The server checks its type by its first bytes
 * (not by `contentType`) and rejects anything larger than 5 MB decoded with 413.
 */
export const Screenshot = z.object({
  contentType: z.enum(SCREENSHOT_TYPES),
  /**
   * base64 (standard alphabet, padding optional). `contentEncoding` tells validators compiled from
   * the JSON Schema to check it by decoding instead of by this pattern (a regex over megabytes).
   */
  data: z
    .string()
    .min(1)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
    .meta({ contentEncoding: 'base64' }),
});
export type Screenshot = z.infer<typeof Screenshot>;

export const Capture = z
  .object({
    /** made by the agent (any UUID; ours make time-ordered UUIDv7, see ids.ts); the same id sent again is the same capture */
    id: z.uuid(),
    /** when the pupil typed or saw it */
    occurredAt: Instant,
    person: PersonRef.optional(),
    source: CaptureSource,
    url: z.string().max(AGENT_LIMITS.maxUrlChars).optional(),
    /** the application, e.g. `chrome`, `docs.google.com`, `Discord` */
    app: z.string().max(200).optional(),
    /** the text in context around what triggered */
    text: z.string().max(AGENT_LIMITS.maxTextChars),
    detections: z.array(Detection).max(AGENT_LIMITS.maxDetectionsPerCapture),
    /** the rules version the agent scanned with */
    rulesVersion: z.string().min(1).max(100),
    screenshot: Screenshot.optional(),
  })
  .superRefine((capture, context) => {
    capture.detections.forEach((d, index) => {
      const message = textSpanIssue(d, capture.text);
      if (message) context.addIssue({ code: 'custom', message, path: ['detections', index, 'end'] });
    });
  });
export type Capture = z.infer<typeof Capture>;
export type CaptureInput = z.input<typeof Capture>;

/** A detection ending beyond its capture's text (JSON Schema cannot compare the two). */
export function textSpanIssue(d: { end: number }, text: string): string | undefined {
  return d.end > text.length ? `end ${d.end} is beyond the text (${text.length} characters)` : undefined;
}

/**
 * The first detection span the zod refinements reject, with its path, for validators compiled from
 * the JSON Schema (which cannot express them): they run it after the schema.
 */
export function captureSpanIssue(capture: {
  text: string;
  detections: readonly { start: number; end: number }[];
}): { path: (string | number)[]; message: string } | undefined {
  const { text, detections } = capture;
  for (let index = 0; index < detections.length; index++) {
    const d = detections[index]!;
    const message = detectionSpanIssue(d) ?? textSpanIssue(d, text);
    if (message) return { path: ['detections', index, 'end'], message };
  }
  return undefined;
}

export const CaptureStatus = z.enum(['created', 'duplicate']);

/** 200 for both a new capture and a repeat of one already stored. */
export const CaptureAck = z.object({
  id: z.uuid(),
  status: CaptureStatus,
  receivedAt: Instant,
});
export type CaptureAck = z.infer<typeof CaptureAck>;

export const CaptureBatch = z.object({
  captures: z.array(Capture).min(1).max(AGENT_LIMITS.maxBatch),
});
export type CaptureBatch = z.infer<typeof CaptureBatch>;

export const CaptureBatchAck = z.object({
  results: z.array(CaptureAck),
});
export type CaptureBatchAck = z.infer<typeof CaptureBatchAck>;

// ---- heartbeat, policy, rules, AUP ----

export const Heartbeat = z.object({
  agentVersion: z.string().min(1).max(50),
  rulesVersion: z.string().min(1).max(100),
  /** captures waiting in the agent's offline queue */
  queueLength: z.number().int().min(0),
  sentAt: Instant.optional(),
});
export type Heartbeat = z.infer<typeof Heartbeat>;

export const HeartbeatResponse = z.object({
  serverTime: Instant,
  /** compare with the ETag of the last policy fetched; fetch again when it differs */
  policyEtag: z.string(),
  /** the rules version the server holds; fetch `/rules` when it differs from the agent's */
  rulesVersion: z.string(),
});
export type HeartbeatResponse = z.infer<typeof HeartbeatResponse>;

export const PolicyResponse = z.object({
  school: z.object({ id: z.uuid(), name: z.string() }),
  monitoring: z.object({
    enabled: z.boolean(),
    sources: z.array(CaptureSource),
    screenshots: z.boolean(),
  }),
  aup: z.object({
    /** the acceptable-use policy version the user must accept; agents show it again when it changes */
    version: z.string(),
    text: z.string(),
    required: z.boolean(),
  }),
  rulesVersion: z.string(),
  heartbeatSeconds: z.number().int().positive(),
});
export type PolicyResponse = z.infer<typeof PolicyResponse>;

/** The compiled rules for the agent's engine; `compiled` is the engine's own format. */
export const RulesResponse = z.object({
  version: z.string(),
  compiled: z.unknown(),
});
export type RulesResponse = z.infer<typeof RulesResponse>;

export const AupEvent = z.object({
  /** made by the agent (UUID); idempotent like captures */
  id: z.uuid(),
  occurredAt: Instant,
  person: PersonRef.optional(),
  aupVersion: z.string().min(1).max(100),
  decision: z.enum(['accepted', 'declined']),
});
export type AupEvent = z.infer<typeof AupEvent>;

export const AupEventAck = z.object({ id: z.uuid(), status: CaptureStatus });
export type AupEventAck = z.infer<typeof AupEventAck>;

export const ErrorResponse = z.object({
  /** a stable code, e.g. `invalid_request`, `credential_revoked`, `rate_limited` */
  error: z.string(),
  message: z.string(),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;
