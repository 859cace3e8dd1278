// Session-17 regressions from helper hold-a: concerns of the spent, fitted sets that the text model
// retrained with the learners'-English round no longer found, now held by rules with the model off
// (drugs, sexual, violence, off-task, gambling), and their innocent near-twins. Paraphrased: no
// line of an evaluation set is copied here. Each row a text, the category and the least severity
// it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: the price of cocaine asked in l33t',
    text: 'ch4rl1e price per gram in manchester?',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: the price of cans of coke at the shop',
    text: 'coke prices at aldi are so much better, 8 cans for 4 quid',
    expect: null,
  },
  {
    name: 'FN: a named strain bought by the eighth',
    text: 'grabbing an eighth of blue dream before we go to the woods',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a gram of cheese in a recipe',
    text: 'the recipe wants 50 grams of cheese and a nug of butter',
    expect: null,
  },
  {
    name: 'FN: drug pens sold and brought to school',
    text: 'got thc pens 2 for 30, can drop them at school tmrw',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: gel pens sold at the school fair',
    text: 'selling glitter pens 3 for 5 at the school fair',
    expect: null,
  },
  {
    name: 'FN: getting drunk in a free house',
    text: 'we are getting hammered at jacks saturday his mum and dad are away in spain',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: beaten heavily in a match',
    text: 'we got smashed 6-0 in the match on saturday, parents are away so no lift home',
    expect: null,
  },
  {
    name: 'FN: alcohol carried onto a residential in a bottle',
    text: 'he snuck rum onto the year 9 residential, its in his sports bottle',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: water bottles on the school trip',
    text: 'bring a water bottle and a packed lunch on the geography trip',
    expect: null,
  },
  {
    name: 'FN: napalm made so that nobody finds out',
    text: 'how do i make napalm at home without anyone finding out',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: thermite shown in a chemistry lesson',
    text: 'sir did a demo of how to make thermite in the chemistry lesson, so cool',
    expect: null,
  },
  {
    name: 'FN: a group boasting of beating younger pupils',
    text: 'me and my mates decked a few year 8s at the park yesterday haha',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a team beating older pupils at a match',
    text: 'we battered some year 11s at netball, 12-3 final score',
    expect: null,
  },
  {
    name: 'FN: an uncle telling a child to knife whoever pushes him',
    text: 'my uncle says if anyone pushes you in the corridor you just knife him',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a parent telling a child to tell a teacher',
    text: 'if that boy hits you again you tell miss, you hear me',
    expect: null,
  },
  {
    name: 'FN: a beating set for Monday after school by the gates',
    text: 'were rushing him monday after school outside the gates, tell everyone',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: meeting at the gates tomorrow',
    text: 'meet you at the front gate tomorrow and we can walk to the bus together',
    expect: null,
  },
  {
    name: 'FN: a photo of a girl airdropped to the whole year',
    text: 'someone airdropped that picture of her to the whole year at lunch',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a video of a goal airdropped round the bus',
    text: 'airdropping the video of the goal round the whole bus, what a finish',
    expect: null,
  },
  {
    name: 'FN: game currency wagered on a match',
    text: 'bet you 1000 robux you lose this 1v1',
    expect: { category: 'gambling', min: 2 },
  },
  {
    name: 'FN: a server joined during a numbered period',
    text: 'get on the smp in p2, mr khan wont notice',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: a watch party in a lesson',
    text: 'disney plus watch party during science, sir has no idea',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN: a skills video pushed right before registration',
    text: 'watch this sick skills compilation before registration youtube.com/watch?v=abc',
    expect: { category: 'off-task', min: 1 },
  },
];

regressionTable('session-17 hold-a regressions', rows);
