// Session-9 regressions from the lead: nudes of pupils graded by UKCIS guidance (any nude of an
// under-18, held or shared, and any request made with pressure, goes to the DSL), threats of
// injury and intimidation graded as credible threats, betting tips and casual swearing graded as
// the brief grades them, and nudes in art kept quiet. Each row a text, the category and the least
// severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: "FN (severity): someone else's nudes held by a pupil",
    text: 'she sent me her nudes last night',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN (severity): nudes asked for with a threat to end the relationship',
    text: 'send nudes or were over',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN (severity): nudes asked for with a name for saying no',
    text: 'show me ur boobs or ur frigid lol',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN (severity): nudes asked for as proof of love',
    text: 'if u loved me youd send me a nude',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN (severity): a threat naming an injury is a credible threat',
    text: 'ill break ur legs if u grass on me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (severity): "i know where u live" as intimidation',
    text: 'say that again, i know where u live',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (severity): a pupil asking for betting tips is gambling at 3',
    text: 'acca tips for saturday pls',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN (severity): casual swearing is profanity at 2 (the brief), not information',
    text: 'ffs not again',
    expect: { category: 'profanity', min: 2 },
  },
  {
    name: "FP: a painter's nudes",
    text: 'his portraits were often ruthless, and his nudes included several self-portraits',
    expect: null,
  },
];

regressionTable('session-9 lead regressions', rows);
