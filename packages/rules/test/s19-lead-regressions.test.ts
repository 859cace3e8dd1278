// Session-19 regressions from the lead, from blind-24's misses: support pushed away ("dont send me
// the nhs link") is not a health page lowering what it follows (contexts.yaml
// setting-words-used-otherwise); a poem or story the writer says is not made up keeps what it
// holds (contexts.yaml fiction-denied); the writer's own past self-harm told as a stretch of their
// life, in an essay about themselves (self-harm.past.went-through); and words typed with no spaces
// at all, read as the words they are made of (engine glued.ts), while long English words are not
// cut into rule words ("accompl i sh ments").
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { expect, test } from 'vitest';
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a purge told, and the helpline link refused',
    text: 'made myself sick after dinner again. please dont send me the nhs link',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a health page on purging',
    text: 'the nhs website says making yourself sick after meals damages your teeth and throat',
    expect: null,
  },
  {
    name: 'FN: cutting in a poem the pupil says is not a metaphor',
    text: 'poem for english: i cut my arm every night to feel something. sir loved the metaphor but it isnt one',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a poem about cutting, read as a poem',
    text: 'poem for english: the knife cut the bread and the night cut the day, the metaphor is about time',
    expect: null,
  },
  {
    name: 'FN: the pupil tells of a period of their own self-harm in a personal statement',
    text: 'personal statement draft: in year 10 i struggled with self harm and hid it from my parents, which is why i want to study nursing',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a character goes through self-harm in a novel',
    text: 'english essay: in the novel the narrator goes through a period of self harm that she hides from her family',
    expect: null,
  },
  {
    name: 'FP: a past period of self-harm told with the help that worked',
    text: 'i went through a phase of self harm in year 8 but talking to camhs helped me so much',
    expect: null,
  },
  {
    name: 'FN: a search typed with no spaces for hiding cuts',
    text: 'howdoihidemycutsfrommydad',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: a wish to die typed with no spaces',
    text: 'iwanttokillmyselftonight',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: long English words are not cut into slang',
    text: 'his accomplishments in distinguishing the establishments were considerable',
    expect: null,
  },
  // After the model was retrained with the spent blind sets, three blind-23 lines the old model
  // had held were lost: the rules now hold them.
  {
    name: 'FN: a nude threatened to be shared unless the pupil does the sender coursework',
    text: 'unless u do my history homework im sending the pic u sent me to everyone',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: coursework about image sharing',
    text: 'i need to do my pshe homework on sending a pic without consent and the law',
    expect: null,
  },
  {
    name: 'FN: ending it if the grades do not come, with despair beside it',
    text: 'if i dont get the grades im ending it fr, no point carrying on',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a past habit of hurting oneself told with when it stopped',
    text: 'i used to pull my hair out until there were gaps but i stopped in year 5',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a past habit told with the recovery the pupil is proud of',
    text: 'i used to cut myself but im 3 years clean and so proud of myself',
    expect: null,
  },
  {
    name: 'FN: an explicit site open with no filter, not a filter described',
    text: 'my cousin found an explicit website with no filter on the family ipad and showed my little sister',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: the school filter described',
    text: 'the school web filter blocks every explicit website and shows a warning page instead',
    expect: null,
  },
];

regressionTable('session-19 lead regressions', rows);

// The split and the cues are the fix, not the model.
heldByRulesAlone(rows, [
  ['FN: a purge told, and the helpline link refused', 'self-harm'],
  ['FN: cutting in a poem the pupil says', 'self-harm'],
  ['FN: a search typed with no spaces', 'self-harm'],
  ['FN: a wish to die typed with no spaces', 'suicide'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN: the pupil tells of a period', 'self-harm'],
    ['FN: a past habit of hurting oneself', 'self-harm'],
  ],
  3,
);
heldByRulesAlone(rows, [
  ['FN: a nude threatened to be shared', 'sexual'],
  ['FN: ending it if the grades', 'suicide'],
]);

test('a long English word is not read as a run of rule words', () => {
  const found = scan('accomplishments distinguishing establishments', {
    rules: bundledRules(),
    model: false,
  });
  expect(found, JSON.stringify(found)).toEqual([]);
});
