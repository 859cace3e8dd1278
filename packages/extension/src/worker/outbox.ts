/**
 * The durable offline queue: captures and AUP events waiting for the server. Each item is its own
 * storage key (screenshots are large); a small index lists them. It lives in chrome.storage.local
 * (with unlimitedStorage), so it survives service-worker stops, browser restarts and days offline.
 * Items carry their client-made id, so sending one again after a crash is never a duplicate.
 */
import {
  DEFAULT_QUEUE_LIMITS,
  type QueuedMeta,
  type QueueLimits,
  selectEvictions,
} from '../lib/queue-policy.js';
import type { KeyValueStore } from './kv.js';

export type OutboxKind = 'capture' | 'aup';

export interface OutboxMeta extends QueuedMeta {
  kind: OutboxKind;
  /** not sent before this time (epoch ms): a capture waiting for its screenshot */
  holdUntil?: number;
}

export interface OutboxItem<P = unknown> extends OutboxMeta {
  payload: P;
}

const INDEX_KEY = 'outbox:index';
const itemKey = (id: string) => `outbox:item:${id}`;

export class Outbox {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: KeyValueStore,
    private readonly limits: QueueLimits = DEFAULT_QUEUE_LIMITS,
  ) {}

  /** Runs `fn` after every earlier operation: the index is read-modify-written one at a time. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async index(): Promise<OutboxMeta[]> {
    const got = await this.store.get([INDEX_KEY]);
    return (got[INDEX_KEY] as OutboxMeta[] | undefined) ?? [];
  }

  /** Adds an item (a repeat of a queued id is ignored); returns the ids dropped to stay in bounds. */
  add<P>(item: OutboxItem<P>): Promise<string[]> {
    return this.exclusive(async () => {
      const index = await this.index();
      if (index.some((m) => m.id === item.id)) return [];
      const { payload, ...meta } = item;
      const next = [...index, meta];
      const dropped = selectEvictions(next, this.limits);
      const kept = dropped.length ? next.filter((m) => !dropped.includes(m.id)) : next;
      if (!dropped.includes(item.id)) await this.store.set({ [itemKey(item.id)]: payload });
      await this.store.set({ [INDEX_KEY]: kept });
      if (dropped.length) await this.store.remove(dropped.map(itemKey));
      return dropped;
    });
  }

  list(): Promise<OutboxMeta[]> {
    return this.exclusive(() => this.index());
  }

  async length(): Promise<number> {
    return (await this.list()).length;
  }

  /** The stored items for `metas` (those whose payload went missing are skipped). */
  async load<P>(metas: OutboxMeta[]): Promise<OutboxItem<P>[]> {
    const got = await this.store.get(metas.map((m) => itemKey(m.id)));
    return metas.flatMap((m) => {
      const payload = got[itemKey(m.id)];
      return payload === undefined ? [] : [{ ...m, payload: payload as P }];
    });
  }

  /** Replaces a queued item's payload and size and releases its hold; false if it is gone. */
  complete<P>(id: string, payload: P, bytes: number): Promise<boolean> {
    return this.exclusive(async () => {
      const index = await this.index();
      const meta = index.find((m) => m.id === id);
      if (!meta) return false;
      await this.store.set({ [itemKey(id)]: payload });
      delete meta.holdUntil;
      meta.bytes = bytes;
      await this.store.set({ [INDEX_KEY]: index });
      return true;
    });
  }

  remove(ids: string[]): Promise<void> {
    if (!ids.length) return Promise.resolve();
    return this.exclusive(async () => {
      const index = await this.index();
      await this.store.set({ [INDEX_KEY]: index.filter((m) => !ids.includes(m.id)) });
      await this.store.remove(ids.map(itemKey));
    });
  }
}
