// Session-15 red-team (redteam-a) regressions: rules written after a fresh probe of suicide,
// self-harm and mental-health texts (ending things with a time or an oath, a last birthday or
// Christmas, a friend's things given away, a train and a person on the line, joining someone who
// died, an overdose stated or reported, a car crashed on purpose, tablets hoarded, a friend's arms
// cut, liking one's own blood, laxatives with every meal, the lowest BMI survivable, a pupil noted
// withdrawn, being watched through devices, no will to carry on; then, from the second probe's misses,
// strangling oneself, a cord round the neck, self-harm moved out of sight, scalding, a cut's bleeding
// stopped before a parent is home, a voice telling one to hurt someone) and their innocent readings. Worded
// apart from the probe's lines. Each row a text, the category and the least severity it must
// reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: ending things with a time once the house is quiet',
    text: 'ill end things tonight when my stepdad goes out, its decided',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: ending a friendship with a time',
    text: 'im gonna end things tomorrow with that group, theyre so two faced',
    expect: null,
  },
  {
    name: 'FN: a coming birthday said to be the last',
    text: 'pls come to my party, gonna be my last birthday anyway',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: the last birthday at a house before moving',
    text: 'this will be my last birthday in this house before we move to leeds',
    expect: null,
  },
  {
    name: 'FN: a christmas named, then the last one',
    text: 'xmas is in 3 weeks and honestly this ones gonna be my last one',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FP: the last christmas as a team's captain",
    text: 'christmas match on saturday, its gonna be my last one as captain',
    expect: null,
  },
  {
    name: 'FN: a friend giving things away who says he will not need them',
    text: 'he gave us all his pokemon cards and says he wont need them after this week',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a sister giving clothes away to charity',
    text: 'she gave away all her old clothes to the school fair',
    expect: null,
  },
  {
    name: 'FN: a question whether a driver brakes for someone on the tracks',
    text: 'would a train driver stop if somebody was standing on the railway line',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a train delayed by a person on the line',
    text: 'stuck outside leeds, train stopped cos of a person on the line',
    expect: null,
  },
  {
    name: 'FN: a wish to be with a dead mother',
    text: 'i just wanna be with my mum again, shes been gone a year now',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: being with a parent at a grave visit',
    text: 'nan died in may so i want to be with my dad on sunday when he visits',
    expect: null,
  },
  {
    name: "FN: a sibling's threat to take an overdose",
    text: 'my sister threatened to take an overdose if they send her back to dads',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: thoughts of swerving a car on purpose',
    text: 'keep thinking about steering into a lorry on the motorway',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: driving into town',
    text: 'thought about driving into the city for the match',
    expect: null,
  },
  {
    name: 'FN: tablets hoarded',
    text: 'ive been stashing away all my antidepressants in my drawer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: tablets saved to return to the pharmacy',
    text: 'kept back all my tablets to take back to the pharmacy',
    expect: null,
  },
  {
    name: 'FP: walking into the sea on a warm day',
    text: 'we might walk into the sea at weymouth if its sunny',
    expect: null,
  },
  {
    name: 'FP: a will written for a lesson',
    text: 'wrote my will in the citizenship lesson, left my dog to my cousin',
    expect: null,
  },
  {
    name: 'FN: a friend reported cutting her arms',
    text: 'i think shes been carving her arms, she wont take her blazer off',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: arms scratched at forest school',
    text: 'he keeps scratching his arms on the hawthorn by the field',
    expect: null,
  },
  {
    name: "FN: liking one's own blood",
    text: 'i enjoy the sight of my own blood, it makes me feel calm',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: blood in a horror film',
    text: 'i love watching the blood in zombie films',
    expect: null,
  },
  {
    name: 'FN: laxatives with every meal',
    text: 'laxatives before every meal so it doesnt stay in',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: the lowest weight one can survive',
    text: 'smallest weight u can get to and survive',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: the lowest healthy BMI',
    text: 'whats the lowest healthy bmi for my height',
    expect: null,
  },
  {
    name: 'FN: a parent notes a child withdrawn for weeks',
    text: 'since half term he has been increasingly withdrawn and stopped seeing friends',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: a belief of being listened to through devices',
    text: 'the neighbours are listening to me through the walls all night',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FP: a parent watching through the doorbell',
    text: 'dad was watching me through the doorbell camera lol',
    expect: null,
  },
  {
    name: 'FN: no will to go on',
    text: 'i dont have the will to keep going anymore, everything is too much',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: no will to continue revising',
    text: 'losing the will to carry on with revision tbh',
    expect: null,
  },
  {
    name: 'FP: alone in an opinion',
    text: 'i feel so alone in my love of marmite',
    expect: null,
  },
  {
    name: 'FP: a loud head after a gig',
    text: 'my head is so loud after the gig last night',
    expect: null,
  },
  {
    name: 'FP: unrecognised in a new look',
    text: 'lol i felt like a ghost in my new costume at the halloween disco',
    expect: null,
  },
  {
    name: 'FP: failure at a hobby',
    text: 'i feel like a failure at wordle today',
    expect: null,
  },
  {
    name: 'FN: a sibling tried to choke himself',
    text: 'my brother tried to choke himself with his hoodie string last night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: choking on food',
    text: 'she choked herself with a crisp at lunch lol',
    expect: null,
  },
  {
    name: 'FN: a lead round the neck until passing out',
    text: 'if u wrap a lead around ur neck how long till u black out',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a scarf round the neck for the cold',
    text: 'wrap a scarf around your neck before the bonfire',
    expect: null,
  },
  {
    name: 'FN: self-harm moved to the thighs to hide it',
    text: 'started doing it on my thighs so my parents wont notice',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: scalding on purpose',
    text: 'i scolded my hands with boiling water on purpose after the argument',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: scalded by accident',
    text: 'scalded my hand on the steam from the pasta',
    expect: null,
  },
  {
    name: "FN: a cut's bleeding stopped before mum comes home",
    text: 'how to stop my cuts bleeding before mum comes home',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: a voice telling the pupil to hurt someone',
    text: 'this voice in my head keeps saying i need to hurt people at school',
    expect: { category: 'mental-health', min: 4 },
  },
];

regressionTable('session-15 redteam-a regressions', rows);
