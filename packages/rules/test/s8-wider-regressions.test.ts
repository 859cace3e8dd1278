// Named regressions of the session-8 'wider' rules (extremism, drugs, gambling, family,
// discrimination, off-task; lexicons in library/lexicons/s8-wider.yaml): each phenomenon widened
// gets rows worded apart from the rules' own examples, with what must happen, and the innocent
// twins that must stay below an alert.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  // Extremism: armed wings, "beautiful" attacks, secret travel, ZOG, Patriotic Alternative.
  {
    name: 'FN: praise of Hamas armed wing by its brigade name',
    text: 'the qassam brigades r actual legends fr',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: the armed wing named in a news report',
    text: 'bbc reported the al qassam brigades said in a statement that the hostages were moved',
    expect: null,
  },
  {
    name: 'FN: an attack called beautiful, wanting more',
    text: 'ngl oct 7 was beautiful, more of that please',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: wanting a repeat of the Christchurch attack',
    text: 'this country needs another christchurch tbh',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: a remembrance of an attack is not praise',
    text: 'the memorial service for the christchurch attack victims was beautiful, never again',
    expect: null,
  },
  {
    name: 'FN: travelling to Syria in secret from parents',
    text: 'how do u get to syria from turkey without ur parents knowing',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: a family visit to Syria',
    text: 'going to syria in the holidays to see my grandma, dont tell anyone its a surprise',
    expect: null,
  },
  {
    name: 'FN: ZOG as a neo-Nazi code',
    text: 'every politician is a zog puppet wake up',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: King Zog of Albania in history',
    text: 'king zog ruled albania until 1939, history revision',
    expect: null,
  },
  {
    name: 'FN: Patriotic Alternative slogan with its stickers',
    text: 'got a pack of white lives matter stickers from PA for round town',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a call to burn a mosque is religious hate as well as extremism',
    text: 'that mosque on the high street should be burned down',
    expect: { category: 'discrimination', min: 4 },
  },
  {
    name: 'FP guard: a church burned in the Great Fire, history',
    text: 'in the great fire of london they had to blow up the church to stop it spreading, history lesson',
    expect: null,
  },
  // Discrimination: "bender" aimed at someone.
  {
    name: 'FN: "bender" aimed at a boy',
    text: 'oi bender get out the changing room',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: a fender bender',
    text: 'mum was late because of a fender bender on the roundabout',
    expect: null,
  },
  {
    name: 'FP guard: a drinking spree (went on a bender)',
    text: 'went on a massive bender at the weekend, still hanging',
    expect: null,
  },
  // Gambling by pupils.
  {
    name: 'FN: a shop that does not ID for scratchcards (the negation cue read "doesnt" as a denial)',
    text: 'the garage on my road never asks for id for scratchies lol',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: scratchcards bought daily',
    text: 'i get a scratchcard every day on the way to school, won a tenner once',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FP guard: a grandparent's weekly lottery ticket",
    text: 'my grandad does the lottery every saturday and never wins',
    expect: null,
  },
  {
    name: 'FN: a sweepstake among pupils for money',
    text: 'euros sweepstake in form, 2 quid a team, winner takes the lot',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: a charity sweepstake',
    text: 'grand national sweepstake for comic relief, £1 a horse, all money to charity',
    expect: null,
  },
  {
    name: 'FN: pupils betting money on a fight',
    text: 'the lads put a tenner each on who wins the fight after school',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: horse-racing nap of the day',
    text: 'anyone know the nap of the day for kempton',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: a nap and horse-riding tips',
    text: 'pony club gave us horse riding tips then i had a nap',
    expect: null,
  },
  {
    name: 'FN: a crypto casino without KYC',
    text: 'roobet no kyc so u can play at 15',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: a probability lesson with dice and a raffle',
    text: 'maths lesson on probability, the raffle at the school fair was £1 a ticket',
    expect: null,
  },
  // Drugs: nitrous canisters, hiding a vape, hiding a smell.
  {
    name: 'FN: balloons off a big canister',
    text: 'had about 20 balloons off the massive pink tank last night',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP guard: a helium tank for a party',
    text: 'balloons off the helium tank for the party, then cake',
    expect: null,
  },
  {
    name: 'FN: where to hide a vape from a parent',
    text: 'best place to hide my lost mary so my dad doesnt find it',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: covering the smell of drink before going home',
    text: 'do mints cover the smell of cider my mum is picking me up',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP guard: the smell of damp',
    text: 'how to get rid of the smell of damp in the bathroom',
    expect: null,
  },
  {
    name: 'FP guard: whippets the dogs',
    text: 'whippets are a breed of dog that can run really fast',
    expect: null,
  },
  // Family: FGM said indirectly, injuries a carer wants hidden, a parent strangled.
  {
    name: 'FN: FGM as being made clean on a trip back home',
    text: 'my aunties said when we go back home in the summer i will be made clean like my cousins',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: a haircut and a PSHE lesson',
    text: 'got my fringe cut for the summer, then pshe on fgm law',
    expect: null,
  },
  {
    name: 'FN: a carer telling the child what to say about marks',
    text: 'my mums boyfriend told me to tell sir i tripped if he asks about the bruise on my face',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: hands round the other parent's neck",
    text: 'woke up and he had his hands round my mums throat, i hid under my bed',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: a soap plot',
    text: 'in eastenders he had his hands round her neck, mum turned it off',
    expect: null,
  },
  // Off-task searches.
  {
    name: 'FN: live football score search',
    text: 'spurs vs villa live score',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN: concert tickets search',
    text: 'olivia rodrigo uk tour tickets',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN: reality TV result search',
    text: 'who got dumped from love island last night',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN: trainer shopping search',
    text: 'sambas on vinted size 5',
    expect: { category: 'off-task', min: 1 },
  },
];

regressionTable('s8 wider regressions', rows);
