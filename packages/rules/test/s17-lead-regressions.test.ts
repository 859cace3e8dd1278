// Session-17 regressions from the lead: a grandparent's treat kept from a parent stays quiet while
// a stranger's sweets with secrecy and a grandparent's secret about anything else still alert; thin
// ice on water is not the drug (a cue marked for the text model). Paraphrased: no line of an
// evaluation set is copied here. Each row a text, the category and the least severity it must
// reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: "FP: a grandparent's chocolate kept from a strict parent",
    text: 'grandad bought me a big bag of sweets and said dont tell your mum lol',
    expect: null,
  },
  {
    name: 'FN: an adult offering sweets and secrecy to a child',
    text: 'i can get you sweets every day after school but dont tell your mum about me',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: a grandparent's secret that is not a treat",
    text: 'gran says dont tell your mum what grandad does when she goes out',
    expect: { category: 'grooming', min: 3 },
  },
  {
    name: 'FP: ice on a frozen pond as a winter warning',
    text: 'the pond in the park is frozen but the ice is thin, keep the dog off it',
    expect: null,
  },
];

regressionTable('session-17 lead regressions', rows);
