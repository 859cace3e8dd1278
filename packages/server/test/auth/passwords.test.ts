import { describe, expect, test } from 'vitest';
import {
  characterClasses,
  isCommonPassword,
  passwordProblems,
  temporaryPassword,
} from '../../src/features/auth/passwords.js';
import { defaultSecurityPolicy } from '../../src/features/auth/policy.js';

const rules = (password: string, names = ['Jane Smith', 'jsmith@example.org']) =>
  passwordProblems(password, defaultSecurityPolicy, names).map((p) => p.rule);

describe('password policy (defaults from the school password-security policy)', () => {
  test('a good password passes', () => {
    expect(rules('Kestrel-Harbour-42')).toEqual([]);
  });

  test('at least 8 characters', () => {
    expect(rules('Kq7-zP2')).toContain('length');
    expect(rules('Kq7-zP2x')).not.toContain('length');
  });

  test('three of upper case, lower case, digit, symbol', () => {
    expect(rules('kestrelharbourtide')).toContain('classes');
    expect(rules('kestrelharbour42')).toContain('classes');
    expect(rules('kestrelharbour-42')).not.toContain('classes');
    expect(rules('KESTREL-HARBOUR-42')).not.toContain('classes');
    expect(characterClasses('Ab1!')).toBe(4);
  });

  test('must not contain the name or login', () => {
    expect(rules('Smith-Tide-2026')).toContain('name');
    expect(rules('xxJANExx-77')).toContain('name');
    expect(rules('Jsmith!Tide9')).toContain('name');
    expect(rules('Heron-Tide-2026')).not.toContain('name');
  });

  test('common and breached passwords are refused, with their usual disguises', () => {
    for (const p of [
      'Password1!',
      'P@ssw0rd123',
      'Qwerty123!',
      'Liverpool2024',
      'Welcome123',
      'Iloveyou1!',
      'Football1!',
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
      expect(rules(p, []), p).toContain('common');
    }
    expect(isCommonPassword('Kestrel-Harbour-42')).toBe(false);
  });

  test('a stricter organisation policy applies', () => {
    const strict = { ...defaultSecurityPolicy, minLength: 12, minClasses: 4 };
    expect(passwordProblems('Heron-Tide2', strict, []).map((p) => p.rule)).toEqual(['length']);
    expect(passwordProblems('heron-tide-2026', strict, []).map((p) => p.rule)).toEqual(['classes']);
  });

  test('temporary passwords satisfy the policy', () => {
    for (let i = 0; i < 50; i++) expect(rules(temporaryPassword(), [])).toEqual([]);
  });
});
