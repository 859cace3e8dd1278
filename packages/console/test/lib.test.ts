import { describe, expect, test } from 'vitest';
import { highlightParts } from '../src/capture/highlight.js';
import { apiQuery, filtersFrom, logsHref } from '../src/lib/filters.js';
import { formatDay, halfTermStart, parseDay, rangeOf } from '../src/lib/timeframe.js';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 26, 14, 30).getTime(); // Thursday 26 November 2026, 14:30 local

describe('time frames', () => {
  test('today, 7 and 30 days are whole local days ending tonight', () => {
    const midnight = new Date(2026, 10, 26).getTime();
    expect(rangeOf('today', NOW)).toEqual({ from: midnight, to: midnight + DAY });
    expect(rangeOf('7d', NOW).from).toBe(new Date(2026, 10, 20).getTime());
    expect(rangeOf('30d', NOW).from).toBe(new Date(2026, 9, 28).getTime());
  });
  test('this half-term starts at the latest term boundary', () => {
    expect(formatDay(halfTermStart(NOW))).toBe('2026-11-01');
    expect(formatDay(halfTermStart(new Date(2026, 9, 15).getTime()))).toBe('2026-09-01');
    expect(formatDay(halfTermStart(new Date(2027, 0, 10).getTime()))).toBe('2027-01-01');
    expect(formatDay(halfTermStart(new Date(2027, 4, 10).getTime()))).toBe('2027-04-15');
  });
  test('custom dates include the last day; bad dates fall back', () => {
    const r = rangeOf('custom', NOW, { from: '2026-11-01', to: '2026-11-03' });
    expect(r).toEqual({ from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 10, 4).getTime() });
    expect(parseDay('1 Nov')).toBeUndefined();
    const fallback = rangeOf('custom', NOW, { from: 'x', to: null });
    expect(fallback.to - fallback.from).toBe(7 * DAY);
  });
});

describe('Logs filters in the URL', () => {
  test('round trip: only known, non-empty keys', () => {
    const search = new URLSearchParams('frame=7d&category=self-harm&status=new,viewed&junk=1&person=');
    const filters = filtersFrom(search);
    expect(filters).toEqual({ frame: '7d', category: 'self-harm', status: 'new,viewed' });
    expect(logsHref(filters, { view: 'grid', size: undefined })).toBe(
      '/logs?frame=7d&category=self-harm&status=new%2Cviewed&view=grid',
    );
    expect(logsHref({})).toBe('/logs');
  });
  test('the API query turns the frame into from/to and carries the cursor', () => {
    const q = new URLSearchParams(
      apiQuery({ frame: 'today', severity: '4,5' }, NOW, { limit: 25, cursor: 'abc' }),
    );
    expect(Number(q.get('to')) - Number(q.get('from'))).toBe(DAY);
    expect(q.get('severity')).toBe('4,5');
    expect(q.get('limit')).toBe('25');
    expect(q.get('cursor')).toBe('abc');
    expect(q.has('frame')).toBe(false);
  });
});

describe('highlighting matches at their offsets', () => {
  test('parts cover the text exactly, overlapping spans merge', () => {
    const text = 'i want to kill myself tonight';
    const parts = highlightParts(text, [
      { start: 10, end: 14 },
      { start: 10, end: 21 },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['kill myself']);
  });
  test('out-of-range spans are ignored or clipped', () => {
    const parts = highlightParts('short', [
      { start: 3, end: 99 },
      { start: 50, end: 60 },
      { start: 2, end: 1 },
    ]);
    expect(parts).toEqual([
      { text: 'sho', match: false, start: 0 },
      { text: 'rt', match: true, start: 3 },
    ]);
  });
});
