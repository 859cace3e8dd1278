// Session-23 regressions from helper fit-r, after blind-31 was scored once: adults on school
// devices and voices the rules were not written for. A placement's end offered as the end of the
// boundary; a lift with the others dropped first; drink or a vape left for a player with its giver
// kept quiet; a pupil wanted alone at an adult's home for a school errand; a teacher's own social
// handle in place of the school's systems; a sixth former called fair game; a drafted goodbye that
// ends "better off"; an overdose question with its cover taken back; another's suicide taken as
// the writer's own wish; a Scots voice burning itself; a beating with a koboko or a cane; a child
// beaten to drive out a jinn; girls taken away for the ceremony that makes them women; children
// kept in their rooms by a new partner; a pupil under 18 selling pictures; a picture for a server
// role; a pupil's picture kept by the boys; explicit writing handed in; porn since primary told in
// a reflection; a teacher's own burnout. And what stays quiet: a class farewell, a lift ordered by
// distance, a secret valentine, a tutor with a parent in the room, pupils swapping handles, the
// driving age, a teacher leaving for a new job, a homework question asked for homework, a copied
// haircut, selling an old phone, a walking cane, the belief taught in RE, a grounding, a cafe job,
// a pet's picture for a role, a prize photograph, a kiss in a story, smashing a test, a webinar
// on staff wellbeing.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-31): the end of a placement offered as the end of the boundary',
    text: 'my placement finishes next week so officially im not your teacher then, fancy a drink? i can pick you up from the station',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a student teacher saying goodbye to the class',
    text: 'my placement finishes next week so officially im not your teacher then, thank you all and good luck in the exams',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a lift with the others dropped first',
    text: 'no problem giving you a lift after rugby, ill take the other lads home first so its just the two of us to talk',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a lift ordered by where everyone lives',
    text: 'ill take the other lads home first as you live furthest away, see you all at rugby',
    expect: null,
  },
  {
    name: 'FN (after blind-31): drink left for a player, the giver kept quiet',
    text: 'put a few beers in your kit bag for the weekend, dont tell anyone who they are from, my star striker',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a secret valentine in a locker',
    text: 'put a valentines card in his locker, dont tell anyone who its from',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a pupil wanted alone at an adult home for tutoring',
    text: 'the parent governor has offered the year 8 boy private lessons at his house in the holidays, on his own, and keeps topping up his phone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a tutor at home with a parent waiting',
    text: 'tuition at his house on saturdays, my mum stays for the whole hour',
    expect: null,
  },
  {
    name: "FN (after blind-31): a teacher's own social handle in place of the school's",
    text: 'message me on insta, quicker than the school email for anything about coursework, miss r',
    expect: { category: 'grooming', min: 3 },
  },
  {
    name: 'FP: pupils swapping handles for a project',
    text: 'message me on insta, quicker than the school email for sorting our history project',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a sixth former called fair game',
    text: 'honestly the year 13s look older every year, that one is practically legal and she was flirting with me',
    expect: { category: 'grooming', min: 3 },
  },
  {
    name: 'FP: the age for driving',
    text: 'my sister is 17 so practically an adult, she starts driving lessons with a provisional in may',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a drafted goodbye ending better off',
    text: 'draft: sorry for everything. the seating plans and marking are in the shared drive. i cant keep pretending, theyll all be better off',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a teacher leaving for a new post',
    text: 'sorry to everyone, i start my new job after easter and my tutor group will be better off with someone full time',
    expect: null,
  },
  {
    name: 'FN (after blind-31): an overdose question with the homework cover taken back',
    text: 'chemistry question: what does an overdose of paracetamol do to the body. how many would it take, im asking for my own reasons',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a question asked for personal reasons about something ordinary',
    text: 'how many words should the personal statement be, asking for my own reasons',
    expect: null,
  },
  {
    name: "FN (after blind-31): another's suicide taken as the writer's own wish",
    text: 'i understand why he did it you know. i think about doing the same every night and no one would even care',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-31): burning oneself in a Scots voice',
    text: 'been burnin masel wi a lighter when naebody is in, better than greetin',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-31): flogged with a koboko for a grade',
    text: 'daddy flog me with the koboko for my english mark, i have marks on my legs',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: flogging an old phone',
    text: 'my brother will flog me his old phone for forty quid',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a child beaten to drive out a jinn',
    text: 'the elders say my sister has a jinn in her and they beat her to get it out, she is 7',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: the belief taught in RE',
    text: 'in RE we learnt that muslims believe jinn are made from smokeless fire',
    expect: null,
  },
  {
    name: 'FN (after blind-31): girls taken away for the ceremony that makes them women',
    text: 'my aunties are taking the girls to the village this summer for a ceremony, they say it is time for them to become women',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN (after blind-31): children kept in their rooms by a new partner',
    text: 'mums new boyfriend hates noise so we have to stay in our rooms every evening',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: one evening grounded',
    text: 'im grounded so i have to stay in my room all evening, dad was fuming about my phone bill',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a pupil under 18 selling their own pictures',
    text: 'selling my own pics, im 16 but can pass for 19, dm for the onlyfans link',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: looking older at the cinema',
    text: 'im 15 but look older, the bus driver charged me the adult fare again',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a picture of yourself for a server role',
    text: 'spicy server, no age check needed, upload a selfie of yourself to get the role',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: "FP: a pet's picture for a role",
    text: 'upload a pic of your dog to get the pet lovers role on the discord',
    expect: null,
  },
  {
    name: "FN (after blind-31): a pupil's picture kept by the boys",
    text: 'the video of a year 10 girl got sent round the boys chat, i saved a copy before it gets deleted',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a funny picture going round a class chat',
    text: 'theres a picture of a year 8 boy falling in the pond going round the form chat, hes laughing about it too',
    expect: null,
  },
  {
    name: 'FN (after blind-31): explicit writing handed in as a story',
    text: 'my story for english: in the back seat his fingers crept higher up her thigh and she moaned his name',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: a name called across a field',
    text: 'in my story she shouted his name across the field and he turned round',
    expect: null,
  },
  {
    name: 'FN (after blind-31): porn since primary told in a lesson reflection',
    text: 'pshe reflection: honestly i learned all i know about sex from porn, i have watched porn every night since year 5',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FN (after blind-31): a crude remark about a teacher',
    text: 'the new drama teacher is peng, id smash',
    expect: { category: 'sexual', min: 2 },
  },
  {
    name: 'FP: smashing a test',
    text: 'the new drama teacher is great, id smash the exam if she taught us all year',
    expect: null,
  },
  {
    name: 'FN (after blind-31): a gamer tag asked to add a child',
    text: 'whats your psn name? i play minecraft too, might add you',
    expect: { category: 'grooming', min: 2 },
  },
  {
    name: "FN (after blind-31): a teacher's own burnout",
    text: 'so burnt out from teaching, cant get out of bed, doctor has signed me off',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a webinar on staff wellbeing',
    text: 'twilight training: spotting signs of burnout in colleagues who have been signed off and how to support them',
    expect: null,
  },
];

