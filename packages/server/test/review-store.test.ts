import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type DatabaseHandle, migrateToLatest, openDatabase } from '@vigil/server';
import { createTestDatabase, postgresAvailable, type TestDatabase } from '@vigil/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { verifyAuditChain } from '../src/features/audit/audit.js';
import { type CaptureFacts, projectCaptures } from '../src/features/review/projector.js';
import {
  activity,
  type ContentScope,
  falsePositivesByRule,
  listReviewItems,
} from '../src/features/review/read-model.js';
import { applyReviewEvent, captureHistory } from '../src/features/review/service.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 26, 12);

function fact(i: number, over: Partial<CaptureFacts> = {}): CaptureFacts {
  const categories = ['bullying', 'self-harm', 'profanity'];
  return {
    captureId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    schoolId: i % 2 === 0 ? 'school-a' : 'school-b',
    personId: `person-${i % 5}`,
    subjectKind: 'pupil',
    groupId: `group-${i % 3}`,
    deviceId: `device-${i % 4}`,
    source: i % 3 === 0 ? 'search' : 'typed',
    occurredAt: NOW - i * 3_600_000,
    receivedAt: NOW - i * 3_600_000 + 1000,
    detections: [
      {
        category: categories[i % 3]!,
        severity: (i % 4) + 1,
        rule: `rule-${i % 3}`,
        match: i % 2 ? 'Kill Myself' : 'loser',
      },
    ],
    ...over,
  };
}

const all: ContentScope = { schoolIds: ['school-a', 'school-b'], excludedPersonIds: [] };
const actor = { userId: 'user-1', organisationId: 'org-1' };

