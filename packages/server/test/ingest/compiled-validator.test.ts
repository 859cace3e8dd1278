import { randomBytes } from 'node:crypto';
import { Capture, CaptureBatch, captureSpanIssue } from '@vigil/protocol';
import { describe, expect, test } from 'vitest';
import { compiledValidator, isStrictBase64 } from '../../src/http/compiled-validator.js';
import { makeCapture } from './helpers.js';

const validate = compiledValidator(Capture, 'body', captureSpanIssue);
const errorOf = (data: unknown) => {
  const result = validate(data);
  return result === true ? undefined : result.error.message;
};

describe('the capture validator compiled from the protocol schema', () => {
  test('accepts what zod accepts, with zod defaults filled in and unknown keys dropped', () => {
    const capture = makeCapture() as Record<string, unknown> & { detections: Record<string, unknown>[] };
    delete capture.detections[0]!.reasons;
    capture.extra = 'x';
    capture.detections[0]!.extra = 'y';
    expect(Capture.safeParse(capture).success).toBe(true);
    expect(validate(capture)).toBe(true);
    expect(capture.detections[0]!.reasons).toEqual([]);
    expect('extra' in capture).toBe(false);
    expect('extra' in capture.detections[0]!).toBe(false);
  });

  test('rejects what zod rejects, naming the field as the zod validator did', () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ source: undefined }, 'body.source: is required'],
      [{ source: 'shouted' }, 'body.source:'],
      [{ id: 'nope' }, 'body.id: must be a uuid'],
      [{ occurredAt: '2026-11-26 09:15' }, 'body.occurredAt: must be a date-time'],
      [{ text: 'x'.repeat(20_001) }, 'body.text:'],
      [{ person: { email: 5 } }, 'body.person.email:'],
      [{ rulesVersion: '' }, 'body.rulesVersion:'],
      [
        { detections: [{ category: 'c', severity: 9, rule: 'r', match: 'm', start: 0, end: 1 }] },
        'body.detections.0.severity:',
      ],
      [
        { detections: [{ category: 'c', severity: 2, rule: 'r', match: 'm', start: 0, end: 999 }] },
        'body.detections.0.end: end 999 is beyond',
      ],
      [
        { detections: [{ category: 'c', severity: 2, rule: 'r', match: 'm', start: 3, end: 1 }] },
        'body.detections.0.end: end must not be before start',
      ],
      [
        { detections: [{ category: 'c', severity: '2', rule: 'r', match: 'm', start: 0, end: 1 }] },
        'body.detections.0.severity:',
      ],
      [
        { screenshot: { contentType: 'image/png', data: 'not base64!' } },
        'body.screenshot.data: must be base64',
      ],
      [{ screenshot: { contentType: 'image/gif', data: 'R0lG' } }, 'body.screenshot.contentType:'],
    ];
    for (const [over, message] of cases) {
      const capture = { ...makeCapture(), ...over };
      if ('source' in over && over.source === undefined) delete (capture as { source?: unknown }).source;
      expect(Capture.safeParse(capture).success, message).toBe(false);
      expect(errorOf(capture), message).toContain(message);
    }
    expect(errorOf('{not an object')).toContain('body: must be object');
  });

  test('lengths count code points, as zod does', () => {
    const fits = makeCapture({ text: '\u{1F600}'.repeat(20_000), detections: [] }); // 40,000 code units
    expect(Capture.safeParse(fits).success).toBe(true);
    expect(validate(fits)).toBe(true);
    const long = makeCapture({ text: '\u{1F600}'.repeat(20_001), detections: [] });
    expect(Capture.safeParse(long).success).toBe(false);
    expect(errorOf(long)).toContain('body.text:');
    const empty = { ...makeCapture(), screenshot: { contentType: 'image/png', data: '' } };
    expect(Capture.safeParse(empty).success).toBe(false);
    expect(errorOf(empty)).toBe('body.screenshot.data: must not be empty');
  });

  test('a batch names the capture by its index', () => {
    const check = compiledValidator(CaptureBatch, 'body', (batch) => {
      const i = batch.captures.findIndex((c) => captureSpanIssue(c));
      return i < 0 ? undefined : { path: ['captures', i], message: 'bad span' };
    });
    const result = check({ captures: [makeCapture(), { ...makeCapture(), id: 'nope' }] });
    expect(result !== true && result.error.message).toBe('body.captures.1.id: must be a uuid');
  });
});

test('base64 is checked by decoding: standard alphabet, padding optional, nothing else', () => {
  const data = randomBytes(3000);
  for (let n = 1; n < 40; n++) {
    const encoded = data.subarray(0, n).toString('base64');
    expect(isStrictBase64(encoded)).toBe(true);
    expect(isStrictBase64(encoded.replace(/=+$/, ''))).toBe(true);
  }
  expect(isStrictBase64(data.toString('base64'))).toBe(true);
  for (const bad of [
    'YQ=a',
    'YQ==YWJj',
    'Y',
    'YWJj\nYWJj',
    'YW Jj',
    'YWJj-_',
    'YQ===',
    'YWJ\u00e9',
    '====',
  ]) {
    expect(isStrictBase64(bad), bad).toBe(false);
    expect(/^[A-Za-z0-9+/]*={0,2}$/.test(bad) && bad.length % 4 !== 1, bad).toBe(false);
  }
});
