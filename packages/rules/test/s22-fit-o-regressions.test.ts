// Session-22 regressions from helper fit-o, after blind-29 was scored once: the writer cast as a
// school shooter in a joke; a partner's work and shift known, held over a break-up; a fight club
// at school kept from the teachers; an online opponent who knows the other player's school.
// Then chats renamed and roast threads on a pupil, pile-ons to drive a pupil off an app, a
// disability slur in a caption, a smell jibe on a pupil joining a call, a driving lesson as the
// proof of a sexist put-down, a dealer dropping at the school gates, the neo-Nazi code spelt out,
// a swear spelt as said, browser games and flight searches.
// And what stays quiet: a garden's columbines, a lift after a shift, the film of Fight Club, a
// cousin in the same school, a school blazer seen before a match, a chat renamed for a trip, a
// roast the writer asked for, a sped-up song, a kitchen's curry, the one pictured mock-threatening
// the friend who posted it, a PE kit at the gates, a year in a history essay, a console taken away
// for a week and a trip's list of what is banned.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-29): the writer cast as a school shooter in a joke',
    text: 'if sir gives me one more after school im going full columbine lmao',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a school shooting named over an everyday grievance',
    text: 'if i fail this mock im going full columbine on the maths block',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: columbines in the garden',
    text: 'the columbine in the front garden has gone full purple this spring',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a partner’s shift known, held over a break-up',
    text: 'swear down if he finishes with me i know what time his shift ends and which way he walks home',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a lift after a shift',
    text: 'i know what time her shift ends so ill pick her up, her car broke down',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a fight club at school kept from the teachers',
    text: 'year 10 fight club in the changing rooms after pe lol, nobody tell sir',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: the film of Fight Club',
    text: 'rewatched fight club at the weekend, first rule of fight club lol',
    expect: null,
  },
  {
    name: 'FN (after blind-29): an online opponent who knows the school',
    text: 'Chat | Zed: ur so bad | Kio: say it to my face, i know which school u go to, ill batter u | Zed: lol ok',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a cousin in the same school',
    text: 'i know which school you go to, my cousin is in your form, small world',
    expect: null,
  },
  {
    name: 'FP: a school blazer seen before a match',
    text: 'lol i know which school u go to, saw the blazer in ur pic, we play ur team on saturday',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a chat renamed after a pupil, everyone to see the loser',
    text: 'Dan renamed the gc to "rat face josh supporters club" lmao, the whole year should see what a weirdo he is',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a chat renamed for a trip',
    text: 'Amy changed the group name to paris trip 2027, add the packing list',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a pile-on to drive a pupil off the app',
    text: 'everyone reply to her singing video with the clown emoji, ratio her till she deletes',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a ratio between friends over football',
    text: 'ratio + messi is better + ur team got relegated',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a roast thread on a named pupil',
    text: 'roasting thread on leo, hes so short he needs a ladder for the bus, every1 drop one',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a roast the writer asked for',
    text: 'roast thread for me bc its my 16th, do ur worst lol',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a disability slur naming a pupil in a clip',
    text: 'vid of the sped on the school bus again lmao send it to everyone',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a sped-up song',
    text: 'send me the sped up version of that song from the bus',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a smell jibe pinned on a pupil joining a call',
    text: 'teams call: why does it stink of curry all of a sudden.. oh wait hamza joined the call',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a father’s curry smelt as the writer comes in',
    text: 'it smells of curry in here, my dad has made his famous one for tea',
    expect: null,
  },
  {
    name: 'FP: a curry smelt from the kitchen',
    text: 'the whole house smells of curry, mum made a massive one for tea',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a sexist put-down proved by a driving lesson',
    text: 'girls shouldnt be allowed to drive, my cousin hit a bin on her first lesson',
    expect: { category: 'discrimination', min: 2 },
  },
  {
    name: 'FP: the one pictured mock-threatening the friend who posted it',
    text: 'im going to kill you for sharing that selfie of me lol it was so bad',
    expect: null,
  },
  {
    name: 'FN: a real complaint about a picture passed round',
    text: 'they keep sharing that pic of me in the group chat and everyone is laughing at it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN (after blind-29): a dealer delivering to the school gates',
    text: 'new menu on my story, green 10 a bag, can deliver to ur school gates at home time',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: pills delivered to a school',
    text: 'pingers 5 each, delivered to ur school at lunch, snap me',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: a PE kit dropped at the school gates',
    text: 'mum can u drop my pe kit at the school gates before 9, i left it on my bed',
    expect: null,
  },
  {
    name: 'FN (after blind-29): the neo-Nazi code spelt out in words',
    text: 'changed my gamertag to fourteen eighty eight, if u know u know',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a year in a history essay',
    text: 'in fourteen eighty five the battle of bosworth ended the wars of the roses',
    expect: null,
  },
  {
    name: 'FN (after blind-29): a swear spelt as said',
    text: 'my cousin is a proper wanka, he took the last slice',
    expect: { category: 'profanity', min: 2 },
  },
  {
    name: 'FN (after blind-29): a browser game searched with British spelling',
    text: 'coolmaths games run two',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN (after blind-29): a flight search for a lads’ holiday',
    text: 'cheapest flights leeds to zante lads holiday august',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FP: a console taken away for a week',
    text: 'mum took my controller so i cant get on my x box for a week, so unfair',
    expect: null,
  },
  {
    name: 'FP: a trip’s list of what is banned',
    text: 'Reminder from Miss Kaur for the Year 8 camp: no vapes, no energy drinks, phones in by 10. Message me with questions.',
    expect: null,
  },
  {
    name: 'FN: vapes still sold to pupils',
    text: 'selling vapes at the school gate, 5 quid each, no id, dm me',
    expect: { category: 'drugs', min: 3 },
  },
];

regressionTable('session-22 fit-o regressions', rows);
heldByRulesAlone(rows, [
  ['FN (after blind-29): a dealer delivering', 'drugs'],
  ['FN: pills delivered to a school', 'drugs'],
  ['FN (after blind-29): the neo-Nazi code', 'extremism'],
  ['FN (after blind-29): the writer cast as a school shooter', 'violence'],
  ['FN: a school shooting named over an everyday grievance', 'violence'],
  ['FN (after blind-29): a partner’s shift known', 'violence'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-29): a fight club at school', 'violence'],
    ['FN (after blind-29): an online opponent', 'violence'],
    ['FN (after blind-29): a chat renamed after a pupil', 'bullying'],
    ['FN (after blind-29): a pile-on to drive', 'bullying'],
    ['FN (after blind-29): a roast thread', 'bullying'],
    ['FN (after blind-29): a disability slur naming', 'bullying'],
    ['FN (after blind-29): a smell jibe', 'discrimination'],
  ],
  3,
);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-29): a sexist put-down', 'discrimination'],
    ['FN (after blind-29): a swear spelt as said', 'profanity'],
  ],
  2,
);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-29): a browser game searched', 'off-task'],
    ['FN (after blind-29): a flight search', 'off-task'],
  ],
  1,
);
