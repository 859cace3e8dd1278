/**
 * A device whose agent has not reported for a day has probably had the extension removed or
 * disabled (school devices sleep overnight and at weekends, so a shorter window would flag every
 * laptop each morning). The technician's device list shows the flag.
 */
export const SILENT_AFTER_MS = 24 * 60 * 60 * 1000;

export function isSilent(
  device: { last_seen_at: number | null; enrolled_at: number; revoked_at: number | null },
  now: number,
): boolean {
  if (device.revoked_at !== null) return false;
  return now - (device.last_seen_at ?? device.enrolled_at) > SILENT_AFTER_MS;
}
