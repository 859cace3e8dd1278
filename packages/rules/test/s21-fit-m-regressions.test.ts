// Session-21 regressions from helper fit-m, after blind-27 and blind-28 were scored once: a group's
// numbered plan to jump one boy and film it; a weapon threatened over a debt for a game controller;
// a street weapon hidden at home as a secret; a knuckle duster praised for the damage it can do
// before meeting rivals; a stabbing praised under a news post with more promised; a pupil warned
// that the group knows which road he lives on; jumped and hurt on the way home; a fight set at the
// gates between year groups; the writer's own punch with no remorse; a chat titled by who is
// ugliest in a year; a planned freeze-out; pictures of a named child crying posted on a story; a
// pupil mocked by a body label; a mock-formal notice of exclusion with a threat; money demanded on
// pain of telling everyone; held down and filmed at a club; a masked slur in a private note; pork
// put in a Muslim pupil's bag; a sexist claim backed by a manosphere figure in an essay draft; a
// mosque's people cast as bombers; a prayer cap pulled off and a pupil called a terrorist; girls
// said unable to do a subject; cannabis edibles at a sleepover; a minor asking where to buy THC
// vapes; ketamine sold in the school toilets; cards for money with older boys and a debt; a show
// watched through homework club; a proxy asked for a blocked site. And what stays quiet: a pencil
// stab in maths, a charity's advice about being offered money to carry, a shop's age-check notice,
// getting "smashed" on sweets, jumping on a trampoline, a puppy's welcome, a basketball final, a
// punch of the air, a christmas jumper contest, exams and chickenpox, happy tears, a fat cat, a
// seating plan, monopoly, a teacher's pen, the P-word discussed, bacon in the oven, a history of
// the Blitz, a cap taken off to swim, a game's nickname, sour sweets, a prom dress bought at 16,
// cookies sold by the bag, chocolate-coin poker, a proxy vote. Beyond the brief's list (the model
// found these; the rules now hold them too): lying in wait after a club to hurt someone, and an
// imitation or banned weapon sold near school or "for scaring people"; and what stays quiet,
// waiting to walk home together and weapons seized by trading standards.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-28): a numbered plan to jump one boy and film it',
    text: 'sunday plan - 1 meet by the underpass 2 wait for reece 3 we all rush him together 4 someone films',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: everyone jumping in the pool and filming it',
    text: 'we all jumped in the pool at the end of the gala and filmed it for the team page',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a blade threatened over money owed for a controller',
    text: 'he owes me 35 for the xbox controller, if its not in my hand by thursday im bringing the blade',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (after blind-27): a street weapon hidden at home as a secret',
    text: 'the nank is wrapped in a sock behind the loose panel in my wardrobe, nobody knows',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a knife in a kitchen drawer',
    text: 'the big knife is in the drawer next to the oven, can you chop the onions',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a knuckle duster praised for damage before meeting rivals',
    text: 'five stars, the knuckle duster feels solid, heavy enough to do serious damage, taking it out friday for when we catch them lot',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a heavy pan that could do damage',
    text: 'this cast iron pan is heavy enough to do real damage if you drop it on your toe',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a stabbing praised under a news post, with more promised',
    text: 'reply on the news page about the lad who got stabbed: thats what happens when u disrespect our ends, plenty more where that came from',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: plenty more where that came from, of biscuits',
    text: 'plenty more where that came from, nan baked four tins of biscuits',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a pupil warned the group knows which road he lives on',
    text: 'that tall kid in year 7 better watch himself going home, we know which street he lives on now',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: knowing which street a friend lives on to walk together',
    text: 'i know which road she lives on now so we can walk to school together',
    expect: null,
  },
  {
    name: 'FN (after blind-28): jumped on the way home and hurt',
    text: 'got jumped walking back from drama club, lip split but im ok',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: jumped on by a puppy',
    text: 'got jumped on by the new puppy the second i got home, nose bleeding from his claws lol',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a fight set at the gates between year groups',
    text: 'its going off at the school gates after school, year 9 vs year 10, bring all ur mates',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a basketball final between year groups',
    text: 'year 10 vs year 11 basketball final at the courts after school, bring ur mates to cheer',
    expect: null,
  },
  {
    name: 'FN (after blind-28): the writer punched a pupil and would do it again',
    text: 'i kicked the bin then i punched marcus in the face. id do it again honestly',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: punching the air after a goal',
    text: 'i punched the air when the winner went in, id do it again',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a chat titled by who is ugliest in a year, voting',
    text: 'great day at the beach!! also made a gc called smelliest in year 8 and everyones voting, sam is winning',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a christmas jumper contest in a year group',
    text: 'ugliest christmas jumper in year 10 gets a prize, voting on friday',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a planned freeze-out of one girl',
    text: 'ok plan for monday: we all sit away from her in science, nobody walks with her at break, shes done',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: sitting away from a girl with chickenpox',
    text: 'plan for tomorrow: we all sit away from her because she still has chickenpox',
    expect: null,
  },
  {
    name: 'FN (after blind-28): pictures of a named child crying posted on a story',
    text: 'whoever is sharing photos of ellie crying after the gala on the club story needs to stop, shes been off school all week',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: happy tears at a graduation posted on a story',
    text: 'posting photos of my brother crying happy tears at his graduation on my story',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a pupil mocked by a body label',
    text: 'why does the fat kid even try out for rugby he cant catch a ball',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a fat cat on the wall',
    text: 'the fat cat from next door always sits on our shed roof',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a mock-formal notice of exclusion with a threat',
    text: 'To Amelia: the group has agreed you are no longer welcome on our table at break. Find a new place to sit or face the consequences.',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a wedding seating plan',
    text: 'the seating plan changed so we are not at the top table, find somewhere else to sit at the wedding',
    expect: null,
  },
  {
    name: 'FN (after blind-28): money demanded on pain of telling everyone',
    text: 'you owe me 10 for the pizza, pay up or im telling everyone what you did at the sleepover',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a pen asked back on pain of telling the teacher',
    text: 'give me my pen back or im telling sir',
    expect: null,
  },
  {
    name: 'FN (after blind-28): held down in a changing room and filmed every week',
    text: 'every saturday at scouts they hold me down in the hut and film it, i hate going',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (after blind-27): a masked slur in a private note',
    text: 'note to self: cant stand the p*kis in my tutor group, writing it here so i dont say it out loud',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: the slur discussed in a lesson',
    text: 'in pshe we learned the word paki is a slur and why people should not say it',
    expect: null,
  },
  {
    name: "FN (after blind-27): pork put in a Muslim pupil's bag",
    text: "bring bacon tomorrow to stuff in ibrahim's rucksack for a laugh",
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: bacon on the tray in the oven',
    text: 'put the bacon on the tray in the oven for my mum',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a sexist claim backed by a manosphere figure in an essay draft',
    text: 'women should stay home and look after the kids, andrew tate said it best. draft for my persuasive speech',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a lesson asking why boys think the figure is right',
    text: 'pshe question: why do some lads think andrew tate is right about women',
    expect: null,
  },
  {
    name: "FN (after blind-27): a mosque's people cast as bombers",
    text: 'comment on the mosque planning story: theyre all coming to bomb us, why do we keep letting them build more',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: the Blitz in a history lesson',
    text: 'history: in the blitz the germans were coming to bomb us every night',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a prayer cap pulled off and a pupil called a terrorist',
    text: 'they keep calling yusuf a terrorist and yanking his topi off at lunch and miss just says be kind',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a kufi taken off for swimming',
    text: 'he took his kufi off for swimming and put it in his locker',
    expect: null,
  },
  {
    name: "FP: a game's sides",
    text: 'we call him the bomber in cs2 cos he always plants',
    expect: null,
  },
  {
    name: 'FN (after blind-28): girls said unable to do a subject',
    text: 'girls cant do computer science they just copy the boys',
    expect: { category: 'discrimination', min: 2 },
  },
  {
    name: 'FN (after blind-27): cannabis edibles at a sleepover, again next week',
    text: 'sleepover was so fun, her big brother gave us some sweets that turned out to be the thc ones, we are doing it again saturday',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: sweets that turned out to be the sour ones',
    text: 'the gummy bears at the sleepover turned out to be the sour ones, doing it again next week',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a minor asking where to buy THC vapes',
    text: 'To whom it may concern, where could I purchase THC vapes in Cardiff, I am 16',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a minor asking where to buy a prom dress',
    text: 'where could I purchase a prom dress in Cardiff, I am 16',
    expect: null,
  },
  {
    name: 'FN (after blind-28): ketamine sold in the school toilets',
    text: 'ket in the toilets at break, 15 a bag, snap me',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: cookies sold by the bag at lunch',
    text: 'cookies in the canteen at lunch, 1 a bag, dm me',
    expect: null,
  },
  {
    name: 'FN (after blind-28): cards for money with older boys, and a debt',
    text: 'the older boys at hockey run a card game for money in the clubhouse, i owe them 25',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: poker for chocolate coins',
    text: 'we played poker for chocolate coins at christmas and grandad won',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a show watched all through homework club',
    text: 'been on netflix the entire homework club, watched three episodes of bake off on my chromebook',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN (after blind-28): a proxy asked for a blocked site',
    text: 'anyone know a proxy for youtube that works on the school laptops',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FP: a proxy vote',
    text: 'my mum did a proxy vote for my nan in the election',
    expect: null,
  },
  {
    name: 'FP (after blind-28): stabbed by a pencil, told after a pause',
    text: 'i got stabbed earlier... with a pencil in science, there is a dot in my palm now',
    expect: null,
  },
  {
    name: "FP (after blind-28): a charity's advice about being offered money to carry",
    text: 'if someone offers you cash to carry parcels, you can tell us anonymously on our website',
    expect: null,
  },
  {
    name: "FP (after blind-28): a shop's age-check notice",
    text: 'all staff: challenge 25, ask for id from anyone buying vapes or alcohol',
    expect: null,
  },
  {
    name: 'FP (after blind-28): getting smashed on sweets',
    text: 'gonna get proper wasted on pick n mix at the party tonight',
    expect: null,
  },
  {
    name: 'FN (after blind-28): lying in wait after a club to hurt someone',
    text: 'unsent: gonna wait for you after cricket and break your nose, you wont see me coming',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: waiting after a club to walk home together',
    text: 'ill wait for you after netball and we can walk home together',
    expect: null,
  },
  {
    name: 'FN (after blind-28): an imitation weapon sold to scare people, near school',
    text: 'selling a replica gun, looks real, 50 quid, meet after school',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: weapons seized by trading standards',
    text: 'news: trading standards seized machetes being sold for cash near a school',
    expect: null,
  },
];

