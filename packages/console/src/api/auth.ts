import { AUTH, api } from './client.js';

// The accounts API (packages/server/src/features/auth): sign-in in steps.

export type Stage = 'active' | 'totp' | 'password' | 'enrol';

export interface Me {
  user: { id: string; login: string; displayName: string };
  stage: Stage;
  roles: { role: string; schoolId: string | null }[];
  /** per school id, the permissions held there */
  permissions: Record<string, string[]>;
  organisationPermissions: string[];
}

/** Every permission held somewhere. */
export function allPermissions(me: Me): string[] {
  return [...new Set([...Object.values(me.permissions).flat(), ...me.organisationPermissions])];
}

export const getMe = () => api<Me>(`${AUTH}/me`);
export const signIn = (login: string, password: string) =>
  api<{ stage: Stage }>(`${AUTH}/sign-in`, { body: { login, password } });
export const verifyTotp = (code: string) => api<{ stage: Stage }>(`${AUTH}/totp/verify`, { body: { code } });
export const changePassword = (currentPassword: string, newPassword: string) =>
  api<{ stage: Stage }>(`${AUTH}/password`, { body: { currentPassword, newPassword } });
export const startEnrolment = () => api<{ secret: string; uri: string }>(`${AUTH}/totp/enrol`, { body: {} });
export const confirmEnrolment = (code: string) =>
  api<{ stage: Stage; recoveryCodes: string[] }>(`${AUTH}/totp/confirm`, { body: { code } });
export const signOut = () => api<unknown>(`${AUTH}/sign-out`, { body: {} });
