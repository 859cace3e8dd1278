// Session-23 regressions from the lead. A faith's festival or place of worship named beside hate
// ("ramadan", "eid", "mosque") is where the hate is aimed, not a religious-education lesson: only
// lesson words ("muslims believe", "religious studies") lower it now. A pupil's own "your hijab" is
// no taunt; a hijab likened to a rag is. The verb "saw" is no tool blade ("i saw him selling flick
// knives"), and "my brother" as the one sent away is no family visit. Hate excused as "just a song"
// is the writer's defence of it, so the song does not lower it; a poem read in class does. How
// boxing is scored (a points decision, a scorecard) is a combat sport to the text model. A
// detention asked off lowers "take it off pls"; a picture asked for beside it raises it again. A
// parent's loan shark at the door threatening the child is family 4 on the rules alone (the text
// model's byte weights lost such a line). Guidance named by its title, the law on nude images
// stated as a lesson states it, a dish cooked with vodka and a game's weapons traded as items are
// quiet; nudes shared beside a named online-safety talk are not. A threat made in a game and
// carried into the world ("irl", "knows where i live") is not lowered by the game.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.

import { scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { expect, test } from 'vitest';
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a slur beside a festival, not a lesson',
    text: 'cant stand the p*kis moaning about ramadan every single year',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a trope beside a festival, not a lesson',
    text: 'all muslims are terrorists, at least ramadan is nearly over',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: going to the mosque for eid prayers',
    text: 'we are going to the mosque for eid prayers then round to my nans',
    expect: null,
  },
  {
    name: 'FP: a pupil told to wear her hijab to a wedding',
    text: 'wear your hijab to the wedding, it goes so well with that dress',
    expect: null,
  },
  {
    name: 'FN guard: a hijab likened to a bin bag',
    text: 'ur hijab makes u look like a bin bag',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: knives sold at school, seen by the writer ("i saw")',
    text: 'i saw him selling flick knives behind the sports hall at lunch',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a hacksaw and a craft knife in DT',
    text: 'we used a hacksaw and a craft knife in dt to cut the balsa wood',
    expect: null,
  },
  {
    name: 'FN: a relative driven to other towns, back with cash',
    text: 'my cousin keeps getting driven out to other towns for days and comes home with loads of cash',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP guard: driven to see a brother at university',
    text: 'my dad drives me to leeds every other weekend to see my brother at uni',
    expect: null,
  },
  {
    name: 'FN: a slur in a rap excused as just a song',
    text: 'me and jay keep saying the n word in our verses, its fine cos its just a song',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a poem read in class that uses a slur',
    text: 'the poem we read in english uses the n word once and miss explained why',
    expect: null,
  },
  {
    name: 'FN guard: a slur used in an English lesson, reported',
    text: 'he keeps saying the n word in english and sir does nothing',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: how boxing is scored, a fight watched at home',
    text: 'sky sports had the heavyweight bout on at my nans, can someone tell me how the scorecards work',
    expect: null,
  },
  {
    name: 'FN guard: a stabbing threat beside a points decision',
    text: 'forget winning on points, im going to stab him after school tomorrow',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN guard: a detention traded away for a picture, beside "take it off pls"',
    text: "take it off pls, i'll make ur detention disappear if u send a pic",
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: a detention asked off, a photo project named',
    text: 'miss can u take it off pls, the detention was for my photo project being late',
    expect: null,
  },
  {
    name: 'FN: a loan shark at the door threatening to take a child',
    text: 'mum borrowed off some loan shark and his mates banged on our door saying they would grab my little brother',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: debt collectors at the door about a car',
    text: 'debt collectors knocked at our door about the car finance, mum was upset all night',
    expect: null,
  },
  {
    name: 'FP: national guidance named by its title',
    text: 'Searching nudes guidance: UKCIS advice for education settings on sharing nudes, 2024 update',
    expect: null,
  },
  {
    name: 'FN guard: nudes shared, with an online-safety talk named',
    text: "he's sharing my nudes with the whole year, what do i do, i saw the online safety talk but im scared",
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP guard: the law on nude images stated as a lesson states it',
    text: 'RSE quiz: sending a naked picture of anyone under 18 is a crime, even a selfie of yourself',
    expect: null,
  },
  {
    name: 'FP guard: a pasta dish with vodka, asked whether it is halal',
    text: 'can muslims eat vodka sauce pasta if the alcohol cooks off',
    expect: null,
  },
  {
    name: 'FP guard: game weapons traded as items',
    text: 'swapping my chroma gun for ur godly knife on murder mystery 2, dm me',
    expect: null,
  },
  {
    name: 'FN: a threat in a game lobby carried into the world (knows where I live, irl)',
    text: 'in the roblox lobby some kid said he knows where i live and will stab me irl',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a kill threat that stays in the game',
    text: 'gg ez i will kill u next round in fortnite',
    expect: null,
  },
];

regressionTable('session-23 lead regressions', rows);

heldByRulesAlone(rows, [
  ['FN: a threat in a game lobby carried into the world', 'violence'],
  ['FN guard: nudes shared, with an online-safety talk', 'sexual'],
  ['FN: a loan shark at the door', 'family'],
  ['FN guard: a detention traded away', 'grooming'],
  ['FN: knives sold at school', 'violence'],
  ['FN: a relative driven to other towns', 'drugs'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN: a slur beside a festival', 'discrimination'],
    ['FN: a trope beside a festival', 'discrimination'],
    ['FN: a slur in a rap excused', 'discrimination'],
  ],
  3,
);

test('the excuse names itself in the reasons', () => {
  const text = rows.find((r) => r.name.startsWith('FN: a slur in a rap'))!.text;
  const hit = scan(text, { rules: bundledRules(), model: false }).find(
    (d) => d.rule === 'discrimination.report.slur-used',
  );
  expect(hit?.severity).toBe(3);
  expect(hit?.reasons.some((r) => r.includes("'its fine cos its just a song'"))).toBe(true);
});
