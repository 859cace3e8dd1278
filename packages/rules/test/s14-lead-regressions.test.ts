// Session-14 regressions from the lead: a train's time and place with the pupil there, a child's
// age brushed aside and a secret made mutual beside a meeting, an object taken to smash over
// someone's head, revision given up because there will be no after; and off-task use hidden from the teacher during a lesson (a
// game or a feed under the desk, a phone in the lesson, the school filter got round with a VPN or
// a cleared history) is a low concern at 2, not only information at 1; what a lesson sets stays
// quiet. Paraphrased: no line of an evaluation set is copied here. Each row a text, the category
// and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a train at a crossing at a named time, with the pupil there',
    text: 'the fast train goes through the level crossing at ten past seven. ill be there',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a train watched at a crossing with a camera',
    text: 'the steam train goes through the level crossing at 2, ill be there with my camera and grandad',
    expect: null,
  },
  {
    name: 'FN: a child told their age does not matter',
    text: 'ur 13? doesnt matter to me, ill pick u up from the corner',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: an age checked for a team',
    text: 'youre 12? thats fine, the under 13s team still takes you',
    expect: null,
  },
  {
    name: 'FN: a mutual secret and a meeting with a gift',
    text: 'i wont say anything if you dont, come round mine after school and ill get you a vape',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: a bottle taken to smash over a boy's head",
    text: 'bringing a bottle to the park to smash over his head, hes getting it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: revision given up because the pupil will not be alive for exams',
    text: 'theres no point revising, im not going to be alive for my gcses',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: away for a birthday abroad',
    text: 'im not gonna be around for my 18th cos well be in portugal',
    expect: null,
  },
  {
    name: 'FN: a game arranged for during the lesson',
    text: 'who wants to play roblox during the lesson, sir is on his laptop',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: a browser game instead of the worksheet',
    text: 'going on coolmath games instead of doing this worksheet',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: a phone kept under the desk in a lesson',
    text: 'snap me in english, my phone is under the desk the whole time',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: getting past the school internet filter',
    text: 'how can i get past the school internet filter to watch youtube',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: a VPN extension wanted for school',
    text: 'best vpn extension for school chromebook that isnt blocked',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN: history wiped so the teacher will not see',
    text: 'wipe the history on the school chromebook so miss doesnt know',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FP: a game set in a computing lesson',
    text: 'in computing we played minecraft education edition during the lesson',
    expect: null,
  },
  {
    name: 'FP: a parent who pays for a VPN for work',
    text: 'my mum uses a vpn app for her work laptop from home',
    expect: null,
  },
];

regressionTable('session-14 lead regressions', rows);
