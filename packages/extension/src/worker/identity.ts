/** Who is browsing: the signed-in Chrome profile's email, else the email the school's policy supplies. */
export async function profileEmail(): Promise<string | undefined> {
  try {
    const info = await chrome.identity.getProfileUserInfo({
      accountStatus: 'ANY' as chrome.identity.AccountStatus,
    });
    return info.email || undefined;
  } catch {
    return undefined;
  }
}

export type Platform = 'chromeos' | 'windows' | 'macos' | 'linux' | 'android' | 'ios' | 'other';

export async function platform(): Promise<Platform> {
  try {
    const info = await chrome.runtime.getPlatformInfo();
    const map: Record<string, Platform> = {
      cros: 'chromeos',
      win: 'windows',
      mac: 'macos',
      linux: 'linux',
      android: 'android',
      openbsd: 'other',
      fuchsia: 'other',
    };
    return map[info.os] ?? 'other';
  } catch {
    return 'other';
  }
}
