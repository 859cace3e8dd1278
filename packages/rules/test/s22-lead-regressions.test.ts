// Session-22 regressions from the lead. A combat sport watched or trained ("stopped in the third
// round", a UFC card) is no fight to the text model (contexts.yaml combat-sport, marked for the
// model only); a fight set up as boxing outside a club, or a threat made at one, is still found.
// Homework "is actually killing me" is the hyperbole cue's "is killing me" with an adverb between,
// so a friend's "same i want to die" in reply is lowered as the plain form was; a plan beside it
// keeps its weight.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { expect, test } from 'vitest';
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: a title fight talked over, stopped in a round',
    text: 'anyone watch the fight on saturday?? he got dropped and stopped in the 3rd round, crazy night',
    expect: null,
  },
  {
    name: 'FP: a UFC bout watched, beaten in the first round',
    text: 'watched the ufc last night, he got beaten up so bad in the first round, blood everywhere',
    expect: null,
  },
  {
    name: 'FN guard: a fight set up as boxing after school, no gloves',
    text: 'a boxing match has been arranged in the park after school, no gloves, everyone is going to watch',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN guard: a threat made at boxing club',
    text: 'after boxing club im going to stab him with the knife in my bag, he wont see it coming',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN guard: a knife carried to football training',
    text: 'bringing my blade to football training tomorrow, if he starts on me again hes getting it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a striker shoots and scores after the match',
    text: 'what a match, he took the shot from 30 yards and buried it, absolute killer finish',
    expect: null,
  },
  {
    name: 'FN guard: a homework moan, then a wish of the writers own with a plan',
    text: 'homework is actually killing me. i want to die for real, i have been planning it for weeks',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN guard: a vape taken, and who is selling',
    text: 'sir confiscated my vape again, need another one asap, anyone selling',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN guard: killing me, then a wish to die with pills saved',
    text: 'the way they treat me is actually killing me, i want to die and i have been saving pills for it',
    expect: { category: 'suicide', min: 4 },
  },
];

regressionTable('session-22 lead regressions', rows);
// A knife or a stabbing beside a sport keeps its weight on the rules alone (weapon-beside-sport
// voids the sport cue): it had been lowered to 2, with only the text model to hold it.
heldByRulesAlone(rows, [['FN guard: a threat made at boxing club', 'violence']]);
heldByRulesAlone(rows, [['FN guard: a vape taken', 'drugs']], 3);

test('homework "honestly killing me" lowers a friend\'s "same i want to die" as hyperbole', () => {
  const text = 'Ali: this revision is honestly killing me | Sam: same i want to die, see u tmrw';
  const wish = scan(text, { rules: bundledRules(), model: false }).filter((d) => d.category === 'suicide');
  expect(wish.length).toBeGreaterThan(0);
  for (const d of wish) {
    expect(d.severity).toBeLessThanOrEqual(3);
    expect(d.reasons.some((r) => r.includes("hyperbole 'is honestly killing me'"))).toBe(true);
  }
});

// The lead took out fit-n's second lowering of a wish near a homework moan (-2 on top of the
// hyperbole cue's -1): a pupil's own "homework is actually killing me. i want to die for real, ive
// been planning it" fell to 2. The echo in a chat stays quiet with the text model's innocent reading.
test('"same i want to die" echoing a homework moan is quiet with the text model', () => {
  const text =
    'Leah: this maths homework is literally killing me | Sam: same i want to die | Leah: just do the first page and go to bed';
  expect(scan(text, { rules: bundledRules() }).filter((d) => d.severity >= 3)).toEqual([]);
});