const dialects: { name: string; open: () => Promise<DatabaseHandle | undefined> }[] = [
  {
    name: 'sqlite',
    open: async () =>
      openDatabase({ databaseUrl: '', dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-review-')) }),
  },
  {
    name: 'postgres',
    open: async () => {
      if (!(await postgresAvailable())) return undefined;
      const created = await createTestDatabase();
      dropped.push(created);
      return openDatabase({ databaseUrl: created.url, dataDir: '' });
    },
  },
];
const dropped: TestDatabase[] = [];
afterAll(async () => {
  for (const d of dropped) await d.drop();
});

for (const dialect of dialects) {
  describe(`review store (${dialect.name})`, () => {
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      handle = await dialect.open();
      if (!handle) return;
      await migrateToLatest(handle.db);
      await projectCaptures(
        handle.db,
        Array.from({ length: 60 }, (_, i) => fact(i)),
      );
    });
    afterAll(async () => handle?.close());

    test('projecting is idempotent', async (ctx) => {
      if (!handle) return ctx.skip();
      const again = await projectCaptures(handle.db, [fact(1), fact(2), fact(100)]);
      expect(again).toEqual([fact(100).captureId]);
      const a = await activity(handle.db, all, { from: NOW - 200 * DAY, to: NOW + DAY });
      expect(a.total).toBe(61);
    });

    test('keyset paging walks every capture once, newest first', async (ctx) => {
      if (!handle) return ctx.skip();
      const seen: string[] = [];
      let cursor: { occurredAt: number; captureId: string } | undefined;
      for (;;) {
        const page = await listReviewItems(handle.db, all, {}, { limit: 7, cursor });
        seen.push(...page.items.map((i) => i.capture_id));
        if (!page.next) break;
        cursor = page.next;
      }
      expect(seen.length).toBe(61);
      expect(new Set(seen).size).toBe(61);
      expect(seen[0]).toBe(fact(0).captureId);
    });

    test('filters combine and the scope is enforced', async (ctx) => {
      if (!handle) return ctx.skip();
      const page = await listReviewItems(
        handle.db,
        all,
        { schools: ['school-a'], categories: ['bullying'], sources: ['search'] },
        { limit: 100 },
      );
      expect(page.items.length).toBeGreaterThan(0);
      for (const i of page.items) {
        expect([i.school_id, i.category, i.source]).toEqual(['school-a', 'bullying', 'search']);
      }
      const narrow: ContentScope = { schoolIds: ['school-b'], excludedPersonIds: ['person-1'] };
      const scoped = await listReviewItems(handle.db, narrow, { schools: ['school-a'] }, { limit: 100 });
      expect(scoped.items).toEqual([]);
      const b = await listReviewItems(handle.db, narrow, {}, { limit: 100 });
      expect(b.items.every((i) => i.school_id === 'school-b' && i.person_id !== 'person-1')).toBe(true);
      const sev = await listReviewItems(
        handle.db,
        all,
        { severities: [4], statuses: ['new'] },
        { limit: 100 },
      );
      expect(sev.items.every((i) => i.severity === 4)).toBe(true);
      const timed = await listReviewItems(
        handle.db,
        all,
        { from: NOW - 5 * 3_600_000, to: NOW + 1 },
        { limit: 100 },
      );
      expect(timed.items.length).toBe(6);
    });

    test('events change state, write history and audit in one transaction', async (ctx) => {
      if (!handle) return ctx.skip();
      const ids = [fact(3).captureId, fact(5).captureId, fact(7).captureId];
      const fp = await applyReviewEvent(
        handle.db,
        actor,
        all,
        ids,
        { type: 'false_positive', reason: 'lyrics' },
        NOW,
      );
      expect(fp.every((o) => o.ok)).toBe(true);
      const again = await applyReviewEvent(
        handle.db,
        actor,
        all,
        ids.slice(0, 1),
        { type: 'escalated', note: 'x' },
        NOW,
      );
      expect(again[0]).toMatchObject({ ok: false, code: 'rejected' });
      const hidden = await applyReviewEvent(
        handle.db,
        actor,
        { schoolIds: ['school-a'], excludedPersonIds: [] },
        [fact(9).captureId],
        { type: 'viewed' },
        NOW,
      );
      expect(hidden[0]).toMatchObject({ ok: false, code: 'not_found' });
      const rules = await falsePositivesByRule(handle.db, all);
      expect(rules.reduce((s, r) => s + r.falsePositives, 0)).toBe(3);
      const history = await captureHistory(handle.db, ids[0]!);
      expect(history.map((h) => [h.type, h.statusBefore, h.statusAfter])).toEqual([
        ['false_positive', 'new', 'false_positive'],
      ]);
      const audit = await handle.db
        .selectFrom('audit_log')
        .selectAll()
        .where('subject_id', '=', ids[0]!)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['capture.false-positive']);
      expect((await verifyAuditChain(handle.db)).ok).toBe(true);
    });

    test('a category correction moves the Activity count', async (ctx) => {
      if (!handle) return ctx.skip();
      const id = fact(0).captureId; // bullying, severity 1, school-a
      const before = await activity(handle.db, all, { from: NOW - DAY, to: NOW + DAY });
      await applyReviewEvent(
        handle.db,
        actor,
        all,
        [id],
        { type: 'category_corrected', category: 'grooming' },
        NOW,
      );
      const after = await activity(handle.db, all, { from: NOW - DAY, to: NOW + DAY });
      const count = (a: typeof before, c: string) =>
        a.byCategory.filter((r) => r.category === c).reduce((s, r) => s + r.captures, 0);
      expect(count(after, 'grooming')).toBe(count(before, 'grooming') + 1);
      expect(count(after, 'bullying')).toBe(count(before, 'bullying') - 1);
      expect(after.total).toBe(before.total);
      const page = await listReviewItems(handle.db, all, { categories: ['grooming'] }, { limit: 10 });
      expect(page.items.map((i) => i.capture_id)).toEqual([id]);
    });

    test('activity: terms, people, new high risk', async (ctx) => {
      if (!handle) return ctx.skip();
      const a = await activity(handle.db, all, { from: NOW - 3 * DAY, to: NOW + DAY });
      expect(a.topTerms.map((t) => t.term).sort()).toEqual(['kill myself', 'loser']);
      expect(a.topByCaptures.length).toBe(5);
      expect(a.topByRisk[0]!.risk).toBeGreaterThanOrEqual(a.topByRisk[1]!.risk);
      expect(a.newHighRisk.every((i) => i.severity >= 3 && i.status === 'new')).toBe(true);
      expect(a.trend.length).toBeGreaterThan(0);
    });
  });
}
