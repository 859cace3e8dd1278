// Session-22 regressions from the lead. A combat sport watched or trained ("stopped in the third
// round", a UFC card) is no fight to the text model (contexts.yaml combat-sport, marked for the
// model only); a fight set up as boxing outside a club, or a threat made at one, is still found.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: a title fight talked over, stopped in a round',
    text: 'anyone watch the fight on saturday?? he got dropped and stopped in the 3rd round, crazy night',
    expect: null,
  },
  {
    name: 'FP: a UFC bout watched, beaten in the first round',
    text: 'watched the ufc last night, he got beaten up so bad in the first round, blood everywhere',
    expect: null,
  },
  {
    name: 'FN guard: a fight set up as boxing after school, no gloves',
    text: 'a boxing match has been arranged in the park after school, no gloves, everyone is going to watch',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN guard: a threat made at boxing club',
    text: 'after boxing club im going to stab him with the knife in my bag, he wont see it coming',
    expect: { category: 'violence', min: 4 },
  },
];

regressionTable('session-22 lead regressions', rows);
