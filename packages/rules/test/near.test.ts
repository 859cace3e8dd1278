// A rule's `near` as a list: every condition must hold, each with its own range.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, scan } from '@vigil/engine';
import { lintLibrary, loadLibrary } from '@vigil/rules';
import { expect, test } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'vigil-near-'));
writeFileSync(
  join(dir, 'grooming.yaml'),
  [
    'category: grooming',
    'rules:',
    '  - id: grooming.three-concepts',
    '    severity: 4',
    '    patterns: [add me on snap]',
    '    near:',
    '      - within: 6',
    '        patterns: [how old]',
    '      - within: 6',
    '        patterns: [dont tell]',
    '    examples:',
    "      match: ['how old r u? add me on snap and dont tell ur mum']",
    '      no_match: [add me on snap and dont tell anyone, how old r u add me on snap]',
  ].join('\n'),
);

test('a near list needs every condition', () => {
  expect(lintLibrary(dir)).toEqual([]);
  const rules = compileRules(loadLibrary(dir).ruleSet);
  const fired = (t: string) => scan(t, { rules }).some((d) => d.rule === 'grooming.three-concepts');
  expect(fired('how old r u? add me on snap and dont tell ur mum')).toBe(true);
  expect(fired('add me on snap and dont tell anyone')).toBe(false);
  expect(fired('how old r u add me on snap')).toBe(false);
  // Each condition keeps its own range.
  expect(fired('how old r u, i was asking for a friend of a friend ok then add me on snap dont tell')).toBe(
    false,
  );
});