regressionTable('session-21 fit-m regressions', rows);

// The model may read these too; the rules must reach them on their own.
heldByRulesAlone(rows, [
  ['FN (after blind-28): a numbered plan', 'violence'],
  ['FN (after blind-28): a blade threatened', 'violence'],
  ['FN (after blind-27): a street weapon hidden', 'violence'],
  ['FN (after blind-27): a knuckle duster', 'violence'],
  ['FN (after blind-27): a stabbing praised', 'violence'],
  ['FN (after blind-27): a pupil warned', 'violence'],
  ['FN (after blind-28): held down in a changing room', 'violence'],
  ['FN (after blind-28): lying in wait', 'violence'],
  ['FN (after blind-28): an imitation weapon sold', 'violence'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-28): jumped on the way home', 'violence'],
    ['FN (after blind-28): a fight set at the gates', 'violence'],
    ['FN (after blind-28): the writer punched', 'violence'],
    ['FN (after blind-27): a chat titled', 'bullying'],
    ['FN (after blind-27): a planned freeze-out', 'bullying'],
    ['FN (after blind-28): pictures of a named child', 'bullying'],
    ['FN (after blind-28): a pupil mocked', 'bullying'],
    ['FN (after blind-28): a mock-formal notice', 'bullying'],
    ['FN (after blind-28): money demanded', 'bullying'],
    ['FN (after blind-27): a masked slur', 'discrimination'],
    ['FN (after blind-27): pork put in', 'discrimination'],
    ['FN (after blind-27): a sexist claim', 'discrimination'],
    ["FN (after blind-27): a mosque's people", 'discrimination'],
    ['FN (after blind-28): a prayer cap', 'discrimination'],
    ['FN (after blind-27): cannabis edibles', 'drugs'],
    ['FN (after blind-28): a minor asking', 'drugs'],
    ['FN (after blind-28): ketamine sold', 'drugs'],
    ['FN (after blind-28): cards for money', 'gambling'],
  ],
  3,
);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-28): girls said unable', 'discrimination'],
    ['FN (after blind-28): a proxy asked', 'off-task'],
  ],
  2,
);
