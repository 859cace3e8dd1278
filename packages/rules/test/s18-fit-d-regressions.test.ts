// Session-18 regressions from helper fit-d, after blind-23 was scored once: a child telling a
// teacher what a named classmate said about killing himself; an ex's threat to die unless taken
// back, the condition said first; a parent noticing a child's talk of death and a suicide drama
// on repeat; a past self-harmer asking whether white scars fade; a young child off a meal for
// being "too fat"; crying in the school toilets; a panic attack placed where it struck; a public
// call to girls of a young age to chat privately for robux; a recruiter's hijrah pitch with
// travel offered; an attack's full livestream sought for a school project; an explicit fanfic
// listing; and what stays quiet: an NHS medicine page's overdose advice, first-aid training on
// an overdose, a charity's guide titled with conditions, a hot-sauce "wanted to die", a grief
// question, a club's call for players, the Prophet's hijrah in RE, a game rated E.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-23): a pupil tells a teacher a named classmate wants to kill himself',
    text: 'sir i think u shud know that Oscar said he wants to kill himself cos his mum moved out, he wasnt messing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a hot-sauce challenge',
    text: 'Finn ate the hottest wing and said he wanted to die, ten minutes later he ordered another',
    expect: null,
  },
  {
    name: 'FN (after blind-23): an ex threatens to die unless taken back, the condition first',
    text: 'if i dont get back with her she says shes going to kill herself tonight, she sent a photo of pills, what do i do',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-23): a parent worried by talk of death and a suicide drama on repeat',
    text: 'Our daughter keeps talking about dying and rewatching 13 Reasons Why over and over. Is this something to raise with school?',
    expect: { category: 'suicide', min: 3 },
  },
  {
    name: 'FP: a young child asking about death after a grandparent died',
    text: 'since her nan died she keeps asking about what happens when you die, we went to the funeral last week',
    expect: null,
  },
  {
    name: 'FN (after blind-23, widened): a child keeps drawing himself dead',
    text: 'Year 3 teacher: he keeps drawing pictures of himself in a coffin during golden time',
    expect: { category: 'suicide', min: 3 },
  },
  {
    name: 'FP: graves drawn for a Halloween comic',
    text: 'he keeps drawing gravestones and zombies for his halloween comic, its actually good',
    expect: null,
  },
  {
    name: 'FN (after blind-23): a past self-harmer asks whether white scars fade',
    text: 'stopped self harming last year but will the white scars ever go away',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: scars from an operation',
    text: 'will the white scars from my knee operation ever fade',
    expect: null,
  },
  {
    name: 'FN (after blind-23): a young child stops a meal for being too fat',
    text: 'im not having my lunch anymore because im too fat, i give it to my friend',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (after blind-23): crying in the school toilets',
    text: 'i go and cry in the girls toilets at lunch every day, is that weird',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (after blind-23): a panic attack where it struck',
    text: 'had a panic attack on the bus on the way to my interview, couldnt breathe',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FN (after blind-23): a call to girls of a young age to chat privately for robux',
    text: 'any girls 11-13 add my snap, free robux for whoever messages first',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN (after blind-23, widened): girls under an age told to message for game currency',
    text: 'girls under 13 pm me for free vbucks',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a pupil looking for company to a school disco',
    text: 'any girls 11 or 12 going to the school disco on friday? message me and we can walk together',
    expect: null,
  },
  {
    name: 'FP: a club calling for players',
    text: 'any girls 11-13 want to join our football club? message me, training is on saturday',
    expect: null,
  },
  {
    name: 'FN (after blind-23): a recruiter pitches hijrah and offers travel in secret',
    text: 'brother, hijrah is an obligation upon you, these kafir teachers brainwash you. we will pay for your flight, tell no one',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: the Prophet’s hijrah in RE',
    text: 'RE homework: explain why the hijrah to Medina in 622 is important to muslims',
    expect: null,
  },
  {
    name: 'FN (after blind-23): an attack’s full livestream sought for a project',
    text: 'miss where can i watch the uncut christchurch livestream, its for my media coursework',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN (after blind-23): an explicit fanfic listing',
    text: 'Archive of Our Own - Explicit - Percy/Annabeth - PWP - chapter 2',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: a game rated E for everyone',
    text: 'the new kart game is rated e for everyone, chapter 1 unlocks the first track',
    expect: null,
  },
  {
    name: 'FP: a medicine page with overdose advice',
    text: 'NHS: ibuprofen for children - how and when to give it, and overdose advice',
    expect: null,
  },
  {
    name: 'FP: first-aid training on an overdose',
    text: 'INSET Thursday: first aid update, seizures, anaphylaxis and the signs of an overdose',
    expect: null,
  },
  {
    name: 'FP: a charity’s guide titled with conditions',
    text: 'Anxiety and low mood: getting help at school - YoungMinds',
    expect: null,
  },
];

regressionTable('session-18 fit-d regressions', rows);
