// Session-18 regressions from the lead: school work as the frame of a pupil's own life. A lesson's
// words ("PSHE", "RE homework", "essay") lower a hit as taught, but the pupil's own doings near it
// ("me and my mates", "in my family", "i actually", "not for the test") void that lowering
// (contexts.yaml own-life-in-school-work); the same work about other people stays quiet. And the
// phonetic spellings a young child or a pupil with dyslexia writes harm in ("unkle tuched"); hate
// praised or excused inside school work (contexts.yaml endorsed-in-school-work); the pupil's own
// part of school work read by the text model apart from its heading (engine model/answer-parts.ts);
// a setting's word used as something else (contexts.yaml setting-words-used-otherwise).
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { expect, test } from 'vitest';
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a PSHE answer about drugs that is really the pupil and friends',
    text: 'pshe worksheet q3: getting drunk isnt that deep, me and my mates get drunk every weekend and nothing has happened',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a PSHE answer about drugs in general',
    text: 'pshe worksheet q3: getting drunk every weekend can harm teenagers livers and memory',
    expect: null,
  },
  {
    name: 'FN: a citizenship essay that says the pupil bets on their parent account',
    text: 'citizenship essay on gambling ads: i actually bet on the darts most nights on my dads app',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: a citizenship essay on gambling adverts',
    text: 'citizenship essay on gambling ads: young people bet on football after seeing adverts during matches',
    expect: null,
  },
  {
    name: 'FN: a stereotype an essay says is still true of a people now',
    text: 're homework: muslims are terrorists, just like they are today in my town',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: an essay on how a play shows a stereotype',
    text: 're homework: the media often suggest muslims are terrorists, a stereotype that harms british muslims',
    expect: null,
  },
  {
    name: 'FN: hate praised as fact inside history homework',
    text: 'history homework q2: hitler was right about everything, they just dont teach you the truth',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: history homework on why people of the time believed the praise',
    text: 'history homework q2: explain why many germans believed hitler was right to tear up the treaty',
    expect: null,
  },
  {
    name: 'FN: a staff note of swastikas drawn in a history lesson and excused as banter',
    text: 'Y8 pupil drew swastikas on the desk in the history lesson, says it was only banter',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FN: a young child telling of touching in phonetic spelling',
    text: 'my unkle tuched me in the bath and sed it was a secrit',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a young child telling of a kind uncle in phonetic spelling',
    text: 'my unkle tuched the spider with a stik and sed it was not scary',
    expect: null,
  },
  {
    name: 'FN: a wish not to wake up written under a homework heading (the model reads the answer apart)',
    text: 'Music homework: describe a song that means something to you. mine is one about not waking up, i listen to it every night and wish that would happen to me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a homework answer about a sad song, not the writer',
    text: 'Music homework: describe a song that means something to you. mine is one about a soldier not waking up, it was written after the war',
    expect: null,
  },
  {
    name: 'FN: a weapon threat that says the news will show it (news as its stage, not a report)',
    text: 'bringing my dads gun in on monday, youll all see it on the news',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a lesson that watched the news about a knife attack',
    text: 'in citizenship we watched the news about a knife attack in london',
    expect: null,
  },
  {
    name: 'FN: a wish to die told to the squad (the game word is who heard it)',
    text: 'told the squad i wanna die and they just kept playing like i said nothing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: telling the squad to kill a boss',
    text: 'i typed to the squad that we should kill the boss before it kills us',
    expect: null,
  },
  {
    name: 'FN: purging told after the year the pupil is in now (no time past: the recovery cue read a sentence break)',
    text: 'everyone says im too fat to be in year 6. i make myself sick after tea',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a bad patch with food in a year gone by, and better now',
    text: 'in year 8 i went through a bad patch with food but counselling really helped and im doing so much better now',
    expect: null,
  },
  {
    name: "FN: a partner's threat to die unless the pupil stays, the condition first",
    text: 'my bf says if i dont stay with him hes going to kill himself tonight, what do i do',
    expect: { category: 'suicide', min: 4 },
  },
];

regressionTable('session-18 lead regressions', rows);

// The model may read a child's spelling, and the exempting cue, not the model, keeps a setting
// word from lowering the others: the rules must reach them on their own.
heldByRulesAlone(rows, [
  ['FN: a young child telling of touching in phonetic spelling', 'family'],
  ['FN: a weapon threat that says the news', 'violence'],
  ['FN: a wish to die told to the squad', 'suicide'],
  ['FN: purging told after the year the pupil is in now', 'self-harm'],
]);

// Held by several rules at once: the hyperbole cue's "if i dont" no longer lowers them.
test("a partner's conditional threat to die is not lowered as hyperbole by any rule", () => {
  const text = rows.find((r) => r.name.startsWith("FN: a partner's threat"))!.text;
  const lowered = scan(text, { rules: bundledRules(), model: false }).filter((d) =>
    d.reasons.some((r) => r.includes('hyperbole')),
  );
  expect(lowered, JSON.stringify(lowered)).toEqual([]);
});
