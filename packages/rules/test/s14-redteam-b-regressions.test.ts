// Session-14 regressions from red-team helper b: severity-4 concerns written fresh (not from any
// evaluation set) that no rule held: an undressed picture bought with credit, a claimed child
// who sounds like a man, a sexual video asked for, groping told in the plural, touching while
// asleep, a pupil asking whether it was rape, a pupil held down and stripped on camera, a building
// to be burnt, a list of people to kill, acid as a verb, places of worship searched as targets, a
// dealer's threat over money; then a second round: spice or pills and a body out of control, money
// owed for drugs, a man saying he is touching himself, a mother's partner calling a child sexy, sex
// a pupil cannot remember, weapons brought to a faith or LGBT place. Each rule has a risky row and, where it has one, an innocent reading.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: credit offered for a topless picture',
    text: 'this guy from the game says hell send me a 20 quid gift card if i take a pic with my top off',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a photo with a new top on, and its price',
    text: 'send a photo with the new top on so i can see if its worth 30 quid',
    expect: null,
  },
  {
    name: 'FN: a claimed 14-year-old who sounds like a grown man',
    text: 'he told me hes fourteen but when we called he had a deep voice and kept asking if i was alone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a younger brother who claims to be older',
    text: 'my cousin says hes 12 but he looks about 8 and cries when he loses at uno',
    expect: null,
  },
  {
    name: 'FN: a sexual video asked for',
    text: 'he asked her for a vid where she is naked and said he would delete it straight after',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: girls groped, told in the plural',
    text: 'the boys in year 11 keep touching girls boobs on the stairs and the teachers do nothing',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: touched while passed out',
    text: 'i think i got felt up when i passed out at jacks party and i cant remember who',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: touched by kindness',
    text: 'we were all so touched by the cards people sent when grandad was in hospital asleep for days',
    expect: null,
  },
  {
    name: 'FN: a pupil asking whether it was rape',
    text: 'would it count as rape if i was asleep when it started',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: whether a rugby tackle is assault',
    text: 'is it assault if i push someone over in a rugby tackle',
    expect: null,
  },
  {
    name: 'FN: held down and stripped on camera',
    text: 'three of them held me down on the field and pulled my shorts down while someone recorded',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: trousers pulled off a toddler',
    text: 'my little brother pulled his trousers off in the garden and mum filmed him running round lol',
    expect: null,
  },
  {
    name: 'FN: a building to be burnt',
    text: 'swear down if they exclude me im gonna torch the science block',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a kitchen burnt in a game',
    text: 'going to burn the house down in minecraft with lava again',
    expect: null,
  },
  {
    name: 'FN: a list of people to kill',
    text: 'found a page in his book with a list of kids to stab and my name is on it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a list of people to invite',
    text: 'making a list of kids to invite to the bowling party on saturday',
    expect: null,
  },
  {
    name: 'FN: acid as a verb with the means',
    text: 'she deserves to get acid attacked, im gonna acid her face with the stuff from my dads shed',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: places of worship near the writer searched with an attack word',
    text: 'mosques near me that are easy targets',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: places of worship near the writer for a visit',
    text: 'gurdwaras near me that do langar on sundays for the re trip',
    expect: null,
  },
  {
    name: 'FN: a kill list of a faith',
    text: 'they shared a target list of local synagogues in the channel',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a dealer threatening over money owed',
    text: 'my plug said hell stab me if i dont have his money by the weekend',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: a car dealer and a payment date',
    text: 'the car dealer said my dad has to pay the rest by monday',
    expect: null,
  },
  {
    name: 'FN: spice smoked and a body out of control',
    text: 'my mate had some spice behind the leisure centre and hes shaking and his eyes keep rolling back',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: money owed for drugs and men at the door',
    text: 'my sister owes these lads loads for weed and they keep turning up outside at night',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: a teenager out for hours at sport',
    text: 'my daughter keeps disappearing for hours at training and came back with new boots she bought with her birthday money',
    expect: null,
  },
  {
    name: 'FP: a rope swing over a river',
    text: 'we had the best day of the rope swing over the river, everyone got soaked',
    expect: null,
  },
  {
    name: 'FN: a man messaging that he is touching himself',
    text: 'some guy from the fortnite lobby keeps telling me hes rubbing himself when he hears my voice',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: a mother's partner calling a child sexy",
    text: 'my mums boyfriend keeps telling me im so sexy when she goes to work',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a stepfather and fitness',
    text: 'my stepdad says im getting fit from all the football training this season',
    expect: null,
  },
  {
    name: 'FN: sex the pupil cannot remember',
    text: 'i passed out at the house party and now people are saying me and him hooked up, i was so drunk',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a quiz a pupil cannot remember',
    text: 'my friend says we had sex ed in year 6 but i honestly dont remember it',
    expect: null,
  },
  {
    name: 'FN: a gathering told to bring weapons to a faith place',
    text: 'the group wants to raid the synagogue on saturday, bring knives',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: tools brought to a mosque for a clean-up',
    text: 'bring your tools to the mosque on sunday, we are fixing the fence for the community day',
    expect: null,
  },
  {
    name: 'FN: a partner at university who controls a year-8 pupil',
    text: 'im his gf and hes at university, he gets mad if i message any boys',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a sibling at university',
    text: 'shes at uni in leeds and im in year 10, my sister says its really fun',
    expect: null,
  },
  {
    name: 'FN: a partner who keeps pushing for nudes',
    text: 'my boyfriend keeps begging me to send nudes and sulks for days when i say no',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: kept in a bedroom until she kissed him',
    text: 'he didnt let her out of his bedroom till she kissed him, she told me at lunch',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: kept at the table until the homework was done',
    text: 'dad wont let me out of the house until i did my chores, so unfair',
    expect: null,
  },
  {
    name: 'FN: a threat to cave a head in, reported',
    text: 'he told my brother hell stamp his head in if he grasses',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a fall from a trampoline',
    text: 'get off the trampoline before you crack your head open, will you',
    expect: null,
  },
  {
    name: 'FN: pills to be slipped into a drink to harm',
    text: 'how much poison would it take to make her sick if i put some in her juice',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: medicine mixed into food for a pet',
    text: 'i have to crush the tablets into his food every morning because the dog hates pills',
    expect: null,
  },
];

regressionTable('session-14 redteam-b regressions', rows);
