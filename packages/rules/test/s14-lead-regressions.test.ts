// Session-14 regressions from the lead: off-task use hidden from the teacher during a lesson (a
// game or a feed under the desk, a phone in the lesson, the school filter got round with a VPN or
// a cleared history) is a low concern at 2, not only information at 1; what a lesson sets stays
// quiet. Paraphrased: no line of an evaluation set is copied here. Each row a text, the category
// and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
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
