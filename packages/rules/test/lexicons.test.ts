// Lexicons (named word lists used as {name}), ignore_cues and quiet examples, as the loader and
// `vigil rules lint` see them.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, scan } from '@vigil/engine';
import { lintLibrary, loadLibrary } from '@vigil/rules';
import { describe, expect, test } from 'vitest';
import { Lexicons } from '../src/lexicons.js';

function library(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-lexicons-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.join('\n'));
  return dir;
}

const LEXICONS = [
  'lexicons:',
  '  self: [myself, meself, my self]',
  '  end: [kill, end, unalive]',
  '  ending: ["{end} {self}", kms]',
];

describe('lexicons', () => {
  test('a reference expands to an alternation, nested references too', () => {
    const lex = new Lexicons(
      new Map([
        ['self', ['myself', 'my self']],
        ['end', ['kill {self}', 'kms']],
      ]),
    );
    expect(lex.expand('i will {end} tonight')).toBe('i will (kill (myself|my self)|kms) tonight');
    expect(lex.expand('no references')).toBe('no references');
  });

  test('rules use them in patterns, near lists and contexts, and match every listed word', () => {
    const dir = library({
      'lexicons.yaml': LEXICONS,
      'suicide.yaml': [
        'category: suicide',
        'rules:',
        '  - id: suicide.test',
        '    severity: 4',
        '    patterns: ["im going to {ending}"]',
        '    examples:',
        '      match: [im going to unalive meself, im going to kms]',
      ],
    });
    expect(lintLibrary(dir)).toEqual([]);
    const lib = loadLibrary(dir);
    expect(lib.ruleSet.rules[0]!.patterns).toEqual([
      'im going to ((kill|end|unalive) (myself|meself|my self)|kms)',
    ]);
    const rules = compileRules(lib.ruleSet);
    expect(scan('im going to end my self', { rules }).map((d) => d.rule)).toEqual(['suicide.test']);
  });

  test('an unknown lexicon is an error naming the file and the pattern line', () => {
    const dir = library({
      'lexicons.yaml': LEXICONS,
      'suicide.yaml': [
        'category: suicide',
        'rules:',
        '  - id: suicide.test',
        '    severity: 4',
        '    patterns:',
        '      - kill {self}',
        '      - "{nosuch} tonight"',
      ],
    });
    const errors = lintLibrary(dir);
    expect(errors.map((e) => `${e.file}:${e.line}: ${e.reason}`)).toEqual([
      "suicide.yaml:7: suicide.test: unknown lexicon '{nosuch}'",
    ]);
  });

  test('a lexicon that refers to itself is reported, not expanded for ever', () => {
    const dir = library({
      'lexicons.yaml': ['lexicons:', '  loop: [a, "{loop} b"]'],
      'suicide.yaml': [
        'category: suicide',
        'rules:',
        '  - id: suicide.test',
        '    severity: 4',
        '    patterns: ["{loop}"]',
      ],
    });
    expect(lintLibrary(dir).map((e) => `${e.file}:${e.line}: ${e.reason}`)).toEqual([
      "lexicons.yaml:2: lexicon 'loop': lexicon '{loop}' nests too deep (a cycle?)",
      "suicide.yaml:5: suicide.test: lexicon '{loop}' nests too deep (a cycle?)",
    ]);
  });
});

describe('ignore_cues and quiet examples', () => {
  const contexts = [
    'contexts:',
    '  - id: hyperbole',
    '    adjust: -2',
    '    categories: [violence]',
    '    patterns: [lol]',
    '    reason: joking marker',
  ];

  test('a rule that ignores a cue keeps its severity beside it', () => {
    const dir = library({
      'contexts.yaml': contexts,
      'violence.yaml': [
        'category: violence',
        'rules:',
        '  - id: violence.kept',
        '    severity: 4',
        '    patterns: [stamped on the cat]',
        '    ignore_cues: [hyperbole]',
        '  - id: violence.lowered',
        '    severity: 4',
        '    patterns: [punched him]',
      ],
    });
    const rules = compileRules(loadLibrary(dir).ruleSet);
    expect(scan('stamped on the cat lol', { rules }).map((d) => d.severity)).toEqual([4]);
    expect(scan('punched him lol', { rules }).map((d) => d.severity)).toEqual([2]);
  });

  test('ignoring a cue that does not exist is an error', () => {
    const dir = library({
      'contexts.yaml': contexts,
      'violence.yaml': [
        'category: violence',
        'rules:',
        '  - id: violence.kept',
        '    severity: 4',
        '    patterns: [stamped on the cat]',
        '    ignore_cues: [hyperbol]',
      ],
    });
    expect(lintLibrary(dir).map((e) => `${e.file}:${e.line}: ${e.reason}`)).toEqual([
      "violence.yaml:6: violence.kept: ignore_cues names 'hyperbol', which is not a context in contexts.yaml",
    ]);
  });

  test('a quiet example may fire below the alert severity but not at or above it', () => {
    const rule = (quiet: string) => [
      'category: violence',
      'rules:',
      '  - id: violence.lowered',
      '    severity: 4',
      '    patterns: [punched him]',
      '    examples:',
      `      quiet: ["${quiet}"]`,
    ];
    expect(
      lintLibrary(library({ 'contexts.yaml': contexts, 'violence.yaml': rule('punched him lol') })),
    ).toEqual([]);
    expect(
      lintLibrary(library({ 'contexts.yaml': contexts, 'violence.yaml': rule('i punched him') })).map(
        (e) => e.reason,
      ),
    ).toEqual(["violence.lowered: quiet example 'i punched him' alerts (severity >= 3)"]);
  });

  test("a cue's unless list stops an occurrence inside it from counting", () => {
    const dir = library({
      'contexts.yaml': [
        'contexts:',
        '  - id: negation',
        '    adjust: -2',
        '    within: 4',
        '    categories: [suicide]',
        '    patterns: [not, dont]',
        '    unless: [not (joking|kidding|lying)]',
        '    reason: negation',
      ],
      'suicide.yaml': [
        'category: suicide',
        'rules:',
        '  - id: suicide.test',
        '    severity: 5',
        '    patterns: [kill myself tonight]',
      ],
    });
    const rules = compileRules(loadLibrary(dir).ruleSet);
    expect(scan('im going to kill myself tonight not joking', { rules }).map((d) => d.severity)).toEqual([5]);
    expect(scan('i will not kill myself tonight', { rules }).map((d) => d.severity)).toEqual([3]);
  });
});

describe('lexicon entries', () => {
  test('a bad entry is an error on its own line even when no rule uses it', () => {
    const dir = library({
      'lexicons.yaml': ['lexicons:', '  ok: [fine]', '  bad:', '    - good', '    - (unclosed'],
    });
    expect(lintLibrary(dir).map((e) => `${e.file}:${e.line}`)).toEqual(['lexicons.yaml:5']);
  });
});

describe('lint agrees with the library tests', () => {
  test('a no_match example the rule fires on, even below the threshold, is a lint error', () => {
    const dir = library({
      'contexts.yaml': [
        'contexts:',
        '  - id: hyperbole',
        '    adjust: -5',
        '    categories: [violence]',
        '    patterns: [lol]',
        '    reason: joking marker',
      ],
      'violence.yaml': [
        'category: violence',
        'rules:',
        '  - id: violence.dropped',
        '    severity: 2',
        '    patterns: [punched him]',
        '    examples:',
        '      no_match: [punched him lol]',
      ],
    });
    expect(lintLibrary(dir).map((e) => e.reason)).toEqual([
      "violence.dropped: no_match example 'punched him lol' matches",
    ]);
  });
});
