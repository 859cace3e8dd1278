import { describe, expect, test } from 'vitest';
import { ago, countDevices, deviceState, silentSince, sortDevices } from '../src/devices/status.js';

const NOW = Date.parse('2026-11-26T14:30:00Z');
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();
const HOUR = 3_600_000;

describe('the devices page', () => {
  test('a device is revoked, silent or reporting', () => {
    expect(deviceState({ revokedAt: at(HOUR), silent: false })).toBe('revoked');
    expect(deviceState({ revokedAt: null, silent: true })).toBe('silent');
    expect(deviceState({ revokedAt: null, silent: false })).toBe('reporting');
  });
  test('silent since its last heartbeat, or its enrolment when it never reported', () => {
    expect(silentSince({ lastSeenAt: at(30 * HOUR), enrolledAt: at(90 * HOUR) })).toBe(at(30 * HOUR));
    expect(silentSince({ lastSeenAt: null, enrolledAt: at(90 * HOUR) })).toBe(at(90 * HOUR));
  });
  test('how long ago, in the coarsest whole unit', () => {
    expect(ago(at(10_000), NOW)).toBe('just now');
    expect(ago(at(60_000), NOW)).toBe('1 minute ago');
    expect(ago(at(5 * HOUR + 59 * 60_000), NOW)).toBe('5 hours ago');
    expect(ago(at(49 * HOUR), NOW)).toBe('2 days ago');
    expect(ago(at(-HOUR), NOW)).toBe('just now');
  });
  test('silent devices come first, revoked last, by name within', () => {
    const devices = [
      { name: 'B', revokedAt: null, silent: false },
      { name: 'Z', revokedAt: null, silent: true },
      { name: 'A', revokedAt: at(HOUR), silent: false },
      { name: 'A', revokedAt: null, silent: false },
      { name: 'C', revokedAt: null, silent: true },
    ];
    expect(sortDevices(devices).map((d) => `${d.name} ${deviceState(d)}`)).toEqual([
      'C silent',
      'Z silent',
      'A reporting',
      'B reporting',
      'A revoked',
    ]);
    expect(countDevices(devices)).toEqual({ total: 5, reporting: 2, silent: 2, revoked: 1 });
  });
});
