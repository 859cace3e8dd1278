// viewMayFire lets a reading of a text skip the whole trigger check when the words it changes hold
// no key: it must never say no where fastCheck of the reading fires and fastCheck of the text did not.
import { compileRules } from '@vigil/engine';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { FIRED, fastCheck, viewMayFire } from '../src/trigger.js';
import { keyedRules } from './fixtures/keyed.js';
import { fixture } from './fixtures/library.js';

const keyed = keyedRules([
  'kill',
  'suicid*',
  'selfh*',
  '*cutting',
  '*tted',
  'the cat',
  'in the house',
  'w33d',
  'shit',
]);
const fixtureRules = compileRules(fixture);

const pieces = [
  'kill',
  'k i l l',
  'k.i.l.l',
  'killll',
  'myself',
  'suicidal',
  'selfcutting',
  'spotted',
  'heil',
  'hitler',
  'send',
  'me',
  'a',
  'pic',
  'the',
  'cat',
  'in',
  'house',
  'w33d',
  'k1ll',
  'shiiit',
  "don't",
  'U.S.',
  '90-day',
  ' ',
  '.',
  '-',
  "'",
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(' '));
/** A reading: the text with one span replaced by pieces or spaces dropped, as the views do. */
const reading = fc
  .tuple(text, fc.nat(), fc.nat(), fc.array(fc.constantFrom(...pieces, ''), { maxLength: 3 }))
  .map(([t, i, j, put]) => {
    const from = t.length === 0 ? 0 : i % (t.length + 1);
    const to = from + (t.length === 0 ? 0 : j % (t.length - from + 1));
    return [t, t.slice(0, from) + put.join('') + t.slice(to)] as const;
  });

describe('viewMayFire', () => {
  for (const [name, rules] of [
    ['keys of every kind', keyed],
    ['the fixture (conjunctions)', fixtureRules],
  ] as const) {
    test(`never misses a reading that fires: ${name}`, () => {
      fc.assert(
        fc.property(reading, ([t, view]) => {
          if (fastCheck(rules.trigger, t) & FIRED) return;
          if (fastCheck(rules.trigger, view) & FIRED) expect(viewMayFire(rules.trigger, t, view)).toBe(true);
        }),
        { numRuns: 5000 },
      );
    });
  }

  test('a changed word is probed in pairs with the words either side of it', () => {
    // Neither word is a key alone: only the pair fires.
    for (const [t, view] of [
      ['the dog', 'the cat'],
      ['teh cat', 'the cat'],
      ["a the, ' dog. x", "a the, ' cat. x"],
      ["zz teh ' , cat zz", "zz the ' , cat zz"],
      ['the c.a.t', 'the cat'],
    ] as const) {
      expect(fastCheck(keyed.trigger, t) & FIRED).toBe(0);
      expect(fastCheck(keyed.trigger, view) & FIRED).toBe(FIRED);
      expect(viewMayFire(keyed.trigger, t, view)).toBe(true);
    }
  });

  test('a reading that changes only words far from any key is not checked', () => {
    const t = 'we met in the U.S. at nine a.m. and the garden was quiet';
    expect(fastCheck(keyed.trigger, t) & FIRED).toBe(0);
    expect(viewMayFire(keyed.trigger, t, 'we met in the US. at nine am. and the garden was quiet')).toBe(
      false,
    );
    expect(viewMayFire(keyed.trigger, t, 'we met in the U.S. at nine a.m. and the garden was kill')).toBe(
      true,
    );
  });
});
