import { createHash, randomBytes } from 'node:crypto';

/**
 * Enrolment tokens and device credentials are 256-bit random secrets with a readable prefix. Only
 * their sha256 is stored: a secret with that much entropy needs no slow hash, and the lookup by hash
 * is an indexed equality (no timing leak of the secret itself).
 */
export const ENROLMENT_TOKEN_PREFIX = 'vet_';
export const DEVICE_CREDENTIAL_PREFIX = 'vdc_';

export function newSecret(prefix: string): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
