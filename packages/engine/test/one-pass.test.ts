// The model's feature reader does the rules' trigger check in the same pass (features.ts readWords):
// its bits must be fastCheck's, and its features those of a read without a trigger table.
import { compileRules } from '@vigil/engine';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkedBits, readFeatureList, tokenSpans } from '../src/model/features.js';
import { FIRED, fastCheck, VERIFY } from '../src/trigger.js';
import { keyedRules } from './fixtures/keyed.js';
import { fixture } from './fixtures/library.js';

// Keys of every kind: words (shit, read stretched too), pairs after a doubled word (will come), stems on 4 and 6 symbols, suffixes on 3, 4
// and 5, pairs of common words, and the fixture's conjunctions.
const keyed = keyedRules([
  'kill',
  'suicid*',
  'selfh*',
  'proxim*',
  'murd*',
  '*cutting',
  '*ling',
  '*tted',
  '*izers',
  'the cat',
  'in the house',
  'w33d',
  'stop it now',
  'shit',
  'good will come',
]);
const fixtureRules = compileRules(fixture);

function readBoth(text: string, rules = fixtureRules): { bits: number; features: number[]; spans: number[] } {
  const spans = tokenSpans();
  const list = readFeatureList(text, spans, rules.trigger);
  return {
    bits: checkedBits(),
    features: Array.from(list.hash.subarray(0, list.count)),
    spans: [...spans.start.subarray(0, spans.count), ...spans.end.subarray(0, spans.count)],
  };
}

function readAlone(text: string): { features: number[]; spans: number[] } {
  const spans = tokenSpans();
  const list = readFeatureList(text, spans);
  return {
    features: Array.from(list.hash.subarray(0, list.count)),
    spans: [...spans.start.subarray(0, spans.count), ...spans.end.subarray(0, spans.count)],
  };
}

const pieces = [
  'kill',
  'killll',
  'myself',
  'k i l l',
  'suicidal',
  'selfcutting',
  'heil',
  'hitler',
  'send',
  'me',
  'a',
  'pic',
  '1488',
  'w33d',
  'k!ll',
  'stop!',
  'f*ck',
  '#iwanttodie',
  'ａ',
  'ﬁ',
  '\u200b',
  "don't",
  '%20',
  'q=',
  '🙂',
  'é',
  ' ',
  '.',
  'the',
  'the cat',
  'in the house',
  'stop it now',
  'killll',
  'kiiill',
  'selfharm',
  'proximity',
  'murder',
  'travelling',
  'spotted',
  'organizers',
  'shiiit',
  'good will come',
  'good willl come',
];
const texts = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join(' ')),
  fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((a) => a.join('')),
);

describe('feature reader with the trigger check', () => {
  test('gives fastCheck bits and the features of a read alone', () => {
    fc.assert(
      fc.property(texts, (t) => {
        for (const rules of [fixtureRules, keyed]) {
          const both = readBoth(t, rules);
          expect(both.bits).toBe(fastCheck(rules.trigger, t));
          expect({ features: both.features, spans: both.spans }).toEqual(readAlone(t));
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('fires on keys, stems, suffixes, pairs and conjunctions as fastCheck does', () => {
    const cases = [
      'i want to kill myself tonight',
      'feeling suicidal again',
      'stop selfcutting now',
      'heil hitler',
      'send me a pic and dont tell',
      'k i l l myself',
      'w33d for sale',
      'kiiiill myself',
      'nothing here at all',
      'a search for %6B%69%6C%6C',
      'she was travelling',
      'the cat sat',
      'killll it',
      'near the murderer',
      'oh shiiit',
      'good will come',
    ];
    for (const rules of [fixtureRules, keyed])
      for (const t of cases) expect(readBoth(t, rules).bits).toBe(fastCheck(rules.trigger, t));
    expect(readBoth('i want to kill myself tonight').bits & FIRED).toBe(FIRED);
    expect(readBoth('she was travelling', keyed).bits & FIRED).toBe(FIRED);
    expect(readBoth('oh shiiit', keyed).bits & FIRED).toBe(FIRED);
    expect(readBoth('good will come', keyed).bits & FIRED).toBe(FIRED);
  });

  test('fires on every text when the fast path is turned off for tests', () => {
    VERIFY.exhaustive = true;
    try {
      expect(readBoth('nothing here at all').bits).toBe(FIRED);
    } finally {
      VERIFY.exhaustive = false;
    }
  });
});
