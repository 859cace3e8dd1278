import { createHash, hkdfSync, randomInt } from 'node:crypto';
import { authenticator } from 'otplib';
import { open, seal } from '../blobs/crypto.js';

/** Time-based one-time passwords (RFC 6238, 30-second steps, 6 digits), with `now` passed in. */
const STEP_MS = 30_000;

export const newTotpSecret = (): string => authenticator.generateSecret(20);

export function totpUri(login: string, secret: string, issuer = 'Vigil'): string {
  return authenticator.keyuri(login, issuer, secret);
}

/** The code for a secret at `now` (tests and enrolment checks). */
export function totpCode(secret: string, now: number): string {
  return authenticator.clone({ epoch: now }).generate(secret);
}

/**
 * Checks a code within one step either side, refusing a step already used (replay). Returns the
 * matched step to store as the last used one, or null.
 */
export function checkTotp(secret: string, code: string, now: number, lastStep: number | null): number | null {
  const cleaned = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(cleaned)) return null;
  const delta = authenticator.clone({ epoch: now, window: 1 }).checkDelta(cleaned, secret);
  if (delta === null) return null;
  const step = Math.floor(now / STEP_MS) + delta;
  if (lastStep !== null && step <= lastStep) return null;
  return step;
}

/** Ten single-use recovery codes like `7kq2-m9xd-p4tz`; only their hashes are stored. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const group = () => Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('');
  return Array.from({ length: count }, () => `${group()}-${group()}-${group()}`);
}

export const normaliseRecoveryCode = (code: string): string =>
  code
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '');
export const hashRecoveryCode = (code: string): string =>
  createHash('sha256')
    .update(`vigil-recovery:${normaliseRecoveryCode(code)}`)
    .digest('hex');

/** The key that wraps TOTP secrets at rest, derived from the master key (never the master key itself). */
export function totpKeyFrom(masterKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'vigil totp secrets v1', 32));
}

/**
 * Stored form of a TOTP secret: `v1:` + AES-256-GCM (bound to the user id) when a key is given, so a
 * copy of the database alone does not yield working second factors. Without a key (tests, tools
 * that have none) the secret is stored as it is, and such values are still read.
 */
export function sealTotpSecret(secret: string, key: Buffer | undefined, userId: string): string {
  if (!key) return secret;
  return `v1:${seal(key, Buffer.from(secret, 'utf8'), `totp:${userId}`).toString('base64')}`;
}

export function openTotpSecret(stored: string, key: Buffer | undefined, userId: string): string {
  if (!stored.startsWith('v1:')) return stored;
  if (!key) throw new Error('this TOTP secret is encrypted and no key was given');
  return open(key, Buffer.from(stored.slice(3), 'base64'), `totp:${userId}`).toString('utf8');
}
