import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, scan } from '@vigil/engine';
import { ALERT_SEVERITY, lintLibrary, loadLibrary } from '@vigil/rules';
import { describe, expect, test } from 'vitest';
import { brownSentences } from '../../engine/bench/corpus.js';

const lib = loadLibrary();
const rules = compileRules(lib.ruleSet);

describe('the real library', () => {
  test('loads without schema or pattern errors', () => {
    expect(lib.errors).toEqual([]);
    expect(lib.ruleSet.rules.length).toBeGreaterThan(0);
  });

  // Every rule's examples run as tests: match must produce the rule, no_match must not, and a
  // quiet one may produce it only below the alert severity (a lesson, recovery talk).
  const cases = lib.ruleSet.rules.flatMap((r) => [
    ...(r.examples?.match ?? []).map((t) => [r.id, 'match', t] as const),
    ...(r.examples?.no_match ?? []).map((t) => [r.id, 'no_match', t] as const),
    ...(r.examples?.quiet ?? []).map((t) => [r.id, 'quiet', t] as const),
  ]);
  test.each(cases)('%s %s: %s', (id, kind, text) => {
    const found = scan(text, { rules, keepDropped: true }).filter((d) => d.rule === id);
    if (kind === 'quiet') expect(found.filter((d) => d.severity >= ALERT_SEVERITY)).toEqual([]);
    else expect(found.length > 0).toBe(kind === 'match');
  });

  test('Brown corpus: at most 1% of 3,000+ ordinary sentences flagged at severity >= 3', () => {
    const sentences = brownSentences(4000);
    const flagged = sentences.filter((s) => scan(s, { rules }).some((d) => d.severity >= 3));
    expect(flagged.length / sentences.length, flagged.slice(0, 20).join('\n')).toBeLessThanOrEqual(0.01);
  });
});

/** Writes a library file into `dir` and lints the folder. */
function lintWith(dir: string, file: string, lines: string[]) {
  writeFileSync(join(dir, file), lines.join('\n'));
  return lintLibrary(dir);
}

describe('lint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
  writeFileSync(
    join(dir, 'bad.yaml'),
    [
      'category: suicide',
      'rules:',
      '  - id: suicide.one',
      '    severity: 4',
      '    patterns: [kill myself]',
      '  - id: suicide.one',
      '    severity: 4',
      '    patterns:',
      '      - (kill|hang myself',
      '  - id: suicide.two',
      '    category: nonsense',
      '    severity: 9',
      '    patterns: [x]',
    ].join('\n'),
  );
  const errors = lintLibrary(dir);
  test('duplicate ids, bad categories, bad severities and pattern syntax are errors with lines', () => {
    const lines = errors.map((e) => `${e.file}:${e.line}`);
    expect(errors.some((e) => /category/.test(e.reason))).toBe(true);
    expect(errors.some((e) => /severity/.test(e.reason))).toBe(true);
    expect(lines).toContain('bad.yaml:11');
    expect(lines).toContain('bad.yaml:12');
  });
  test('a pattern error names the pattern line', () => {
    const e = lintWith(dir, 'bad.yaml', [
      'category: suicide',
      'rules:',
      '  - id: suicide.one',
      '    severity: 4',
      '    patterns:',
      '      - (kill|hang myself',
    ]);
    expect(e.map((x) => `${x.file}:${x.line}`)).toEqual(['bad.yaml:6']);
    expect(e[0]!.reason).toMatch(/unclosed/);
  });
  test('a bad combination in contexts.yaml is an error with its line', () => {
    const own = mkdtempSync(join(tmpdir(), 'vigil-rules-'));
    const e = lintWith(own, 'contexts.yaml', [
      'contexts: []',
      'combinations:',
      '  - category: grooming',
      '    moves: 1',
      '    severity: 4',
      '    reason: grooming moves together',
    ]);
    expect(e.map((x) => `${x.file}:${x.line}`)).toEqual(['contexts.yaml:4']);
    expect(e[0]!.reason).toMatch(/moves/);
  });
  test('duplicate ids are errors', () => {
    const e = lintWith(dir, 'bad.yaml', [
      'category: suicide',
      'rules:',
      '  - id: a.b',
      '    severity: 4',
      '    patterns: [x y]',
      '  - id: a.b',
      '    severity: 4',
      '    patterns: [y z]',
    ]);
    expect(e.map((x) => `${x.file}:${x.line}: ${x.reason}`)).toEqual([
      expect.stringMatching(/^bad.yaml:6: duplicate rule id/),
    ]);
  });
});