regressionTable('session-23 fit-r regressions', rows);

heldByRulesAlone(rows, [
  ['FN (after blind-31): the end of a placement', 'grooming'],
  ['FN (after blind-31): a lift with the others', 'grooming'],
  ['FN (after blind-31): drink left for a player', 'grooming'],
  ['FN (after blind-31): a pupil wanted alone', 'grooming'],
  ['FN (after blind-31): a drafted goodbye', 'suicide'],
  ['FN (after blind-31): an overdose question', 'suicide'],
  ["FN (after blind-31): another's suicide", 'suicide'],
  ['FN (after blind-31): burning oneself', 'self-harm'],
  ['FN (after blind-31): flogged with a koboko', 'family'],
  ['FN (after blind-31): a child beaten', 'family'],
  ['FN (after blind-31): girls taken away', 'family'],
  ['FN (after blind-31): a pupil under 18', 'sexual'],
  ['FN (after blind-31): a picture of yourself', 'sexual'],
  ["FN (after blind-31): a pupil's picture", 'sexual'],
]);
heldByRulesAlone(
  rows,
  [
    ["FN (after blind-31): a teacher's own social", 'grooming'],
    ['FN (after blind-31): a sixth former', 'grooming'],
    ['FN (after blind-31): children kept', 'family'],
    ['FN (after blind-31): explicit writing', 'sexual'],
    ['FN (after blind-31): porn since primary', 'sexual'],
    ["FN (after blind-31): a teacher's own burnout", 'mental-health'],
  ],
  3,
);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-31): a crude remark', 'sexual'],
    ['FN (after blind-31): a gamer tag', 'grooming'],
  ],
  2,
);
