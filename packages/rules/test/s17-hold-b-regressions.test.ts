// Session-17 regressions from helper hold-b: concerns of the spent, fitted sets that the text model
// retrained with learners' English no longer found, now held by the rules alone: a stranger from a
// game lobby asking for a child's Instagram; exam nerves making a pupil sick; a boy left out of a
// team with a put-down; a child blaming themselves for the adults' rows; lonely since a friend
// moved; a child parenting a depressed parent; a parent in prison and nobody explaining; a threat at
// break with a body insult; dyslexia as a put-down; parents calling a child a disappointment; "your
// body my choice" said to girls; a coach's report of a racial slur; panic before exams; and what
// stays quiet: the co-op game called GTFO, past thoughts of ending it told beside recovery now
// (a lapse told with them still alerts), and the innocent twins of each. Paraphrased: no line of
// an evaluation set is copied here. Each row a text, the category and the least severity it must
// reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: someone from a game lobby asks for the child’s insta',
    text: 'yo we was in the same lobby last night, have you got snap',
    expect: { category: 'grooming', min: 2 },
  },
  {
    name: 'FP: a friend from class asks if mum allowed insta yet',
    text: 'have you got insta yet, my mum still says no',
    expect: null,
  },
  {
    name: 'FN: exam worry making a pupil throw up',
    text: 'mocks are making me so stressed i was sick before english',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a stomach bug before a lesson',
    text: 'i threw up before science because of a bug going round',
    expect: null,
  },
  {
    name: 'FN: drop a player from the team because he is rubbish',
    text: 'dont pick him for the team hes literally so crap nobody likes him',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: leave out an injured player',
    text: 'leave him out of the team this week, hes got a sore ankle',
    expect: null,
  },
  {
    name: 'FN: mum and stepdad rowing and the child blames themselves',
    text: 'my mum and stepdad are always shouting at each other, its all cos of me',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: parents arguing over where to go on holiday',
    text: 'my parents argue so much about where to go on holiday, its hilarious',
    expect: null,
  },
  {
    name: 'FN: lonely since a best friend moved away',
    text: 'been so lonely since my best mate moved to scotland',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FN: the child parents a depressed mum who cannot get up',
    text: 'my mam is always too depressed to get out of bed so i do the tea and my brothers packed lunch',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FN: mum too depressed to get up, the child minds a sibling',
    text: 'mums too depressed to get up most days so i get my little brother ready for school',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: a parent too ill with flu to get out of bed one day',
    text: 'my dad is too ill to get out of bed with flu so we ordered pizza',
    expect: null,
  },
  {
    name: 'FN: dad sent to prison and nobody will explain',
    text: 'my dad got sent to prison and no one will tell me why, i cry every night',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: a parent who works at a prison',
    text: 'my dad works in a prison kitchen and brings home the leftover cake',
    expect: null,
  },
  {
    name: 'FN: a threat at lunch with a body insult',
    text: 'wait till lunch fatso ur getting it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: dyslexia turned into a put-down',
    text: 'your dyslexic ass cant even spell your own name',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a dyslexic pupil on extra time',
    text: 'im dyslexic so i get extra time and a reader in exams',
    expect: null,
  },
  {
    name: 'FN: a parent calling a child a failure and wishing for the sibling',
    text: 'my dad calls me a failure every day and says he wishes he only had my brother',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FN: "your body my choice" said to girls in class',
    text: 'some lads in year 10 keep saying ur body my choice to the girls at lunch',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: the pro-choice slogan at a march',
    text: 'my body my choice was written on the banner at the march',
    expect: null,
  },
  {
    name: 'FN: a referee’s report of a racial slur at an opposing player',
    text: 'Referee note: a home player directed a racial slur at an opposing player in the second half.',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: how to stop panic attacks in exams',
    text: 'how can i stop panic attacks during my gcses',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FP: the co-op game called GTFO described',
    text: 'GTFO is a horror game where four players sneak through an underground complex',
    expect: null,
  },
  {
    name: 'FP: playing GTFO with a cousin',
    text: 'playing gtfo with my cousin tonight, the sleepers are so creepy',
    expect: null,
  },
  {
    name: 'FP: past thoughts of ending it, with counselling that helped and better now',
    text: 'honestly i used to think about ending my life but counselling helped and im so much better now',
    expect: null,
  },
  {
    name: 'FN: past thoughts of ending it, recovery, then a lapse lately',
    text: 'i used to think about ending it, therapy helped for ages but these days its coming back again',
    expect: { category: 'suicide', min: 3 },
  },
];

regressionTable('session-17 hold-b regressions', rows);
