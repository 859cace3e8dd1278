import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { blobService, loadMasterKey, openBlobStorage } from '../../src/features/blobs/index.js';
import { captureStore } from '../../src/features/captures/store.js';
import { createIngestWorker } from '../../src/features/worker/jobs.js';
import type { RunningVigil } from '../../src/start.js';
import { describeStores } from './databases.js';
import { enrol, makeCapture, makeImage, post, seedSchool, startServer } from './helpers.js';

describeStores('agent API over real HTTP', (target) => {
  let vigil: RunningVigil;
  let seeded: Awaited<ReturnType<typeof seedSchool>>;
  let device: { deviceId: string; credential: string };
  beforeAll(async () => {
    target.handle();
    vigil = await startServer({ VIGIL_DATA_DIR: target.dataDir(), VIGIL_DATABASE_URL: target.databaseUrl() });
    seeded = await seedSchool(vigil.database.db);
    device = await enrol(vigil.url, seeded.token);
  });
  afterAll(async () => {
    await vigil?.close();
  });

  test('enrolment: bad token 401, bad body 400 naming the field', async () => {
    const bad = await post(vigil.url, '/enrol', undefined, {
      token: 'vet_wrong-wrong-wrong',
      device: { name: 'x', platform: 'chromeos', agent: { kind: 'chrome-extension', version: '1' } },
    });
    expect(bad.status).toBe(401);
    const invalid = await post(vigil.url, '/enrol', undefined, {
      token: seeded.token,
      device: { name: 'x' },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toContain('device.platform');
  });

  test('credentials: none or unknown 401, revoked 403', async () => {
    expect((await post(vigil.url, '/captures', undefined, makeCapture())).status).toBe(401);
    expect((await post(vigil.url, '/captures', 'vdc_nonsense', makeCapture())).status).toBe(401);
    const other = await enrol(vigil.url, seeded.token, 'to-revoke');
    const { deviceService } = await import('../../src/features/devices/service.js');
    await deviceService(vigil.database.db).revokeDevice(seeded.scope, other.deviceId, 'test');
    const revoked = await post(vigil.url, '/captures', other.credential, makeCapture());
    expect(revoked.status).toBe(403);
    expect(revoked.body.error).toBe('credential_revoked');
  });

  test('a capture is stored once, with both detection sets, mapped to the person', async () => {
    const capture = makeCapture({ person: { email: seeded.email.toUpperCase() } });
    const first = await post(vigil.url, '/captures', device.credential, capture);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ id: capture.id, status: 'created' });
    const again = await post(vigil.url, '/captures', device.credential, capture);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      id: capture.id,
      status: 'duplicate',
      receivedAt: first.body.receivedAt,
    });
    const rows = await vigil.database.db
      .selectFrom('captures')
      .selectAll()
      .where('id', '=', capture.id)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.school_id).toBe(seeded.school.id);
    expect(row.device_id).toBe(device.deviceId);
    expect(row.person_id).toBe(seeded.pupil.id);
    expect(JSON.parse(row.agent_detections)[0].rule).toBe('suicide.intent');
    expect(row.max_severity).toBe(5);
    expect(JSON.parse(row.categories)).toContain('suicide');
    if (row.server_detections !== null) {
      expect(row.server_rules_version).toBeTruthy();
      expect(Array.isArray(JSON.parse(row.server_detections))).toBe(true);
    }
  });

  test('another device cannot reuse a capture id (409)', async () => {
    const capture = makeCapture();
    expect((await post(vigil.url, '/captures', device.credential, capture)).status).toBe(200);
    const other = await enrol(vigil.url, seeded.token, 'other');
    const clash = await post(vigil.url, '/captures', other.credential, capture);
    expect(clash.status).toBe(409);
  });

  test('validation names the field', async () => {
    const { source: _source, ...noSource } = makeCapture();
    const missing = await post(vigil.url, '/captures', device.credential, noSource);
    expect(missing.status).toBe(400);
    expect(missing.body.message).toContain('source');
    const long = await post(
      vigil.url,
      '/captures',
      device.credential,
      makeCapture({ text: 'x'.repeat(20_001) }),
    );
    expect(long.status).toBe(400);
    expect(long.body.message).toContain('text');
    const badDetection = await post(
      vigil.url,
      '/captures',
      device.credential,
      makeCapture({
        text: 'short',
        detections: [{ category: 'c', severity: 2, rule: 'r', match: 'x', start: 1, end: 99 }],
      }),
    );
    expect(badDetection.body.message).toContain('detections.0.end');
    const notJson = await post(vigil.url, '/captures', device.credential, '{not json');
    expect(notJson.status).toBe(400);
  });

  test('screenshots: PNG, JPEG and WebP by content, encrypted at rest, 413 above 5 MB', async () => {
    const png = await makeImage('png');
    const capture = makeCapture({ screenshot: { contentType: 'image/png', data: png.toString('base64') } });
    expect((await post(vigil.url, '/captures', device.credential, capture)).status).toBe(200);
    for (const format of ['jpeg', 'webp'] as const) {
      const image = await makeImage(format);
      const ok = await post(
        vigil.url,
        '/captures',
        device.credential,
        makeCapture({ screenshot: { contentType: `image/${format}`, data: image.toString('base64') } }),
      );
      expect(ok.status).toBe(200);
    }
    const row = await captureStore(vigil.database.db).get(seeded.school.id, capture.id);
    expect(row?.screenshot_blob_id).toBeTruthy();
    const blobRow = await vigil.database.db
      .selectFrom('blobs')
      .selectAll()
      .where('id', '=', row!.screenshot_blob_id!)
      .executeTakeFirstOrThrow();
    const onDisk = fs.readFileSync(path.join(target.dataDir(), 'blobs', blobRow.storage_key));
    expect(onDisk.includes(png.subarray(0, 8))).toBe(false);
    expect(onDisk.includes(png.subarray(100, 140))).toBe(false);
    const config = { masterKey: Buffer.alloc(32, 7).toString('base64'), dataDir: target.dataDir() };
    const blobs = blobService(
      await openBlobStorage({ ...vigil.app.initialConfig, ...config, s3Endpoint: '' } as never),
      loadMasterKey(config),
    );
    expect((await blobs.read(vigil.database.db, seeded.school.id, blobRow.id))?.data.equals(png)).toBe(true);
    // another school's scope finds nothing
    expect(await blobs.read(vigil.database.db, randomUUID(), blobRow.id)).toBeUndefined();

    const liar = await post(
      vigil.url,
      '/captures',
      device.credential,
      makeCapture({ screenshot: { contentType: 'image/jpeg', data: png.toString('base64') } }),
    );
    expect(liar.status).toBe(400);
    expect(liar.body.message).toContain('screenshot');
    const gif = Buffer.from('GIF89a0000000000000000');
    const notImage = await post(
      vigil.url,
      '/captures',
      device.credential,
      makeCapture({ screenshot: { contentType: 'image/png', data: gif.toString('base64') } }),
    );
    expect(notImage.status).toBe(400);
    const huge = Buffer.concat([png.subarray(0, 8), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await post(
      vigil.url,
      '/captures',
      device.credential,
      makeCapture({ screenshot: { contentType: 'image/png', data: huge.toString('base64') } }),
    );
    expect(tooBig.status).toBe(413);
    const body = JSON.stringify(
      makeCapture({ screenshot: { contentType: 'image/png', data: 'A'.repeat(9 * 1024 * 1024) } }),
    );
    expect((await post(vigil.url, '/captures', device.credential, body)).status).toBe(413);

    // the thumbnail job committed with the capture; draining the worker makes the thumbnail
    const worker = createIngestWorker({ database: vigil.database, blobs, schedule: false });
    expect(await worker.drain()).toBeGreaterThanOrEqual(3);
    const after = await captureStore(vigil.database.db).get(seeded.school.id, capture.id);
    const thumb = await blobs.read(vigil.database.db, seeded.school.id, after!.thumbnail_blob_id!);
    expect(thumb?.contentType).toBe('image/webp');
  });

  test('batch: up to 500, duplicates recognised inside and across batches', async () => {
    const a = makeCapture();
    const b = makeCapture();
    const first = await post(vigil.url, '/captures/batch', device.credential, { captures: [a, b, a] });
    expect(first.status).toBe(200);
    expect(first.body.results.map((r: { status: string }) => r.status)).toEqual([
      'created',
      'created',
      'duplicate',
    ]);
    const second = await post(vigil.url, '/captures/batch', device.credential, {
      captures: [b, makeCapture()],
    });
    expect(second.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'created']);
    const tooMany = await post(vigil.url, '/captures/batch', device.credential, {
      captures: Array.from({ length: 501 }, () => makeCapture({ text: 'x', detections: [] })),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.message).toContain('captures');
    const bad = await post(vigil.url, '/captures/batch', device.credential, {
      captures: [makeCapture(), makeCapture({ id: 'nope' })],
    });
    expect(bad.body.message).toContain('captures.1.id');
    const full = Array.from({ length: 500 }, () => makeCapture());
    const ok = await post(vigil.url, '/captures/batch', device.credential, { captures: full });
    expect(ok.status).toBe(200);
    expect(await captureStore(vigil.database.db).owners(full.map((c) => c.id))).toHaveProperty('size', 500);
  });

  test('heartbeat, policy and rules with ETag, AUP events, credential rotation', async () => {
    const beat = await post(vigil.url, '/heartbeat', device.credential, {
      agentVersion: '1.2.0',
      rulesVersion: 'r1',
      queueLength: 4,
    });
    expect(beat.status).toBe(200);
    const row = await vigil.database.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', device.deviceId)
      .executeTakeFirstOrThrow();
    expect([row.agent_version, row.rules_version, row.queue_length]).toEqual(['1.2.0', 'r1', 4]);

    const auth = { authorization: `Bearer ${device.credential}` };
    for (const route of ['/policy', '/rules']) {
      const first = await fetch(`${vigil.url}/api/agent/v1${route}`, { headers: auth });
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      const body = (await first.json()) as { school?: { id: string }; version?: string };
      if (route === '/policy') {
        expect(body.school?.id).toBe(seeded.school.id);
        expect(etag).toBe(beat.body.policyEtag);
      } else {
        expect(body.version).toBe(beat.body.rulesVersion);
      }
      const cached = await fetch(`${vigil.url}/api/agent/v1${route}`, {
        headers: { ...auth, 'if-none-match': etag },
      });
      expect(cached.status).toBe(304);
    }

    const event = {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      person: { email: seeded.email },
      aupVersion: '1',
      decision: 'accepted',
    };
    expect((await post(vigil.url, '/aup', device.credential, event)).body.status).toBe('created');
    expect((await post(vigil.url, '/aup', device.credential, event)).body.status).toBe('duplicate');
    const stored = await vigil.database.db
      .selectFrom('aup_events')
      .selectAll()
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    expect(stored.person_id).toBe(seeded.pupil.id);

    const rotated = await post(vigil.url, '/credential/rotate', device.credential, {});
    expect(rotated.status).toBe(200);
    expect(
      (
        await post(vigil.url, '/heartbeat', device.credential, {
          agentVersion: '1',
          rulesVersion: 'r',
          queueLength: 0,
        })
      ).status,
    ).toBe(401);
    device = { deviceId: device.deviceId, credential: rotated.body.credential };
    expect(
      (
        await post(vigil.url, '/heartbeat', device.credential, {
          agentVersion: '1',
          rulesVersion: 'r',
          queueLength: 0,
        })
      ).status,
    ).toBe(200);
    const audit = await vigil.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', device.deviceId)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['device.enrol', 'device.rotate-credential']),
    );
  });

  test('OpenAPI document and docs are served', async () => {
    const doc = (await (await fetch(`${vigil.url}/api/agent/v1/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/agent/v1/captures',
        '/api/agent/v1/captures/batch',
        '/api/agent/v1/enrol',
      ]),
    );
    expect((await fetch(`${vigil.url}/api/agent/v1/docs/`)).status).toBe(200);
  });
});

test('a flooding device gets 429 with Retry-After; another device is unaffected', async () => {
  const vigil = await startServer({ VIGIL_AGENT_RATE_LIMIT: '5' });
  try {
    const seeded = await seedSchool(vigil.database.db);
    const a = await enrol(vigil.url, seeded.token, 'a');
    const b = await enrol(vigil.url, seeded.token, 'b');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 7; i++) {
      const r = await post(vigil.url, '/heartbeat', a.credential, {
        agentVersion: '1',
        rulesVersion: 'r',
        queueLength: 0,
      });
      statuses.push(r.status);
      if (r.status === 429) retryAfter = r.headers.get('retry-after');
      // Under the limit the answer carries no x-ratelimit-* headers (agents do not read them).
      else expect(r.headers.get('x-ratelimit-remaining')).toBeNull();
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(
      (
        await post(vigil.url, '/heartbeat', b.credential, {
          agentVersion: '1',
          rulesVersion: 'r',
          queueLength: 0,
        })
      ).status,
    ).toBe(200);
  } finally {
    await vigil.close();
  }
});

test('enrolment is limited to 30 a minute per address, apart from the device limit', async () => {
  const vigil = await startServer({ VIGIL_AGENT_RATE_LIMIT: '1000' });
  try {
    const attempt = () =>
      post(vigil.url, '/enrol', undefined, {
        token: 'not-a-token',
        device: { name: 'x', platform: 'linux', agent: { kind: 'other', version: '1' } },
      });
    for (let i = 0; i < 30; i++) expect((await attempt()).status).not.toBe(429);
    const refused = await attempt();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  } finally {
    await vigil.close();
  }
});
