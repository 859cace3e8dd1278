// The fast path (trigger keys) only decides which texts reach the full matcher; it must never
// hide a detection. Every text here is scanned twice, once through the triggers and once with
// every text sent to the full matcher, and the results must be identical.
import { compileRules, type Detection, scan } from '@vigil/engine';
import { loadLibrary } from '@vigil/rules';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { brownSentences } from '../../engine/bench/corpus.js';
import { VERIFY } from '../../engine/src/trigger.js';

const lib = loadLibrary();
const rules = compileRules(lib.ruleSet);

function both(text: string): [Detection[], Detection[]] {
  const fast = scan(text, { rules, keepDropped: true });
  VERIFY.exhaustive = true;
  try {
    return [fast, scan(text, { rules, keepDropped: true })];
  } finally {
    VERIFY.exhaustive = false;
  }
}

/** The ways pupils disguise words; each must reach the same detections either way. */
const disguises: ((t: string) => string)[] = [
  (t) => t,
  (t) => t.toUpperCase(),
  (t) => t.replace(/o/g, '0').replace(/i/g, '1').replace(/e/g, '3'),
  (t) => t.replace(/([aeiou])/g, '$1$1$1'),
  (t) => t.replace(/\b(\w)(\w)(\w+)\b/, '$1 $2 $3'),
  (t) => `https://www.google.com/search?q=${encodeURIComponent(t)}`,
  (t) => t.replace(/\b(\w)[aeiou](\w{2,})/g, '$1*$2'),
  (t) => `you are a ${t.replace(/\b(\w{4,})\b/, (w) => w.split('').join(' '))}`,
  (t) => t.replace(/\s+/g, '').split('').join(' '),
  (t) => `#${t.replace(/\s+/g, '')} ${t}`,
  (t) => t.replace(/\bknife\b/g, '🔪').replace(/\bgun\b/g, '🔫'),
];

describe('the fast path never hides a detection', () => {
  const examples = lib.ruleSet.rules.flatMap((r) => [
    ...(r.examples?.match ?? []),
    ...(r.examples?.no_match ?? []),
    ...(r.examples?.quiet ?? []),
  ]);
  test(`every rule example (${examples.length}), in ${disguises.length} disguises`, () => {
    let compared = 0;
    for (const example of examples) {
      for (const disguise of disguises) {
        const text = disguise(example);
        const [fast, full] = both(text);
        expect(fast, text).toEqual(full);
        compared++;
      }
    }
    expect(compared).toBe(examples.length * disguises.length);
    // It grows with the library (two scans per example and disguise: 8 s alone on a quiet 2-core
    // machine at 3,300 examples), so the suite-wide 30 s limit would fail it on a loaded one.
  }, 120_000);

  test('3,000 ordinary sentences, alone and next to a rule example', () => {
    const sentences = brownSentences(3000);
    sentences.forEach((s, i) => {
      const mixed = `${s} ${examples[i % examples.length]}`;
      for (const text of [s, mixed]) {
        const [fast, full] = both(text);
        expect(fast, text).toEqual(full);
      }
    });
  });
});

describe('random texts made of the library words', () => {
  // Words the patterns use, plus ordinary ones, glued with the separators and disguises pupils use.
  const vocabulary = [
    ...new Set(
      lib.ruleSet.rules
        .flatMap((r) => r.patterns ?? [])
        .join(' ')
        .split(/[^a-z0-9']+/)
        .filter((w) => w.length > 0),
    ),
  ];
  const ordinary = ['the', 'and', 'my', 'you', 'i', 'to', 'is', 'not', 'lol', 'school', 'tonight', 'mum'];
  const word = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...ordinary));
  const glue = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '!! ', ' ... ', '\n');
  const disguise = fc.constantFrom<(w: string) => string>(
    (w) => w,
    (w) => w.toUpperCase(),
    (w) => w.replace(/i/g, '1').replace(/o/g, '0'),
    (w) => w.replace(/([aeiou])/, '$1$1$1'),
    (w) => w.split('').join(' '),
    (w) => w.replace(/[aeiou]/, '*'),
  );
  const text = fc
    .array(fc.tuple(word, glue, disguise), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([w, g, d]) => d(w) + g).join(''));

  test('the fast path and the exhaustive scan agree', () => {
    fc.assert(
      fc.property(text, (t) => {
        const [fast, full] = both(t);
        expect(fast, t).toEqual(full);
      }),
      { numRuns: 1000, seed: 20261126 },
    );
  });
});
