import { describe, expect, test } from 'vitest';
import { gateClosed, redirectedByGate } from '../src/lib/aup-gate.js';
import { detectionKey, RecentKeys, textInContext } from '../src/lib/capture-text.js';
import { CallSpacer, isQuotaError } from '../src/lib/spacing.js';
import { mergeConfig, sanitiseConfig } from '../src/shared/config.js';

describe('AUP gate', () => {
  const aup = { version: '3', required: true };
  test('closed until the current version is accepted', () => {
    expect(gateClosed(undefined, undefined)).toBe(false);
    expect(gateClosed({ version: '3', required: false }, undefined)).toBe(false);
    expect(gateClosed(aup, undefined)).toBe(true);
    expect(gateClosed(aup, { version: '3', decision: 'declined', at: 'x' })).toBe(true);
    expect(gateClosed(aup, { version: '2', decision: 'accepted', at: 'x' })).toBe(true);
    expect(gateClosed(aup, { version: '3', decision: 'accepted', at: 'x' })).toBe(false);
  });

  test('redirects web pages, not the extension, the server or browser pages', () => {
    const ext = 'chrome-extension://abc/';
    expect(redirectedByGate('https://example.com/', ext)).toBe(true);
    expect(redirectedByGate('file:///tmp/a.html', ext)).toBe(true);
    expect(redirectedByGate('chrome-extension://abc/aup.html', ext)).toBe(false);
    expect(redirectedByGate('chrome://settings', ext)).toBe(false);
    expect(redirectedByGate('about:blank', ext)).toBe(false);
    expect(redirectedByGate('http://127.0.0.1:9/x', ext, 'http://127.0.0.1:9')).toBe(false);
    expect(redirectedByGate(undefined, ext)).toBe(false);
  });
});

describe('textInContext', () => {
  test('short text is kept whole', () => {
    const d = [{ start: 2, end: 5 }];
    expect(textInContext('0123456', d, 100)).toEqual({ text: '0123456', detections: d });
  });

  test('long text is cut around the detections, offsets shifted', () => {
    const text = `${'a'.repeat(1_000)}HIT${'b'.repeat(1_000)}`;
    const out = textInContext(text, [{ start: 1_000, end: 1_003, rule: 'r' }], 101);
    expect(out.text.length).toBe(101);
    const d = out.detections[0]!;
    expect(out.text.slice(d.start, d.end)).toBe('HIT');
    expect(d.rule).toBe('r');
  });

  test('a hit at the very end stays inside the window', () => {
    const text = `${'a'.repeat(500)}END`;
    const out = textInContext(text, [{ start: 500, end: 503 }], 50);
    expect(out.text.endsWith('END')).toBe(true);
    expect(out.text.slice(out.detections[0]!.start, out.detections[0]!.end)).toBe('END');
  });
});

describe('RecentKeys', () => {
  test('remembers for the TTL only', () => {
    const r = new RecentKeys(1_000);
    const key = detectionKey('field:1', { rule: 'x', match: 'Kill  Myself' });
    expect(key).toBe(detectionKey('field:1', { rule: 'x', match: 'kill myself' }));
    expect(r.seenRecently(key, 0)).toBe(false);
    expect(r.seenRecently(key, 500)).toBe(true);
    expect(r.seenRecently(key, 1_600)).toBe(false);
  });

  test('survives a restart through entries/restore', () => {
    const before = new RecentKeys(1_000);
    before.seenRecently('a', 0);
    before.seenRecently('old', -5_000);
    const after = new RecentKeys(1_000);
    after.restore(before.entries(100));
    expect(after.seenRecently('a', 200)).toBe(true);
    expect(after.seenRecently('old', 200)).toBe(false);
  });

  test('is bounded', () => {
    const r = new RecentKeys(1_000_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) r.seenRecently(k, 1);
    expect(r.seenRecently('a', 2)).toBe(false);
  });
});

describe('CallSpacer', () => {
  test('spaces calls and backs off after quota errors', () => {
    const s = new CallSpacer(500, 1_000);
    expect(s.reserve(0)).toBe(0);
    expect(s.reserve(0)).toBe(500);
    expect(s.reserve(2_000)).toBe(0);
    expect(s.penalise(2_000)).toBe(1_000);
    expect(s.penalise(2_000)).toBe(2_000);
    expect(s.reserve(2_000)).toBe(2_000);
    s.succeeded();
    expect(s.penalise(10_000)).toBe(1_000);
    expect(
      isQuotaError(new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.')),
    ).toBe(true);
    expect(isQuotaError(new Error('No active tab'))).toBe(false);
  });
});

describe('config', () => {
  test('keeps known settings, policy wins', () => {
    const managed = sanitiseConfig({ serverUrl: 'https://v.example/', primaryProtection: true, junk: 1 });
    const local = sanitiseConfig({
      serverUrl: 'http://127.0.0.1:1',
      userEmail: ' a@b.c ',
      primaryProtection: 'yes',
    });
    expect(managed).toEqual({ serverUrl: 'https://v.example', primaryProtection: true });
    expect(local).toEqual({ serverUrl: 'http://127.0.0.1:1', userEmail: 'a@b.c' });
    expect(mergeConfig(managed, local)).toEqual({
      serverUrl: 'https://v.example',
      primaryProtection: true,
      userEmail: 'a@b.c',
    });
    expect(sanitiseConfig(null)).toEqual({});
  });
});
