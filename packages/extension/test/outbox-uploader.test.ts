import type { Capture } from '@vigil/protocol';
import { describe, expect, test } from 'vitest';
import { ApiClient } from '../src/worker/api-client.js';
import { MemoryStore } from '../src/worker/kv.js';
import { Outbox } from '../src/worker/outbox.js';
import { Uploader } from '../src/worker/uploader.js';

const capture = (id: string): Capture => ({
  id,
  occurredAt: '2026-11-26T09:00:00.000Z',
  source: 'typed',
  text: 'x',
  detections: [],
  rulesVersion: 't',
});

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('Outbox', () => {
  test('survives a new instance over the same store (a worker restart)', async () => {
    const store = new MemoryStore();
    const a = new Outbox(store);
    await a.add({ id: 'x', kind: 'capture', severity: 3, createdAt: 1, bytes: 10, payload: capture('x') });
    await a.add({ id: 'x', kind: 'capture', severity: 3, createdAt: 1, bytes: 10, payload: capture('x') });
    const b = new Outbox(store);
    const metas = await b.list();
    expect(metas.map((m) => m.id)).toEqual(['x']);
    expect((await b.load<Capture>(metas))[0]!.payload.id).toBe('x');
  });

  test('concurrent adds are all kept; bounded drops lowest severity and never 4+', async () => {
    const store = new MemoryStore();
    const box = new Outbox(store, { maxEntries: 3, maxBytes: 1e9, protectedSeverity: 4 });
    const severities = [1, 4, 2, 5, 4, 1];
    await Promise.all(
      severities.map((severity, i) =>
        box.add({ id: `i${i}`, kind: 'capture', severity, createdAt: i, bytes: 1, payload: {} }),
      ),
    );
    const kept = (await box.list()).map((m) => m.id).sort();
    expect(kept).toEqual(['i1', 'i3', 'i4']);
    expect(store.data.has('outbox:item:i0')).toBe(false);
    expect(store.data.has('outbox:item:i5')).toBe(false);
  });
});

/** A fake server speaking the batch endpoint, recording what arrives. */
function fakeServer() {
  const received = new Map<string, number>();
  const state = { online: true, failNext: 0 };
  const fetchImpl: typeof fetch = async (input, init) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    if (state.failNext > 0) {
      state.failNext -= 1;
      return new Response(JSON.stringify({ error: 'x', message: 'boom' }), { status: 503 });
    }
    const url = String(input);
    const body = JSON.parse(String(init?.body));
    if (url.endsWith('/captures/batch')) {
      for (const c of body.captures) received.set(c.id, (received.get(c.id) ?? 0) + 1);
      return Response.json({
        results: body.captures.map((c: Capture) => ({
          id: c.id,
          status: 'created',
          receivedAt: c.occurredAt,
        })),
      });
    }
    if (url.endsWith('/aup')) return Response.json({ id: body.id, status: 'created' });
    return new Response('{}', { status: 404 });
  };
  return { received, state, fetchImpl };
}

