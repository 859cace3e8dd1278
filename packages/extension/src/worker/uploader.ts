/**
 * Sends the outbox to the server: captures in batches (at most 500, a few MB), AUP events one by
 * one. Failures back off exponentially (honouring Retry-After); the next attempt is kept in
 * storage and re-armed with chrome.alarms, so it survives the worker being stopped.
 */
import type { AupEvent, Capture } from '@vigil/protocol';
import { backoffDelay } from '../lib/backoff.js';
import { nextBatch } from '../lib/queue-policy.js';
import { type ApiClient, ApiError, MAX_BATCH } from './api-client.js';
import type { KeyValueStore } from './kv.js';
import type { Outbox, OutboxMeta } from './outbox.js';

const STATE_KEY = 'upload:state';
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

export interface UploadState {
  failures: number;
  nextAt: number;
  lastError?: string;
}

export interface UploaderDeps {
  outbox: Outbox;
  store: KeyValueStore;
  client(): ApiClient | undefined;
  /** arm a wake-up at `at` (epoch ms) */
  schedule(at: number): void;
  now?: () => number;
  random?: () => number;
  log?: (message: string) => void;
  /** the server does not know the credential (401): the caller may enrol again */
  unauthorised?: () => void;
}

export class Uploader {
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly deps: UploaderDeps) {}

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }

  async state(): Promise<UploadState> {
    const got = await this.deps.store.get([STATE_KEY]);
    return (got[STATE_KEY] as UploadState | undefined) ?? { failures: 0, nextAt: 0 };
  }

  /** Uploads what is queued. `force` ignores a pending backoff (e.g. the network came back). */
  flush(force = false): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.run(force);
        } while (this.again);
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  private async run(force: boolean): Promise<void> {
    const client = this.deps.client();
    if (!client) return;
    const state = await this.state();
    if (!force && state.nextAt > this.now()) {
      this.deps.schedule(state.nextAt);
      return;
    }
    try {
      for (;;) {
        const now = this.now();
        const metas = (await this.deps.outbox.list()).filter((m) => !m.holdUntil || m.holdUntil <= now);
        if (!metas.length) break;
        const sent = await this.sendSome(client, metas);
        if (!sent) break;
      }
      if (state.failures || state.nextAt)
        await this.deps.store.set({ [STATE_KEY]: { failures: 0, nextAt: 0 } });
    } catch (error) {
      const failures = state.failures + 1;
      const retryAfter = error instanceof ApiError ? (error.retryAfterMs ?? 0) : 0;
      const delay = Math.max(retryAfter, backoffDelay(failures - 1, { random: this.deps.random }));
      const nextAt = this.now() + delay;
      const lastError = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiError && error.status === 401) this.deps.unauthorised?.();
      this.deps.log?.(`upload failed (${failures}): ${lastError}; retry in ${Math.round(delay / 1000)} s`);
      await this.deps.store.set({ [STATE_KEY]: { failures, nextAt, lastError } });
      this.deps.schedule(nextAt);
    }
  }

  /** Sends one batch; returns false when nothing could be sent. Throws on a retryable failure. */
  private async sendSome(client: ApiClient, metas: OutboxMeta[]): Promise<boolean> {
    const outbox = this.deps.outbox;
    const aup = metas.filter((m) => m.kind === 'aup');
    if (aup.length) {
      for (const item of await outbox.load<AupEvent>(aup)) {
        await this.permanentFailureDrops(item.id, () => client.sendAupEvent(item.payload));
      }
      await outbox.remove(aup.map((m) => m.id));
      return true;
    }
    const batch = nextBatch(metas, MAX_BATCH, MAX_BATCH_BYTES);
    const items = await outbox.load<Capture>(batch);
    const missing = batch.filter((m) => !items.some((i) => i.id === m.id)).map((m) => m.id);
    if (missing.length) await outbox.remove(missing);
    if (!items.length) return missing.length > 0;
    try {
      const ack = await client.sendCaptures(items.map((i) => i.payload));
      const acked = new Set(ack.results.map((r) => r.id));
      await outbox.remove(items.filter((i) => acked.has(i.id)).map((i) => i.id));
      return acked.size > 0;
    } catch (error) {
      if (!(error instanceof ApiError) || !error.permanent || error.status === 401 || error.status === 403) {
        throw error;
      }
      // One bad capture must not hold back the rest: send them one at a time, dropping the bad ones.
      for (const item of items) {
        await this.permanentFailureDrops(item.id, () => client.sendCaptures([item.payload]));
        await outbox.remove([item.id]);
      }
      return true;
    }
  }

  /** Runs `send`; a permanent rejection (400, 413...) is logged and treated as done. */
  private async permanentFailureDrops(id: string, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      if (error instanceof ApiError && error.permanent && error.status !== 401 && error.status !== 403) {
        this.deps.log?.(`server rejected ${id}: ${error.message}; dropped`);
        return;
      }
      throw error;
    }
  }
}
