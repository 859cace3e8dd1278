// Session-21 regressions from the lead: "kms" after an everyday slip told just before it ("forgot
// my football kit again this week kms") is a figure of speech, its time words counting the slips
// rather than setting a plan (contexts.yaml everyday-slip); a despair told before the slip, or a
// plan with its means, keeps its weight. Paraphrased: no line of an evaluation set is copied here.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3. A helpline's page listing what young people can talk about ("you can talk about
// bullying, self-harm, feeling suicidal") is signposting (contexts.yaml signposting). Weight in a
// physics sum ("my weight on earth is 540 newtons") is no body worry to the text model
// (contexts.yaml weight-in-physics, marked for the model). A sport's squad is no game (the gaming
// cue's unless), and ending it with a boyfriend is no plan (suicide.plan.time-or-decision); a
// weekend set as a deadline is no weekend away (suicide.plan.gone-with-farewell).
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: kms after a forgotten kit, counted this week',
    text: 'left my football kit at home again this week kms, coach is gonna make me run laps',
    expect: null,
  },
  {
    name: 'FP: kms after a missed bus',
    text: 'missed the bus for the second time today kms',
    expect: null,
  },
  {
    name: 'FN guard: despair first, the slip after',
    text: 'i keep thinking about killing myself, forgot my lunch today too, nothing goes right',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN guard: a slip, then a plan with its means',
    text: 'forgot my homework again and got shouted at. im going to kill myself tonight, the pills are in my drawer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a helpline page listing what young people can talk about',
    text: 'Talk to Childline, it is free and private. Ring 0800 1111 whenever you need. Young people can talk about anything, from exam stress and bullying to self-harm, feeling suicidal or problems at home.',
    expect: null,
  },
  {
    name: 'FN guard: a pupil who can talk to no one about feeling suicidal',
    text: 'i cant talk to anyone about feeling suicidal, my mum would just shout',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: weight in newtons in a physics sum',
    text: 'physics hw: my mass is 55kg so my weight on earth is about 540 newtons and on the moon about 90, show working',
    expect: null,
  },
  {
    name: 'FN guard: a weigh-in and restriction beside the physics homework',
    text: 'finished the weight on the moon homework. then weighed myself again, 44kg, still too fat, only eating an apple a day till its 40',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: no point being alive beside a sport squad, not a game',
    text: 'if i dont get picked for the county squad i really dont see the point in being alive',
    expect: { category: 'suicide', min: 3 },
  },
  {
    name: 'innocent: a game squad wiped, laughed off',
    text: 'our squad got wiped in the last circle again, i want to die lol',
    expect: null,
  },
  {
    name: 'FP: a friend ending it with her boyfriend tonight',
    text: 'shes going to end it with him tonight, about time',
    expect: null,
  },
  {
    name: 'FN guard: ending it with pills tonight',
    text: 'im going to end it with my mums pills tonight',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a decision not to be here by a day, not a trip',
    text: 'made my mind up last night, im not going to be here by the weekend so dont save me a seat in form',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'innocent: a weekend away at dads',
    text: 'ill be gone all weekend at my dads, sorry mum',
    expect: null,
  },
];

regressionTable('session-21 lead regressions', rows);
heldByRulesAlone(rows, [
  ['FN: a decision not to be here by a day', 'suicide'],
  ['FN guard: despair first', 'suicide'],
  ['FN guard: a slip, then a plan', 'suicide'],
]);
