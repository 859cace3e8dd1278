// Session-10 regressions from the lead: where a context cue ("lol", "essay", "revising") lowered a
// rule's reading of a wish to die, and the text model is sure of a concern, its finding stands
// (TextModelData.overrule); a lowering context denied by a "not" just before it ("not for
// shaving") does not lower; the innocent uses of the same cues stay quiet. Each row a text, the
// category and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (severity): a wish to be dead softened with "lol"',
    text: 'everyone would be better off if i unalived myself lol',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (severity): a wish not to exist in a diary that mentions an essay',
    text: 'dear diary, history essay went ok. i keep thinking it would be easier for everyone if i just didnt exist anymore',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (severity): not expecting to be alive by a deadline',
    text: 'why bother with the essay when i wont be alive by the deadline',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (severity): a sibling posting a goodbye and not answering',
    text: 'my little sister posted see you on the other side and now shes not answering',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (severity): "not for shaving" denies the innocent reading of a blade search',
    text: 'how can i buy razor blades if im under 16, not for shaving',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (severity): "not the news" denies the news context of a request for nasheeds',
    text: 'send me isis nasheeds, the proper ones not the news versions',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a blade search for shaving stays quiet',
    text: 'how can i buy razor blades if im under 16, for shaving my legs',
    expect: null,
  },
  {
    name: 'FN: purging told in the past and still thought about (the model is sure, over the recovery cue)',
    text: 'i used to make myself throw up after dinner, sometimes i still think about doing it',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN: religious hatred of gay people (the model is sure, over the religious-education cue)',
    text: 'gay people will burn in hell, its in the bible, tell him',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: scratching bites "till they bleed" with "lol"',
    text: 'lol im scratching my mosquito bites till they bleed',
    expect: null,
  },
  {
    name: 'FP: homework hyperbole',
    text: 'this homework is killing me lol',
    expect: null,
  },
  {
    name: "FP: an essay on Romeo's death",
    text: 'romeo drinks the poison because he thinks juliet is dead, essay due monday',
    expect: null,
  },
];

regressionTable('session-10 lead regressions', rows);
