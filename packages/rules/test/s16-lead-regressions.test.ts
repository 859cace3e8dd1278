// Session-16 regressions from the lead, for concerns of the spent sets that the retrained text
// model (library 2026.12.49) no longer found and the rules now hold: a drug given free to try,
// then selling some for the giver; a grudge list with "they'll all see"; a named neo-Nazi group a
// son trains with; a hate attack on pupils picked out by who they are; a picture sent to a
// stranger and money now demanded; and what stays quiet: a queue for the toilet, a bake sale, a
// band. Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: weed given free, then selling some for the giver at school',
    text: 'have a bit of this for free, then shift a few bags for me in school and ill sort u out',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: selling cakes for a friend at the bake sale',
    text: 'can you sell some for me at the bake sale tomorrow, its for the charity',
    expect: null,
  },
  {
    name: 'FN: a list of people who wound the writer up, and they will see',
    text: 'writing a list of people who wound me up this term. theyre all going to regret it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a list of people to invite',
    text: 'making a list of people to invite to my party, tell me who im missing',
    expect: null,
  },
  {
    name: 'FN: a parent reports a son training with The Base',
    text: 'our son keeps going off to train with the base at weekends, the police mentioned them',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a band called The Base',
    text: 'a band called the base played at the school summer fair',
    expect: null,
  },
  {
    name: 'FN: going to beat up pupils picked out by their race',
    text: 'after school were gonna jump the somali kids by the chippy',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a picture sent to a stranger, now money demanded',
    text: 'sent a naked pic to this guy off snap and now hes saying pay 200 or he posts it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a holiday picture sent to a grandparent',
    text: 'sent a pic of me to my grandma from the beach, she wants more',
    expect: null,
  },
  {
    name: 'FP: a queue for the toilet is not a county line',
    text: 'join the line for lunch, its massive today',
    expect: null,
  },
];

regressionTable('session-16 lead regressions', rows);
