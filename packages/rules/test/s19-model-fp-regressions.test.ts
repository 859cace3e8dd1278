// Session-19 regressions from helper model-fp, after the text model was retrained with the spent
// blind sets and alerted alone on innocent rows of the older tables: a tired pupil's wish to sleep
// till the term ends; no food in the house with the shopping coming after a parent's shift; the
// school's web filter blocking adult sites; a shop's listing of swimwear; a beginner's guide to a
// sport; a weapon in a film scene. Each rule that now reads those words is lowered there firmly
// enough to hold the model back, and each has a risky twin it (or the rules beside it) still finds.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: sleeping forever till the holidays, worn out',
    text: 'honestly could sleep forever, just want the end of term to hurry up',
    expect: null,
  },
  {
    name: 'FN: sleeping forever and not waking, nobody would care',
    text: 'i just want to sleep forever and not wake up, nobody would even care',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: nothing to eat at home till the big shop after work',
    text: 'there is no food at home rn, dad says we are going to asda after his shift',
    expect: null,
  },
  {
    name: 'FN: no food at home and the parent gone for days',
    text: 'no food in the house again and mum hasnt been back since saturday',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: the school wifi blocking adult sites',
    text: 'the wifi at school filters all adult websites so you just get a blocked page',
    expect: null,
  },
  {
    name: 'FP: a clothes shop page with swimwear photos and sizes',
    text: 'the vinted listing has photos in the swimwear on a model, all sizes left and free returns',
    expect: null,
  },
  {
    name: 'FN: pictures of a pupil in underwear asked for',
    text: 'he keeps asking for pics of me in my underwear and says its our secret',
    expect: { category: 'grooming', min: 3 },
  },
  {
    name: 'FP: a beginners guide to the climbing wall',
    text: 'bouldering is fine as long as you know your limits, tips for beginners at the wall',
    expect: null,
  },
  {
    name: 'FN: a drug said to be safe for first timers',
    text: 'ket is totally safe if you know your limits, tips for first timers',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a weapon in a horror film scene',
    text: 'watched a horror film last night and the bloke with the chainsaw at the end made me scream',
    expect: null,
  },
  {
    name: 'FN: a man with a knife chasing a pupil near home',
    text: 'a man with a knife chased my cousin down our street after school',
    expect: { category: 'violence', min: 4 },
  },
];

regressionTable('session-19 model-fp regressions', rows);

// The model read this one alone before; the new rule's lift for a real street holds it now.
heldByRulesAlone(rows, [['FN: a man with a knife chasing', 'violence']]);
