/**
 * The agent API (/api/agent/v1) as the extension uses it. Types come from @vigil/protocol (type
 * imports only, so zod is not bundled into the worker); the server validates every body.
 */
import type {
  AupEvent,
  AupEventAck,
  Capture,
  CaptureBatchAck,
  DeviceInfo,
  EnrolResponse,
  Heartbeat,
  HeartbeatResponse,
  PolicyResponse,
  RulesResponse,
} from '@vigil/protocol';
import { retryAfterMs } from '../lib/backoff.js';

export const API_BASE = '/api/agent/v1';
export const MAX_BATCH = 500;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }

  /** 4xx other than 408/429 will not succeed by retrying the same request. */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && this.status !== 408 && this.status !== 429;
  }
}

export type Fetched<T> =
  | { notModified: true; etag?: string }
  | { notModified: false; etag?: string; body: T };

export class ApiClient {
  constructor(
    private readonly serverUrl: string,
    private readonly credential?: string,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {}

  private async request(method: string, path: string, body?: unknown, etag?: string): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.credential) headers.authorization = `Bearer ${this.credential}`;
    if (etag) headers['if-none-match'] = etag;
    const response = await this.fetchImpl(`${this.serverUrl}${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit',
    });
    if (response.ok || response.status === 304) return response;
    let code = 'http_error';
    let message = `${method} ${path}: HTTP ${response.status}`;
    try {
      const json = (await response.json()) as { error?: string; message?: string };
      if (json.error) code = json.error;
      if (json.message) message = `${message}: ${json.message}`;
    } catch {
      // not JSON
    }
    throw new ApiError(response.status, code, message, retryAfterMs(response.headers.get('retry-after')));
  }

  async enrol(token: string, device: DeviceInfo): Promise<EnrolResponse> {
    return (await this.request('POST', '/enrol', { token, device })).json() as Promise<EnrolResponse>;
  }

  async sendCaptures(captures: Capture[]): Promise<CaptureBatchAck> {
    return (await this.request('POST', '/captures/batch', { captures })).json() as Promise<CaptureBatchAck>;
  }

  async sendAupEvent(event: AupEvent): Promise<AupEventAck> {
    return (await this.request('POST', '/aup', event)).json() as Promise<AupEventAck>;
  }

  async heartbeat(beat: Heartbeat): Promise<HeartbeatResponse> {
    return (await this.request('POST', '/heartbeat', beat)).json() as Promise<HeartbeatResponse>;
  }

  private async fetchTagged<T>(path: string, etag?: string): Promise<Fetched<T>> {
    const response = await this.request('GET', path, undefined, etag);
    const newEtag = response.headers.get('etag') ?? undefined;
    if (response.status === 304) return { notModified: true, ...(etag ? { etag } : {}) };
    return { notModified: false, ...(newEtag ? { etag: newEtag } : {}), body: (await response.json()) as T };
  }

  policy(etag?: string): Promise<Fetched<PolicyResponse>> {
    return this.fetchTagged('/policy', etag);
  }

  rules(etag?: string): Promise<Fetched<RulesResponse>> {
    return this.fetchTagged('/rules', etag);
  }
}
