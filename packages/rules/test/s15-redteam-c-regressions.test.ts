// Session-15 regressions from red-team helper "c" (violence, extremism, drugs, bullying,
// discrimination, gambling), written fresh and not from any evaluation set: a weapon hinted at as
// "something" brought so the ones starting on the writer stop, a loaded sock, the price of a
// fighting knife asked quietly, a secret route into Syria, cutting a drug to sell more, prescription
// drugs sought without a script, "a nang", lean with friends, a debt to a bookie; and what stays
// quiet: a machete for the garden, an earthquake video, a phone taken in a lesson, a pet's account.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: something brought in so they stop starting',
    text: 'taking summat in on monday so them lot stop testing me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: something brought so they stop asking for food',
    text: 'bringing something to eat monday so they stop asking for my crisps',
    expect: null,
  },
  {
    name: 'FN: a padlock in a sock for someone',
    text: 'i keep a padlock in my sock bag for him if he starts again',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a sock of rice heated for a sore neck',
    text: 'my nan heats a sock filled with rice for her neck',
    expect: null,
  },
  {
    name: 'FN: a fighting knife priced quietly',
    text: 'how much would a rambo knife be, need it on the low',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a machete priced for the allotment',
    text: 'how much is a machete for the allotment brambles',
    expect: null,
  },
  {
    name: 'FN: a secret route into Syria',
    text: 'whats the quickest route to syria from birmingham so my family dont know',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a Syria route in a news story about aid',
    text: 'the aid convoy took the route into syria from turkey, the news said',
    expect: null,
  },
  {
    name: 'FP: an earthquake video from Christchurch',
    text: 'our teacher showed the christchurch earthquake footage from 2011',
    expect: null,
  },
  {
    name: 'FN: cutting a drug to make the bags go further',
    text: 'stepping on the charlie with lidocaine so i make more',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: baking soda in a science experiment',
    text: 'mixing it with bicarbonate of soda and vinegar for the volcano',
    expect: null,
  },
  {
    name: 'FN: prescription drugs sought without a script',
    text: 'anyone know where to get tramadol with no prescription',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a pharmacist on prescriptions',
    text: 'the pharmacist said you cant buy diazepam without a prescription',
    expect: null,
  },
  {
    name: 'FN: a nang taken',
    text: 'cracked a few nangs at the skatepark last night',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: nang as slang for good',
    text: 'that pizza was nang fr',
    expect: null,
  },
  {
    name: 'FN: lean with the mandem',
    text: 'sippin lean at his later with the mandem',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: getting lean for the holiday',
    text: 'getting lean before the holiday, cutting out sugar',
    expect: null,
  },
  {
    name: 'FN: a spiked vape passed round',
    text: 'some kid sold my mate a wax pen and she blacked out in science',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: a warning letter about spiked vapes',
    text: 'the school letter warns parents that spice vapes can make children collapse',
    expect: null,
  },
  {
    name: 'FN: a debt to a bookie',
    text: 'my dad owes the bookies loads and men came round last night',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: a phone taken by a teacher in a lesson',
    text: 'they took my phone in maths and i only get it back at home time',
    expect: null,
  },
  {
    name: 'FP: a pet account posting its pictures',
    text: 'started an insta for my cat and posted her pics lol',
    expect: null,
  },
  {
    name: 'FN: a deadline with "or we come for you"',
    text: 'bring the money by tmrw or were pulling up on you, last warning',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a deadline before a rematch',
    text: 'practise all week cos saturday were coming for you in the rematch',
    expect: null,
  },
  {
    name: 'FN: kept out of a game for skin colour',
    text: 'the year 5s said he cant join their game cos hes black',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a black belt kept out of a round',
    text: 'he cant enter the beginners round because hes a black belt',
    expect: null,
  },
  {
    name: 'FN: the Siege book asked for by author',
    text: 'where can i read siege by james mason online',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: crack cooked at home',
    text: 'my uncle keeps making crack in the kitchen when mum is out',
    expect: { category: 'drugs', min: 4 },
  },
];

regressionTable('session-15 redteam-c regressions', rows);
