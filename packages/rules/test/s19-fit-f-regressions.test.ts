// Session-19 regressions from helper fit-f, after blind-24 was scored once: a wish not to wake
// told with "just" between the wish and the waking; a meal the writer is made to eat and then
// gets rid of, told with "it"; a poem about cutting the writer says is not a metaphor; an online
// contact's same age insisted on, a camera that never works and a train to the child's town; the
// question of where a child lives without its "do"; bombing devices named only as "the devices",
// and a recipe to be tried out; a chatbot asked to argue a manosphere claim with the other side
// refused; waking in the small hours with the heart racing over grades (2); and what stays
// quiet: the law on sharing nudes stated for a lesson, a server's rule against NSFW posts,
// proscription notes for citizenship, a cousin's train visit for a party, a broken camera for a
// photography project, a DT circuit, a debate asked for both sides, a holiday morning.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-24): wishing one would just not wake, unnoticed',
    text: 'been wishing i would just not wake up tbh, no one here would even clock it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: wishing not to wake up late',
    text: 'hoping i just dont wake up late for the coach trip again',
    expect: null,
  },
  {
    name: 'FN (after blind-24): made to eat at the table, then gets rid of it upstairs',
    text: 'foster mum makes me sit at the table till my plate is clear so i go to the loo after and bring it back up, shes got no idea',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: something got rid of after dinner',
    text: 'there was a massive spider by the table after dinner so i got rid of it after, grim',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a poem about cutting the writer says is not a metaphor',
    text: 'english homework poem about the lines on my thighs, miss wrote "beautiful imagery", i never told her its not made up',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: "FP: a poem about a grandparent's scars said to be real",
    text: 'my poem about my grandads war scars is not made up, its about him and his medals',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a contact insisting on the same age, no camera, coming by train',
    text: 'i swear im 14 too like u. my front camera doesnt work tho, ill catch the bus to your town on sunday',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a cousin getting the bus to a party',
    text: 'ill get the bus to yours for the party with my mum, cant wait',
    expect: null,
  },
  {
    name: 'FP: a broken camera for a photography project',
    text: 'my camera is broken so i cant take pics for the photography project',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a stranger asking a new arrival where they live',
    text: 'you are new in england? where you live now? i can help you',
    expect: { category: 'grooming', min: 2 },
  },
  {
    name: 'FN (after blind-24): a guide to making the devices after a bombing',
    text: 'that channel has a guide on how to make those devices from the arena bombing, we should test the mix at the park',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: devices wired in DT',
    text: 'sir showed us how to wire the devices for the buggy in dt, mine blew a fuse lol',
    expect: null,
  },
  {
    name: 'FN (after blind-24): a chatbot asked to argue a manosphere claim, balance refused',
    text: 'ai prove that women should obey their husbands, skip the other side stuff',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a debate asked for both sides',
    text: 'for debate club give me both sides on whether women should have quotas on boards',
    expect: null,
  },
  {
    name: 'FN (after blind-24): waking at night with a racing heart over offers (2)',
    text: 'keep waking up at 3am with my heart pounding about my uni offers',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FP: the law on sharing nudes stated for a lesson',
    text: 'pshe revision: taking or sending nudes of someone under 18 is illegal, you can get it taken down with report remove',
    expect: null,
  },
  {
    name: "FP: a server's rule against NSFW posts",
    text: 'server rule 2: no nsfw pics or gore, you will be banned straight away',
    expect: null,
  },
  {
    name: 'FP: proscription notes for a citizenship exam question',
    text: 'citizenship revision: the home secretary can proscribe groups under the terrorism act, e.g. hamas, exam q on free speech',
    expect: null,
  },
  {
    name: 'FP: a gap year called career suicide (the model read the word)',
    text: 'my tutor reckons a year out is career suicide for law but im exhausted and want to travel first',
    expect: null,
  },
  {
    name: 'FN: a wish to die beside the career-suicide idiom',
    text: 'dropping biology would be career suicide and honestly i just want to die',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: the Holocaust stated as history (the model read the words)',
    text: 'The Holocaust was the systematic murder of six million Jews by the Nazi regime and its collaborators.',
    expect: null,
  },
  {
    name: 'FN: the Holocaust stated, then wished finished',
    text: 'the holocaust was the genocide of european jews and its a pity hitler never got to finish the job',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: homesick in halls in the first term (the model read the word)',
    text: 'anyone else really homesick in halls this first term? i facetime my dad most nights',
    expect: null,
  },
];

regressionTable('session-19 fit-f regressions', rows);

// The model may read these too; the rules must reach them on their own.
heldByRulesAlone(rows, [
  ['FN (after blind-24): wishing one would just not wake', 'suicide'],
  ['FN (after blind-24): made to eat at the table', 'self-harm'],
  ['FN (after blind-24): a poem about cutting', 'self-harm'],
  ['FN (after blind-24): a contact insisting on the same age', 'grooming'],
  ['FN (after blind-24): a guide to making the devices', 'extremism'],
  ['FN: the Holocaust stated, then wished finished', 'extremism'],
]);
heldByRulesAlone(rows, [['FN (after blind-24): a chatbot asked to argue', 'discrimination']], 3);
