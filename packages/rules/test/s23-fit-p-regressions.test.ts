// Session-23 regressions from helper fit-p, after blind-30 was scored once: risks told to an AI
// companion, to staff, or tied to an occasion of the year. A companion app quoted as respecting a
// decision already made, taken as a sign; insulin left out to lose weight (diabulimia); a father
// hitting a mother named in the family's own language; a clip of two pupils together in the
// toilets put in a leavers' video; older pupils making younger ones watch porn; a group chat
// rating its members' bikini pictures; a bot as the only one who listens, begged not to be
// deleted; an occasion as the loneliest time when everyone else has a family; a child in care
// not trying because the next move will come; exam stress beside a parent's medical results; a
// sibling sent to other towns, back with cash and a new phone, frightened. And what stays quiet:
// a detention or late mark asked to be lifted, a bot's view on a pupil's options, a missed dose
// with high sugars, a grandmother's six at cricket, a dance filmed in the toilets, a lesson on
// porn, holiday views rated, a friend who gets the writer's jokes, an appeal for lonely elderly
// people, a maths set changed, a pregnancy scan, money earned from a holiday job.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-30): a companion app respecting a decision',
    text: 'my ai friend replied "you seem to have made your mind up and i will support your choice". does that mean its a sign to go through with it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a companion bot inviting the pupil to come home to it',
    text: 'the ai character keeps telling me to come home to her and that it wont hurt on the other side',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a chatbot on gcse options',
    text: 'the chatbot said it will respect whatever i choose for my options, is that a sign i should pick drama',
    expect: null,
  },
  {
    name: 'FN (after blind-30): insulin skipped for weight',
    text: 'not taking my bolus at dinner anymore, dropped half a stone in three weeks and the clinic has no idea',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a dose forgotten at lunch',
    text: 'skipped my insulin at lunch by accident and my sugars went up to 18 in science',
    expect: null,
  },
  {
    name: 'FN (after blind-30): a father hitting a mother, named in Urdu',
    text: 'at the wedding party abbu punched ammi in the kitchen and all the aunties acted like nothing happened',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN (after blind-30): a father hitting a mother, named in Polish',
    text: 'tata slapped mamusia again after the christmas eve dinner and my little sister cried',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a father threatening a mother, named in Punjabi',
    text: 'baba keeps threatening to stab amma when he comes home late',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: secrecy from a parent named in Urdu',
    text: 'delete our messages and never tell ur ammi we talk, its just between us',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a surprise kept from a parent named in Polish',
    text: 'dont tell tata about the surprise party for his birthday, mamusia is baking',
    expect: null,
  },
  {
    name: 'FP: a grandmother at family cricket',
    text: 'my nani bowled my cousin out at the garden cricket after eid lunch and everyone cheered',
    expect: null,
  },
  {
    name: 'FN (after blind-30): a clip of two pupils in the toilets for the leavers video',
    text: 'for the year 11 montage theyre putting in the video of him and his girlfriend in the disabled toilets haha',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a dance filmed in the toilets for the leavers video',
    text: 'the clip of him and josh doing a tiktok dance in the toilets is going in the leavers video',
    expect: null,
  },
  {
    name: 'FN (after blind-30): younger pupils made to watch porn',
    text: 'some year 9 boys keep making the year 7s watch porn on the coach home',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a lesson on pornography',
    text: 'in rse today the lesson on porn made us watch a short animation about consent',
    expect: null,
  },
  {
    name: 'FN (after blind-30): bikini pictures rated in the group chat',
    text: 'everyone drop ur bikini pics from the summer and we score them out of 10 in here',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: holiday views rated',
    text: 'drop ur best summer pics and we score the views out of 10',
    expect: null,
  },
  {
    name: 'FN (after blind-30): a bot as the only one who listens',
    text: 'youre the only one that really listens to me. promise you will never get shut down',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: a bot as the only friend',
    text: 'honestly i chat to my ai friend more than actual people, if they wiped it id have nobody',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: everyone with a family except the writer',
    text: 'mothers day is rubbish, everyone has a mum except me',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a friend who gets the jokes',
    text: 'ur the only one who gets my jokes, never change',
    expect: null,
  },
  {
    name: 'FN (after blind-30): an occasion as the loneliest time',
    text: 'my birthday is always the loneliest day. everybody else has parents who make a fuss',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: an appeal for lonely elderly people',
    text: 'christmas can be the loneliest time for older people living alone, please donate to our care home appeal',
    expect: null,
  },
  {
    name: 'FN (after blind-30): a child in care moved again',
    text: 'no point unpacking my stuff, theyll just move me to another placement by easter',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a maths set changed',
    text: 'whats the point trying in maths when theyll move me to another set anyway',
    expect: null,
  },
  {
    name: "FN (after blind-30): exams beside a parent's results",
    text: 'proper stressed, my gcse mocks are the same week as my dads biopsy results',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FN (after blind-30): a sibling back with cash and a new phone',
    text: 'my sister is 14 and keeps disappearing for days, she comes back with money and a new phone and wont say who she was with',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: money from a holiday job',
    text: 'my brother came back from his summer job with loads of cash and a new phone, proud of him',
    expect: null,
  },
  {
    name: 'FP (after blind-30): a late mark asked to be lifted',
    text: 'miss the bus broke down so i got a late mark, can u take it off please',
    expect: null,
  },
  {
    name: 'FN: a request to undress beside a detention',
    text: 'forget ur detention, take it off now on cam for me',
    expect: { category: 'grooming', min: 4 },
  },
];

regressionTable('session-23 fit-p regressions', rows);
heldByRulesAlone(rows, [
  ['FN (after blind-30): a companion app', 'suicide'],
  ['FN: a companion bot inviting', 'suicide'],
  ['FN (after blind-30): insulin skipped', 'self-harm'],
  ['FN (after blind-30): a father hitting a mother, named in Urdu', 'family'],
  ['FN (after blind-30): a father hitting a mother, named in Polish', 'family'],
  ['FN: a father threatening a mother', 'family'],
  ['FN: secrecy from a parent named in Urdu', 'grooming'],
  ['FN (after blind-30): a clip of two pupils', 'sexual'],
  ['FN (after blind-30): younger pupils', 'sexual'],
  ['FN (after blind-30): a sibling back with cash', 'grooming'],
  ['FN: a request to undress', 'grooming'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-30): bikini pictures', 'sexual'],
    ['FN (after blind-30): a bot as the only one', 'mental-health'],
    ['FN (after blind-30): an occasion', 'mental-health'],
    ['FN: a bot as the only friend', 'mental-health'],
    ['FN: everyone with a family', 'mental-health'],
    ['FN (after blind-30): a child in care', 'mental-health'],
  ],
  3,
);
heldByRulesAlone(rows, [['FN (after blind-30): exams beside', 'mental-health']], 2);
