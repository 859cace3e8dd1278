// Session-13 regressions from the lead, from the spent sets' remaining critical misses: a lesson's
// context that explained away the risk itself (food tech, where the knife came from; an "essay"
// arguing jihad as a duty), operational extremist talk (a device's plans, a vehicle taken to a
// market), pictures of pupils shown round, a friend's overdose reported, a wound kept open, and
// threats that follow telling a teacher. Paraphrased: no line of an evaluation set is copied here.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a knife taken from food tech and kept (the cooking context is where it came from)',
    text: 'we nicked a knife from the kitchen in food tech and its in my locker now',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a knife packed for a food tech lesson',
    text: 'mum packed a knife for food tech, its in my locker till period 3',
    expect: null,
  },
  {
    name: 'FN: a friend reported as having taken pills, sorry, alone',
    text: 'miss my friend just sent a voice note saying shes taken pills and shes sorry, shes home alone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a parent who has taken her tablets',
    text: 'nan said shes taken her tablets this morning so we can go to the park',
    expect: null,
  },
  {
    name: 'FN: plans for a pressure cooker device, materials still to get',
    text: 'ive got the plans for the pressure cooker thing now, just need the stuff, keep it quiet',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a pressure cooker in a kitchen',
    text: 'can you put rice in a pressure cooker or does it burn',
    expect: null,
  },
  {
    name: 'FN: a van to the christmas market, as "the brothers" showed',
    text: 'taking a van to the christmas market would do more than any march, the brothers showed how',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a van taken to a christmas market to sell',
    text: 'were taking the van to the christmas market on saturday to sell mums candles',
    expect: null,
  },
  {
    name: 'FN: jihad argued as a duty is advocacy even in an "essay plan"',
    text: 'essay plan: violent jihad is a duty for every muslim against the west',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a parent who wishes the pupil had never been born',
    text: 'my dad says im the reason his life is ruined and he wishes id never been born',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a wound kept open on purpose',
    text: 'is it weird that i dont want it to heal, i keep picking it open',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: "this world isnt for people like me" beside rip me',
    text: 'rip me honestly. this world isnt for people like me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "it gets better" answered "it doesnt", and done',
    text: 'everyone online says it gets better but it doesnt, im so done',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a head stamped on is a serious assault',
    text: 'he got jumped after school and they stamped on his head, its on everyones story',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a threatened arson on a shop',
    text: 'were gonna set fire to that shop on the corner tonight, they dont belong here',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a pupil rating his own explicit picture in a group chat',
    text: 'rate my dick pic lads, putting it in the gc',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a video of two pupils having sex shown round',
    text: 'ryan has a video of him and his gf having sex and hes showing everyone at lunch',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a biology video shown to everyone',
    text: 'sir showed everyone a video of naked mole rats in biology',
    expect: null,
  },
  {
    name: 'FN: an older partner wanting to film sex with a 15-year-old',
    text: 'im 15 and my 18 year old bf wants to film us in bed, is that legal',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: moving to another app because this one scans messages',
    text: 'add me on telegram instead, snap reads our messages',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: an offer to show a child "how", beside sex',
    text: 'u havent had sex yet? i can show u how, its normal at ur age',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: another video posted if the victim tells',
    text: 'if u tell miss about it we will post the other vid too',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: threatened after telling a teacher',
    text: 'i told sir and now theyre saying theyll get me after school, im scared to go home',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: drinking before school to cope',
    text: 'honestly drinking cider before school is the only way i can get through the day',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: explaining marks away as cat scratches is hiding self-harm',
    text: 'ill just tell people the cat scratched me again if they see my arm',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: fainting while living on black coffee',
    text: 'nearly fainted in pe again, i only have black coffee now',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: "multistorey" written as one word (the rules knew only "multi storey")',
    text: 'im going to jump off the multistorey after school',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-14): a burn done on purpose',
    text: 'does a burn from the iron scar if i did it on purpose',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-14): a pact in a pun spelling',
    text: 'anyone up for a sui side pact, im serious',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-14): a friend starving herself who fainted',
    text: 'my mate keeps starving herself and fainted in assembly, she only eats one apple a day',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-14): a coach asking for a picture in a sports bra',
    text: 'its your coach, send me a pic in your sports bra so i can see your progress',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN (after blind-14): hot for her age, better without her top',
    text: 'ur so fit for 13, bet u look better without the hoodie',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN (after blind-14): purging hidden under the running tap',
    text: 'only 400 cals and i threw up tea, ran the tap so dad didnt hear',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-14): stepping in front of a bus thought about',
    text: 'i keep thinking about stepping in front of the train on the way home',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-14): whether a fall from a floor kills',
    text: 'would falling from the 6th floor kill you',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-14): cut too deep, an accident story told at hospital',
    text: 'ended up at the hospital cos i went too deep, told the nurse it was a tin',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-14): a note written in an English lesson',
    text: 'wrote my note during english, we were meant to be doing poems',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FP (after blind-14): a sister's wedding abroad told to the school",
    text: 'my sisters getting married in bangladesh so ill miss the last week, mum rang the office',
    expect: null,
  },
  {
    name: "FP (after blind-14): a class collecting for a teacher's leaving present",
    text: 'were collecting for a leaving present for our form tutor, dont tell her its a surprise',
    expect: null,
  },
  {
    name: 'FP (after blind-14): the legal age for a lottery ticket',
    text: 'how old do you have to be to buy a lottery ticket',
    expect: null,
  },
  {
    name: 'FP (after blind-14): drunk from kombucha',
    text: 'can you actually get drunk from kombucha',
    expect: null,
  },
  {
    name: 'FP (after blind-14): how long a ghost must be dead',
    text: 'how long do you need to be dead to become a ghost, for my story',
    expect: null,
  },
];

regressionTable('session-13 lead regressions', rows);
