import { randomUUID } from 'node:crypto';
import type { Detection } from '@vigil/protocol';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createIngestRuntime } from '../../src/features/captures/runtime.js';
import type { ServerScanner } from '../../src/features/captures/scanner.js';
import { addServerScan } from '../../src/features/captures/server-scan.js';
import { type CaptureInsert, captureWriter } from '../../src/features/captures/writer.js';
import type { RunningVigil } from '../../src/start.js';
import { describeStores } from './databases.js';
import {
  captureRow,
  enrol,
  makeCapture,
  post,
  seedSchool,
  seedSchoolWithDevice,
  startServer,
} from './helpers.js';

// The server scans every capture again with its own engine (on SQLite on the writer thread, just before
// it commits; on PostgreSQL on the scan thread, before the event loop commits) and keeps both
// detection sets.

const TEXT = 'nobody would even notice if i was gone, i want to kill myself tonight';

describeStores('server scan', (target) => {
  let vigil: RunningVigil;
  let scanner: ServerScanner;
  beforeAll(async () => {
    target.handle();
    vigil = await startServer({ VIGIL_DATA_DIR: target.dataDir(), VIGIL_DATABASE_URL: target.databaseUrl() });
    const runtime = await createIngestRuntime(loadConfig({ VIGIL_DATA_DIR: target.dataDir() }));
    if (!runtime.scanner) throw new Error('these tests need the bundled rules library');
    scanner = runtime.scanner;
  });
  afterAll(async () => {
    await vigil?.close();
  });

  test('every stored capture has the server detections, severity and categories of both sets', async () => {
    const seeded = await seedSchool(vigil.database.db);
    const device = await enrol(vigil.url, seeded.token);
    const expected = scanner.scan(TEXT, 'typed');
    expect(expected.length).toBeGreaterThan(0);
    // The agent saw nothing, or something else: the server's findings still count.
    const quiet = makeCapture({ text: TEXT, detections: [] });
    const other = makeCapture({
      text: TEXT,
      detections: [{ category: 'zz-other', severity: 1, rule: 'r', match: 'nobody', start: 0, end: 6 }],
    });
    const batch = [makeCapture({ text: TEXT }), makeCapture({ text: 'hello there', detections: [] })];
    expect((await post(vigil.url, '/captures', device.credential, quiet)).status).toBe(200);
    expect((await post(vigil.url, '/captures', device.credential, other)).status).toBe(200);
    expect((await post(vigil.url, '/captures/batch', device.credential, { captures: batch })).status).toBe(
      200,
    );

    const rows = await vigil.database.db
      .selectFrom('captures')
      .selectAll()
      .where('school_id', '=', seeded.school.id)
      .execute();
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      expect(row.server_rules_version).toBe(scanner.rulesVersion);
      expect(JSON.parse(row.server_detections!)).toEqual(scanner.scan(row.text, 'typed'));
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const severity = Math.max(...expected.map((d) => d.severity));
    const categories = [...new Set(expected.map((d) => d.category))].sort();
    expect(byId.get(quiet.id)).toMatchObject({
      max_severity: severity,
      categories: JSON.stringify(categories),
    });
    expect(JSON.parse(byId.get(other.id)!.categories)).toEqual([...categories, 'zz-other'].sort());
    expect(byId.get(batch[1]!.id)).toMatchObject({
      server_detections: '[]',
      max_severity: 0,
      categories: '[]',
    });
  });

  test('rows the capture thread cannot scan are not stored: the request fails and its agent retries', async () => {
    const handle = target.handle();
    const { seeded, device } = await seedSchoolWithDevice(handle.db);
    const broken = { ...scanner, compiled: '{"not":"compiled rules"}' };
    const writer = captureWriter(handle.db, target.dialect, Date.now, {
      sqlite: handle.sqlite,
      scanner: broken,
    });
    expect(writer.scansRows).toBe(true);
    const id = randomUUID();
    const row = captureRow(seeded.school.id, device.id, { id, text: TEXT });
    // Warming (a server does it before it listens) does not hang on an engine that cannot load.
    await expect(writer.warm()).resolves.toBeUndefined();
    await expect(writer.write([row], new Map())).rejects.toThrow(/not stored|exited/);
    // The thread ended; the next batch gets a new one (which tries the engine again), not a hang.
    await expect(writer.write([{ ...row, id: randomUUID() }], new Map())).rejects.toThrow(
      /not stored|exited/,
    );
    await writer.close();
    const stored = await handle.db
      .selectFrom('captures')
      .select('id')
      .where('text', '=', TEXT)
      .where('school_id', '=', seeded.school.id)
      .execute();
    expect(stored).toEqual([]);
  });

  test('requests that queue while the capture thread is busy are scanned and stored together, each once', async () => {
    const handle = target.handle();
    const { seeded, device } = await seedSchoolWithDevice(handle.db);
    const writer = captureWriter(handle.db, target.dialect, Date.now, { sqlite: handle.sqlite, scanner });
    await writer.warm();
    // A long text keeps the capture thread busy while the next turns of the event loop send theirs.
    const long = `${TEXT}. ${'we went to the park and then had tea at home. '.repeat(300)}`;
    const rows = Array.from({ length: 40 }, (_, i) =>
      captureRow(seeded.school.id, device.id, { text: i % 2 ? long : TEXT }),
    );
    const answers: Promise<Set<string>>[] = [];
    for (const row of rows) {
      answers.push(writer.write([row], new Map()));
      await new Promise((resolve) => setImmediate(resolve)); // one request per turn
    }
    // The same id twice in one merged group is one capture.
    const again = writer.write([{ ...rows[5]! }], new Map());
    expect((await Promise.all(answers)).map((inserted) => [...inserted])).toEqual(rows.map((r) => [r.id]));
    expect([...(await again)]).toEqual([]);
    expect(writer.stats().transactions).toBeLessThan(rows.length);
    await writer.close();
    const stored = await handle.db
      .selectFrom('captures')
      .select(['id', 'text', 'server_detections'])
      .where('school_id', '=', seeded.school.id)
      .execute();
    expect(stored.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const row of stored) {
      expect(JSON.parse(row.server_detections!)).toEqual(scanner.scan(row.text, 'typed'));
    }
  });

  test('a warmed pipeline has loaded its engine before the first capture, which it scans and stores', async () => {
    const handle = target.handle();
    const { seeded, device } = await seedSchoolWithDevice(handle.db);
    const writer = captureWriter(handle.db, target.dialect, Date.now, { sqlite: handle.sqlite, scanner });
    await writer.warm();
    const id = randomUUID();
    const inserted = await writer.write(
      [captureRow(seeded.school.id, device.id, { id, text: TEXT })],
      new Map(),
    );
    await writer.close();
    expect([...inserted]).toEqual([id]);
    const row = await handle.db
      .selectFrom('captures')
      .select('server_detections')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(row.server_detections!)).toEqual(scanner.scan(TEXT, 'typed'));
  });
});

test('the server scan keeps the agent severity and categories when it finds less', () => {
  const agent: Detection[] = [
    { category: 'bullying', severity: 4, rule: 'r', match: 'm', start: 0, end: 1, reasons: [] },
  ];
  const row = {
    text: 'x',
    source: 'typed',
    max_severity: 4,
    categories: '["bullying"]',
    agent_detections: JSON.stringify(agent),
  } as CaptureInsert;
  const found: Detection = {
    category: 'abuse',
    severity: 2,
    rule: 's',
    match: 'x',
    start: 0,
    end: 1,
    reasons: [],
  };
  addServerScan(row, { rulesVersion: 'v9', scan: () => [found] });
  expect(row).toMatchObject({
    max_severity: 4,
    categories: '["abuse","bullying"]',
    server_rules_version: 'v9',
    server_detections: JSON.stringify([found]),
  });
});
