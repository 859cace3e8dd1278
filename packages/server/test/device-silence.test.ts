import { describe, expect, test } from 'vitest';
import { isSilent, SILENT_AFTER_MS } from '../src/features/devices/silence.js';

const enrolled = Date.UTC(2026, 10, 2, 8);

describe('a device that falls silent is flagged for the technician', () => {
  test.each([
    [
      'heard from an hour ago',
      { last_seen_at: enrolled + 3_600_000, revoked_at: null },
      enrolled + 7_200_000,
      false,
    ],
    [
      'no heartbeat for more than a day',
      { last_seen_at: enrolled, revoked_at: null },
      enrolled + SILENT_AFTER_MS + 1,
      true,
    ],
    [
      'enrolled, never reported, a day ago',
      { last_seen_at: null, revoked_at: null },
      enrolled + SILENT_AFTER_MS + 1,
      true,
    ],
    [
      'revoked devices are expected to be silent',
      { last_seen_at: enrolled, revoked_at: enrolled },
      enrolled + 10 * SILENT_AFTER_MS,
      false,
    ],
  ] as const)('%s', (_name, device, now, silent) => {
    expect(isSilent({ ...device, enrolled_at: enrolled }, now)).toBe(silent);
  });
});
