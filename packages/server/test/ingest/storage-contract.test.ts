import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Capture } from '@vigil/protocol';
import { expect, test } from 'vitest';
import { blobService } from '../../src/features/blobs/service.js';
import { localBlobStorage } from '../../src/features/blobs/storage.js';
import { captureService } from '../../src/features/captures/service.js';
import { captureStore } from '../../src/features/captures/store.js';
import { deviceService } from '../../src/features/devices/service.js';
import { ingestJobs } from '../../src/features/worker/jobs.js';
import { jobQueue } from '../../src/features/worker/queue.js';
import { createWorker } from '../../src/features/worker/worker.js';
import { describeStores } from './databases.js';
import { makeCapture, makeImage, seedSchool } from './helpers.js';

const DAY = 24 * 60 * 60 * 1000;

describeStores('capture, blob and job store contract', (target) => {
  const setup = async (clock: { now: number }) => {
    const handle = target.handle();
    const seeded = await seedSchool(handle.db, `School ${randomUUID().slice(0, 6)}`);
    const devices = deviceService(handle.db);
    const { device } = await devices.enrol(seeded.token, {
      name: 'd',
      platform: 'chromeos',
      agent: { kind: 'chrome-extension', version: '1' },
    });
    const context = { deviceId: device.id, schoolId: seeded.school.id, organisationId: seeded.org.id };
    const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-contract-blobs-'));
    const blobs = blobService(localBlobStorage(storageDir), Buffer.alloc(32, 3));
    const now = () => clock.now;
    const captures = captureService({
      db: handle.db,
      dialect: handle.dialect,
      sqlite: handle.sqlite,
      blobs,
      scanner: null,
      now,
    });
    return { handle, seeded, context, blobs, captures, now, storageDir };
  };

  test('captures: idempotent insert, scoped reads, keyset paging newest first', async () => {
    const clock = { now: 1_700_000_000_000 };
    const { captures, context, seeded, handle } = await setup(clock);
    const sent = Array.from({ length: 5 }, () => Capture.parse(makeCapture()));
    for (const capture of sent) {
      clock.now += 10;
      await captures.ingest(context, [capture]);
    }
    const acks = await captures.ingest(context, sent);
    expect(acks.every((a) => a.status === 'duplicate')).toBe(true);
    const store = captureStore(handle.db);
    expect(await store.count(seeded.school.id)).toBe(5);
    const page1 = await store.list(seeded.school.id, { limit: 2 });
    expect(page1.map((r) => r.id)).toEqual([sent[4]!.id, sent[3]!.id]);
    const last = page1[1]!;
    const page2 = await store.list(seeded.school.id, {
      limit: 10,
      before: { receivedAt: last.received_at, id: last.id },
    });
    expect(page2.map((r) => r.id)).toEqual([sent[2]!.id, sent[1]!.id, sent[0]!.id]);
    expect(await store.get(randomUUID(), sent[0]!.id)).toBeUndefined();
    expect(await store.list(randomUUID())).toEqual([]);
    expect(page1[0]!.server_detections).toBeNull();
  });

  test('group commit: concurrent requests, the same ids sent at once, each stored exactly once', async () => {
    const clock = { now: 1_750_000_000_000 };
    const { captures, context, seeded, handle } = await setup(clock);
    const sent = Array.from({ length: 40 }, () => Capture.parse(makeCapture()));
    const acks = await Promise.all([...sent, ...sent].map((capture) => captures.ingest(context, [capture])));
    const created = acks.flat().filter((a) => a.status === 'created');
    expect(created.map((a) => a.id).sort()).toEqual(sent.map((c) => c.id).sort());
    expect(await captureStore(handle.db).count(seeded.school.id)).toBe(40);
  });

  test('jobs: dedupe keys, disjoint claims by concurrent workers, retry then fail, stale reclaim', async () => {
    const handle = target.handle();
    const queue = jobQueue(handle.db, handle.dialect);
    const tag = randomUUID();
    const t = 2_000_000_000_000;
    await queue.enqueue({ kind: 'alert', payload: { tag }, dedupeKey: `alert:${tag}` }, t);
    await queue.enqueue({ kind: 'alert', payload: { tag }, dedupeKey: `alert:${tag}` }, t);
    for (let i = 0; i < 30; i++) await queue.enqueue({ kind: 'alert', payload: { tag, i } }, t);
    const claims = await Promise.all(
      Array.from({ length: 4 }, (_, i) => queue.claim(`w${i}`, ['alert'], t, 10)),
    );
    const ids = claims.flat().map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(31);
    const first = claims.flat()[0]!;
    await queue.fail(first.id, 'boom', t, t + 1000);
    expect(await queue.claim('w', ['alert'], t + 10, 10)).toEqual([]);
    const retried = await queue.claim('w', ['alert'], t + 1000, 10);
    expect(retried.map((j) => [j.id, j.attempts])).toEqual([[first.id, 2]]);
    expect(await queue.reclaimStale(t + 60_000, 30_000)).toBeGreaterThanOrEqual(30);
    await handle.db.deleteFrom('jobs').where('kind', '=', 'alert').execute();
  });

  test('worker: thumbnails, retention per school keeps incident-linked captures, orphan sweep', async () => {
    const clock = { now: 1_800_000_000_000 };
    const { captures, context, seeded, handle, blobs, now, storageDir } = await setup(clock);
    await handle.db
      .updateTable('schools')
      .set({ retention_days: 30 })
      .where('id', '=', seeded.school.id)
      .execute();
    const png = await makeImage('png');
    const old = Capture.parse(
      makeCapture({ screenshot: { contentType: 'image/png', data: png.toString('base64') } }),
    );
    const kept = Capture.parse(makeCapture());
    await captures.ingest(context, [old, kept]);
    await handle.db
      .updateTable('captures')
      .set({ incident_id: 'incident-1' })
      .where('id', '=', kept.id)
      .execute();
    const jobs = ingestJobs({ database: handle, blobs, now });
    const worker = createWorker({ database: handle, handlers: jobs.handlers, schedule: jobs.schedule, now });
    await worker.drain();
    const withThumb = await captureStore(handle.db).get(seeded.school.id, old.id);
    expect(withThumb?.thumbnail_blob_id).toBeTruthy();

    clock.now += 29 * DAY;
    const recent = Capture.parse(makeCapture());
    await captures.ingest(context, [recent]);
    clock.now += 2 * DAY; // the first two are now 31 days old, `recent` 2 days
    await worker.drain();
    const left = (await captureStore(handle.db).list(seeded.school.id)).map((r) => r.id).sort();
    expect(left).toEqual([kept.id, recent.id].sort());
    const blobRows = await handle.db
      .selectFrom('blobs')
      .select('id')
      .where('school_id', '=', seeded.school.id)
      .execute();
    expect(blobRows).toEqual([]);
    const files = fs
      .readdirSync(storageDir, { recursive: true })
      .filter((f) => fs.statSync(path.join(storageDir, String(f))).isFile());
    expect(files).toEqual([]);

    // A blob written whose row never committed (a crash between the two) is swept after the grace period.
    const orphan = await blobs.write(handle.db, {
      schoolId: seeded.school.id,
      kind: 'screenshot',
      contentType: 'image/png',
      data: png,
      now: now(),
    });
    expect(await blobs.sweepOrphans(handle.db, { now: Date.now(), graceMs: 60_000 })).toBe(0);
    expect(await blobs.sweepOrphans(handle.db, { now: Date.now() + 120_000, graceMs: 60_000 })).toBe(1);
    expect(await blobs.storage.get(orphan.storage_key)).toBeUndefined();
  });
});
