import { describe, expect, test } from 'vitest';
import {
  adminConsolePolicy,
  extensionSettings,
  forcelistEntry,
  linuxPolicyFile,
  tokenState,
  usesText,
  validateTokenForm,
  windowsRegFile,
} from '../src/devices/enrolment.js';

const NOW = Date.parse('2026-11-26T14:30:00Z');
const at = (msFromNow: number) => new Date(NOW + msFromNow).toISOString();
const DAY = 86_400_000;

const token = (
  over: Partial<{ revokedAt: string | null; expiresAt: string; uses: number; maxUses: number | null }>,
) => ({
  revokedAt: null,
  expiresAt: at(DAY),
  uses: 0,
  maxUses: null,
  ...over,
});

describe('enrolment token state', () => {
  test('active until it expires, is used up or is revoked', () => {
    expect(tokenState(token({}), NOW)).toBe('active');
    expect(tokenState(token({ uses: 29, maxUses: 30 }), NOW)).toBe('active');
    expect(tokenState(token({ uses: 500 }), NOW)).toBe('active');
    expect(tokenState(token({ expiresAt: at(1) }), NOW)).toBe('active');
  });
  test('expired at its expiry time', () => {
    expect(tokenState(token({ expiresAt: at(0) }), NOW)).toBe('expired');
    expect(tokenState(token({ expiresAt: at(-DAY) }), NOW)).toBe('expired');
  });
  test('used up when every allowed device has enrolled', () => {
    expect(tokenState(token({ uses: 30, maxUses: 30 }), NOW)).toBe('used-up');
    expect(tokenState(token({ uses: 1, maxUses: 1, expiresAt: at(-DAY) }), NOW)).toBe('used-up');
  });
  test('revoked wins over everything else', () => {
    expect(tokenState(token({ revokedAt: at(-1) }), NOW)).toBe('revoked');
    expect(tokenState(token({ revokedAt: at(-1), uses: 2, maxUses: 2, expiresAt: at(-DAY) }), NOW)).toBe(
      'revoked',
    );
  });
  test('uses against the limit', () => {
    expect(usesText({ uses: 3, maxUses: 30 })).toBe('3 of 30');
    expect(usesText({ uses: 0, maxUses: null })).toBe('0 (no limit)');
  });
});

describe('the create-token form', () => {
  test('a label, whole days from 1 to 365 and an optional limit', () => {
    expect(validateTokenForm({ label: '  Year 7 trolley ', days: '7', maxUses: '' })).toEqual({
      ok: true,
      value: { label: 'Year 7 trolley', days: 7, maxUses: null },
    });
    expect(validateTokenForm({ label: 'Library', days: '365', maxUses: '30' })).toEqual({
      ok: true,
      value: { label: 'Library', days: 365, maxUses: 30 },
    });
  });
  test('each wrong field has its own message', () => {
    const result = validateTokenForm({ label: '   ', days: '0', maxUses: '0' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.label).toMatch(/Enter a label/);
    expect(result.errors.days).toMatch(/1 to 365/);
    expect(result.errors.maxUses).toMatch(/1 or more/);
    for (const days of ['', '366', '2.5', '-3', 'a week', '1e2']) {
      const r = validateTokenForm({ label: 'x', days, maxUses: '' });
      expect(r.ok ? undefined : r.errors, days).toEqual({ days: expect.any(String) });
    }
    for (const maxUses of ['1.5', '-1', 'ten', '99999999999999999999']) {
      const r = validateTokenForm({ label: 'x', days: '7', maxUses });
      expect(r.ok ? undefined : r.errors, maxUses).toEqual({ maxUses: expect.any(String) });
    }
    const long = validateTokenForm({ label: 'x'.repeat(201), days: '7', maxUses: '' });
    expect(long.ok ? undefined : long.errors).toEqual({ label: expect.stringMatching(/200 characters/) });
  });
});

describe('force-install instructions', () => {
  const details = {
    extensionId: 'abcdefghijklmnopabcdefghijklmnop',
    updateUrl: 'https://vigil.riverside.example/agent/chrome/update.xml',
    serverUrl: 'https://vigil.riverside.example',
    token: 'vet_s3cr3t',
    school: 'Riverside "Academy"',
  };
  test('the ExtensionInstallForcelist and ExtensionSettings entries', () => {
    expect(forcelistEntry(details)).toBe(
      'abcdefghijklmnopabcdefghijklmnop;https://vigil.riverside.example/agent/chrome/update.xml',
    );
    expect(JSON.parse(extensionSettings(details))).toEqual({
      abcdefghijklmnopabcdefghijklmnop: {
        installation_mode: 'force_installed',
        update_url: 'https://vigil.riverside.example/agent/chrome/update.xml',
      },
    });
  });
  test('the Admin console policy wraps each managed setting in { Value }', () => {
    expect(JSON.parse(adminConsolePolicy(details))).toEqual({
      serverUrl: { Value: 'https://vigil.riverside.example' },
      enrolmentToken: { Value: 'vet_s3cr3t' },
      school: { Value: 'Riverside "Academy"' },
    });
    const { school: _, ...noSchool } = details;
    expect(Object.keys(JSON.parse(adminConsolePolicy(noSchool)))).toEqual(['serverUrl', 'enrolmentToken']);
  });
  test('the Linux policy file installs the extension and sets its 3rdparty settings', () => {
    expect(JSON.parse(linuxPolicyFile(details))).toEqual({
      ExtensionInstallForcelist: [
        'abcdefghijklmnopabcdefghijklmnop;https://vigil.riverside.example/agent/chrome/update.xml',
      ],
      '3rdparty': {
        extensions: {
          abcdefghijklmnopabcdefghijklmnop: {
            serverUrl: 'https://vigil.riverside.example',
            enrolmentToken: 'vet_s3cr3t',
            school: 'Riverside "Academy"',
          },
        },
      },
    });
  });
  test('the Windows registry file, with quotes escaped', () => {
    expect(windowsRegFile(details).split('\r\n')).toEqual([
      'Windows Registry Editor Version 5.00',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist]',
      '"1"="abcdefghijklmnopabcdefghijklmnop;https://vigil.riverside.example/agent/chrome/update.xml"',
      '',
      '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\abcdefghijklmnopabcdefghijklmnop\\policy]',
      '"serverUrl"="https://vigil.riverside.example"',
      '"enrolmentToken"="vet_s3cr3t"',
      '"school"="Riverside \\"Academy\\""',
      '',
    ]);
  });
});
