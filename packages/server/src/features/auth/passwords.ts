import { randomInt } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { commonPasswordsText } from './common-passwords.js';
import type { SecurityPolicy } from './policy.js';

// argon2id (Algorithm.Argon2id = 2; a const enum, so written as its value under isolatedModules).
const argon2id = 2 as Algorithm;

export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: argon2id });

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the time of a real verification, so an unknown login is not told apart by timing. */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('vigil-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(commonPasswordsText.split('\n').filter(Boolean));
  return common;
}

const leet: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '3': 'e',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
};

/** True when the password, or its stem without trailing digits and symbols, or de-leeted, is common. */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[^a-z]+$/, '');
  const unleet = lower.replace(/[@43!10$57]/g, (c) => leet[c] ?? c);
  const unleetStem = unleet.replace(/[^a-z]+$/, '');
  const unleetL = lower.replace(/1/g, 'l').replace(/[@43!0$57]/g, (c) => leet[c] ?? c);
  return [lower, stem, unleet, unleetStem, unleetL].some(
    (candidate) => candidate.length >= 4 && list.has(candidate),
  );
}

export interface PasswordProblem {
  rule: 'length' | 'classes' | 'name' | 'common' | 'reused';
  message: string;
}

/** The character classes present: upper case, lower case, digit, symbol. */
export function characterClasses(password: string): number {
  let n = 0;
  if (/\p{Lu}/u.test(password)) n++;
  if (/\p{Ll}/u.test(password)) n++;
  if (/\p{Nd}/u.test(password)) n++;
  if (/[^\p{L}\p{Nd}]/u.test(password)) n++;
  return n;
}

/** Parts of a person's name and login that a password must not contain (3+ letters each). */
export function nameParts(names: string[]): string[] {
  const parts = new Set<string>();
  for (const name of names) {
    const local = name.includes('@') ? name.slice(0, name.indexOf('@')) : name;
    for (const part of local.toLowerCase().split(/[^\p{L}\p{Nd}]+/u)) if (part.length >= 3) parts.add(part);
  }
  return [...parts];
}

/** The policy's rules a new password breaks (pure; the history check needs hashes, see below). */
export function passwordProblems(
  password: string,
  policy: SecurityPolicy,
  names: string[],
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < policy.minLength) {
    problems.push({ rule: 'length', message: `must be at least ${policy.minLength} characters long` });
  }
  if (characterClasses(password) < policy.minClasses) {
    problems.push({
      rule: 'classes',
      message: `must include ${policy.minClasses} of: upper case, lower case, digit, symbol`,
    });
  }
  if (policy.rejectName) {
    const lower = password.toLowerCase();
    if (nameParts(names).some((part) => lower.includes(part))) {
      problems.push({ rule: 'name', message: 'must not contain your name or login' });
    }
  }
  if (policy.rejectCommon && isCommonPassword(password)) {
    problems.push({ rule: 'common', message: 'is too common: it appears in lists of breached passwords' });
  }
  return problems;
}

/** True when the password matches one of the previous hashes (the current one included). */
export async function isReused(password: string, previousHashes: string[]): Promise<boolean> {
  for (const previous of previousHashes) if (await verifyPassword(previous, password)) return true;
  return false;
}

/** A random temporary password that satisfies any policy: 4 groups of 4, with every class present. */
export function temporaryPassword(): string {
  const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const lower = 'abcdefghijkmnpqrstuvwxyz';
  const digits = '23456789';
  const all = upper + lower + digits;
  for (;;) {
    const groups = Array.from({ length: 4 }, () =>
      Array.from({ length: 4 }, () => all[randomInt(all.length)]).join(''),
    );
    const candidate = groups.join('-');
    if (/[A-Z]/.test(candidate) && /[a-z]/.test(candidate) && /\d/.test(candidate)) return candidate;
  }
}
