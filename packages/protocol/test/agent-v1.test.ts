import { randomUUID } from 'node:crypto';
import {
  AGENT_LIMITS,
  AupEvent,
  Capture,
  CaptureBatch,
  type CaptureInput,
  EnrolRequest,
  Heartbeat,
  maxSeverity,
} from '@vigil/protocol';
import { describe, expect, test } from 'vitest';

const capture = (over: Partial<CaptureInput> = {}): CaptureInput => ({
  id: randomUUID(),
  occurredAt: '2026-11-26T09:15:00.000Z',
  person: { email: 'pupil@school.example' },
  source: 'typed',
  url: 'https://example.com/chat',
  app: 'chrome',
  text: 'i want to hurt myself',
  detections: [
    {
      category: 'self-harm',
      severity: 4,
      rule: 'sh.hurt-myself',
      match: 'hurt myself',
      start: 10,
      end: 21,
    },
  ],
  rulesVersion: '2026.11.1',
  ...over,
});

const firstPath = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues[0]?.path.join('.');

describe('agent protocol v1', () => {
  test('a well-formed capture parses and reasons default to empty', () => {
    const parsed = Capture.parse(capture());
    expect(parsed.detections[0]?.reasons).toEqual([]);
  });

  test('each bad field is named', () => {
    expect(firstPath(Capture.safeParse(capture({ id: 'nope' })))).toBe('id');
    expect(firstPath(Capture.safeParse(capture({ source: 'keyboard' as never })))).toBe('source');
    expect(firstPath(Capture.safeParse(capture({ occurredAt: 'yesterday' })))).toBe('occurredAt');
    expect(firstPath(Capture.safeParse(capture({ text: 'x'.repeat(AGENT_LIMITS.maxTextChars + 1) })))).toBe(
      'text',
    );
  });

  test('a detection must lie inside the text', () => {
    const bad = capture({
      text: 'short',
      detections: [{ category: 'c', severity: 1, rule: 'r', match: 'x', start: 2, end: 9 }],
    });
    expect(firstPath(Capture.safeParse(bad))).toBe('detections.0.end');
    const reversed = capture({
      detections: [{ category: 'c', severity: 1, rule: 'r', match: 'x', start: 5, end: 2 }],
    });
    expect(firstPath(Capture.safeParse(reversed))).toBe('detections.0.end');
  });

  test('screenshot must be base64 of an allowed type', () => {
    expect(
      Capture.safeParse(capture({ screenshot: { contentType: 'image/png', data: 'iVBORw0K' } })).success,
    ).toBe(true);
    expect(
      firstPath(
        Capture.safeParse(capture({ screenshot: { contentType: 'image/gif' as never, data: 'AA==' } })),
      ),
    ).toBe('screenshot.contentType');
    expect(
      firstPath(
        Capture.safeParse(capture({ screenshot: { contentType: 'image/png', data: 'not base64!' } })),
      ),
    ).toBe('screenshot.data');
  });

  test('a batch holds 1..500 captures', () => {
    expect(CaptureBatch.safeParse({ captures: [] }).success).toBe(false);
    const many = Array.from({ length: AGENT_LIMITS.maxBatch + 1 }, () => capture());
    expect(CaptureBatch.safeParse({ captures: many }).success).toBe(false);
    expect(CaptureBatch.safeParse({ captures: many.slice(1) }).success).toBe(true);
  });

  test('enrolment, heartbeat and AUP events', () => {
    expect(
      EnrolRequest.safeParse({
        token: 'vet_0123456789abcdef',
        device: {
          name: 'Y7-14',
          platform: 'chromeos',
          agent: { kind: 'chrome-extension', version: '1.0.0' },
        },
      }).success,
    ).toBe(true);
    expect(firstPath(Heartbeat.safeParse({ agentVersion: '1', rulesVersion: '1', queueLength: -1 }))).toBe(
      'queueLength',
    );
    expect(
      AupEvent.safeParse({
        id: randomUUID(),
        occurredAt: '2026-11-26T09:00:00+00:00',
        aupVersion: '3',
        decision: 'declined',
      }).success,
    ).toBe(true);
  });

  test('severity is 1..5 and the maximum is kept', () => {
    expect(
      Capture.safeParse(capture({ detections: [{ ...capture().detections[0]!, severity: 6 }] })).success,
    ).toBe(false);
    expect(maxSeverity([])).toBe(0);
    expect(maxSeverity([{ severity: 2 }, { severity: 5 }, { severity: 3 }])).toBe(5);
  });
});