describe('Uploader', () => {
  test('offline: backs off and keeps everything; online: delivers each capture exactly once', async () => {
    const store = new MemoryStore();
    const server = fakeServer();
    let now = 1_000_000;
    const scheduled: number[] = [];
    const make = () =>
      new Uploader({
        outbox: new Outbox(store),
        store,
        client: () => new ApiClient('http://127.0.0.1:1', 'cred', server.fetchImpl),
        schedule: (at) => scheduled.push(at),
        now: () => now,
        random: () => 0,
      });
    const box = new Outbox(store);
    for (let i = 0; i < 7; i++) {
      await box.add({
        id: uuid(i),
        kind: 'capture',
        severity: 3,
        createdAt: i,
        bytes: 10,
        payload: capture(uuid(i)),
      });
    }
    server.state.online = false;
    const first = make();
    await first.flush();
    const s1 = await first.state();
    expect(s1.failures).toBe(1);
    expect(scheduled.at(-1)).toBe(s1.nextAt);
    await first.flush();
    expect((await first.state()).failures).toBe(1); // still waiting: no new attempt before nextAt
    now = s1.nextAt + 1;
    await first.flush();
    const s2 = await first.state();
    expect(s2.failures).toBe(2);
    expect(s2.nextAt - now).toBeGreaterThan(s1.nextAt - 1_000_000);

    // The worker is stopped; a new one starts with the network back.
    server.state.online = true;
    now = s2.nextAt + 1;
    const second = make();
    await Promise.all([second.flush(), second.flush()]);
    expect(await new Outbox(store).length()).toBe(0);
    expect([...server.received.values()]).toEqual(Array(7).fill(1));
    expect((await second.state()).failures).toBe(0);
  });

  test('a 503 is retried later; force ignores the wait', async () => {
    const store = new MemoryStore();
    const server = fakeServer();
    server.state.failNext = 1;
    const up = new Uploader({
      outbox: new Outbox(store),
      store,
      client: () => new ApiClient('http://127.0.0.1:1', 'cred', server.fetchImpl),
      schedule: () => {},
    });
    await new Outbox(store).add({
      id: uuid(1),
      kind: 'capture',
      severity: 4,
      createdAt: 1,
      bytes: 1,
      payload: capture(uuid(1)),
    });
    await up.flush();
    expect(server.received.size).toBe(0);
    await up.flush(true);
    expect(server.received.get(uuid(1))).toBe(1);
  });

  test('a capture the server rejects (400) is dropped alone; the rest of the batch arrives', async () => {
    const store = new MemoryStore();
    const received: string[] = [];
    const fetchImpl: typeof fetch = async (_input, init) => {
      const captures = JSON.parse(String(init?.body)).captures as Capture[];
      if (captures.some((c) => c.text === 'bad')) {
        return Response.json({ error: 'invalid_request', message: 'text: too long' }, { status: 400 });
      }
      received.push(...captures.map((c) => c.id));
      return Response.json({
        results: captures.map((c) => ({ id: c.id, status: 'created', receivedAt: c.occurredAt })),
      });
    };
    const up = new Uploader({
      outbox: new Outbox(store),
      store,
      client: () => new ApiClient('http://127.0.0.1:1', 'cred', fetchImpl),
      schedule: () => {},
    });
    const box = new Outbox(store);
    for (let i = 0; i < 3; i++) {
      const payload = { ...capture(uuid(i)), text: i === 1 ? 'bad' : 'ok' };
      await box.add({ id: uuid(i), kind: 'capture', severity: 3, createdAt: i, bytes: 1, payload });
    }
    await up.flush(true);
    expect(received.sort()).toEqual([uuid(0), uuid(2)]);
    expect(await box.length()).toBe(0);
  });

  test('401 keeps the queue and asks for a new enrolment; held captures wait for their screenshot', async () => {
    const store = new MemoryStore();
    let unauthorised = 0;
    const up = new Uploader({
      outbox: new Outbox(store),
      store,
      client: () =>
        new ApiClient('http://127.0.0.1:1', 'old', async () =>
          Response.json({ error: 'unauthorised', message: 'unknown credential' }, { status: 401 }),
        ),
      schedule: () => {},
      unauthorised: () => unauthorised++,
    });
    const box = new Outbox(store);
    await box.add({
      id: uuid(1),
      kind: 'capture',
      severity: 4,
      createdAt: 1,
      bytes: 1,
      payload: capture(uuid(1)),
    });
    await up.flush(true);
    expect(unauthorised).toBe(1);
    expect(await box.length()).toBe(1);

    let calls = 0;
    const waiting = new Uploader({
      outbox: box,
      store,
      client: () =>
        new ApiClient('http://127.0.0.1:1', 'cred', async () => {
          calls++;
          return Response.json({ results: [] });
        }),
      schedule: () => {},
      now: () => 10,
    });
    await box.remove([uuid(1)]);
    await box.add({
      id: uuid(2),
      kind: 'capture',
      severity: 4,
      createdAt: 1,
      bytes: 1,
      holdUntil: 1_000,
      payload: capture(uuid(2)),
    });
    await waiting.flush(true);
    expect(calls).toBe(0);
    expect(await box.complete(uuid(2), capture(uuid(2)), 5)).toBe(true);
    expect((await box.list())[0]).toMatchObject({ id: uuid(2), bytes: 5 });
    expect((await box.list())[0]!.holdUntil).toBeUndefined();
  });

  test('without a device credential nothing is sent and nothing is lost', async () => {
    const store = new MemoryStore();
    const up = new Uploader({
      outbox: new Outbox(store),
      store,
      client: () => undefined,
      schedule: () => {},
    });
    await new Outbox(store).add({ id: 'a', kind: 'aup', severity: 5, createdAt: 1, bytes: 1, payload: {} });
    await up.flush(true);
    expect(await new Outbox(store).length()).toBe(1);
  });
});
