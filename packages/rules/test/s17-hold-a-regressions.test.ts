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
];

regressionTable('session-17 hold-a regressions', rows);
