import type { Device } from '../api/devices.js';

// What the devices page says about each device; pure, so it is tested without a browser.

export type DeviceState = 'revoked' | 'silent' | 'reporting';

export function deviceState(device: Pick<Device, 'revokedAt' | 'silent'>): DeviceState {
  if (device.revokedAt) return 'revoked';
  return device.silent ? 'silent' : 'reporting';
}

/** Since when a silent device has not been heard from: its last heartbeat, else its enrolment. */
export function silentSince(device: Pick<Device, 'lastSeenAt' | 'enrolledAt'>): string {
  return device.lastSeenAt ?? device.enrolledAt;
}

/** "5 minutes ago", "3 hours ago", "2 days ago": how long ago `at` was, to the coarsest whole unit. */
export function ago(at: string, now: number): string {
  const seconds = Math.max(0, Math.round((now - Date.parse(at)) / 1000));
  const units: [number, string][] = [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    const n = Math.floor(seconds / size);
    if (n >= 1) return `${n} ${name}${n === 1 ? '' : 's'} ago`;
  }
  return 'just now';
}

export interface DeviceCounts {
  total: number;
  reporting: number;
  silent: number;
  revoked: number;
}

export function countDevices(devices: Pick<Device, 'revokedAt' | 'silent'>[]): DeviceCounts {
  const counts: DeviceCounts = { total: devices.length, reporting: 0, silent: 0, revoked: 0 };
  for (const d of devices) counts[deviceState(d)]++;
  return counts;
}

/** Silent devices first (they need the technician), then reporting, then revoked; by name within. */
export function sortDevices<T extends Pick<Device, 'revokedAt' | 'silent' | 'name'>>(devices: T[]): T[] {
  const rank: Record<DeviceState, number> = { silent: 0, reporting: 1, revoked: 2 };
  return [...devices].sort(
    (a, b) => rank[deviceState(a)] - rank[deviceState(b)] || a.name.localeCompare(b.name, 'en'),
  );
}
