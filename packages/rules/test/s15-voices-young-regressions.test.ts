// Session-15 voices-young regressions: rules written after a probe of young children (8-12) in
// their own words and of pupils' searches (praying not to wake up, a way of dying told as an
// escape from school, lunch binned to get thin, whole meals stopped with pride, a stranger online
// asking about a child's school and walk home, a family friend's sweets with a secret, a "nuddy"
// picture of a classmate sent round, a parent with a knife in a fight, a carer's "funny
// cigarettes" or white powder, setting fire to the school, an edible from an older child) and
// the innocent readings of the same words. Worded apart from the probe's lines. Each row a text,
// the category and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: praying at bedtime never to wake up',
    text: 'i pray to god every night that i wont wake up tomorrow',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: hoping not to wake the baby',
    text: 'i hope i dont wake up the baby when i go downstairs for water',
    expect: null,
  },
  {
    name: 'FN: running into the road so as never to go back to school',
    text: 'i might run out in front of the traffic so i dont have to go to that school ever again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a swim in the lake to cool off',
    text: 'we went swimming in the lake to cool off after football',
    expect: null,
  },
  {
    name: 'FN: a sandwich hidden so the dinner ladies do not see, to be thin',
    text: 'i hide my sandwich under the table so the dinner ladies dont see and i can be thinner',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a lunch given to a friend who forgot hers',
    text: 'i gave my packed lunch to my friend because she left hers on the bus',
    expect: null,
  },
  {
    name: 'FN: meals stopped and fruit all day, with pride',
    text: 'i dont have breakfast or dinner anymore, just a banana every day and im proud',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: two meals missed on a busy day',
    text: 'i didnt have lunch or tea yesterday because the coach broke down on the motorway',
    expect: null,
  },
  {
    name: 'FN: a stranger in a game asking whether a child walks home alone',
    text: 'an older boy on minecraft keeps asking if i walk home on my own',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a classmate asking what time to play',
    text: 'my best friend asked what time i get home so we can go on fortnite',
    expect: null,
  },
  {
    name: 'FN: a neighbour giving money with a secret',
    text: 'our neighbour gives me money every week and says its our special secret',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a neighbour giving sweets at halloween',
    text: 'the lady next door gave me sweets when we went trick or treating',
    expect: null,
  },
  {
    name: 'FN: a nuddy picture of a girl sent round the class chat',
    text: 'someone put a nuddy pic of a girl from our class in the group chat',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a parent holding a knife while shouting',
    text: 'my dad picked up a knife when him and mum was fighting and i was so scared',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a parent with a knife to slice bread',
    text: 'my dad picked up the knife to cut the bread while we were arguing about homework',
    expect: null,
  },
  {
    name: 'FN: a carer snorting powder',
    text: 'my stepdad snorts the white stuff in the kitchen and then goes mad',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: setting fire to the school',
    text: 'i am going to set fire to the school when everyone has gone home',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: an edible from an older child',
    text: 'had a gummy from a year 10 boy and my head went all fuzzy and floaty',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a fond nickname for smiling',
    text: 'my friends all call me sunshine because im always happy',
    expect: null,
  },
  {
    name: 'FP: robux from a stranger for winning a race',
    text: 'a random guy gave us robux for winning the obby and left the server',
    expect: null,
  },
  {
    name: 'FP: no food in, so a takeaway ordered',
    text: 'there was no food in the house after the holiday so dad ordered us a pizza',
    expect: null,
  },
  {
    name: 'FN (second probe): a sibling tried to drown himself',
    text: 'my step brother tried to drown himself in the bath last week',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (second probe): tablets kept back to swallow in one go',
    text: 'i have been keeping loads of paracetamol in my sock drawer to have them all in one go',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP (second probe): stickers collected to swap at once',
    text: 'im collecting all my stickers so i can swap them all at once on friday',
    expect: null,
  },
  {
    name: 'FN (second probe): nobody would care after a jump',
    text: 'no one would care if i jumped off the multi storey car park',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP (second probe): nobody noticing a fall asleep',
    text: 'nobody would notice if i fell asleep in assembly',
    expect: null,
  },
  {
    name: 'FN (second probe): heaven after killing oneself asked',
    text: 'would god be angry with me if i killed myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (second probe): a dinner said to be eaten and binned',
    text: 'i told my mum ive eaten my tea but really i put it in the bin',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (second probe): hunger pangs searched',
    text: 'how can i stop feeling hungry all day at school',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (second probe): photos of toes for coins',
    text: 'this person on discord gives me coins for photos of my toes',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN (second probe): a mum's partner squeezing her throat",
    text: 'her boyfriend had his hands round her throat in the kitchen and she was crying',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP (second probe): a hug round the neck',
    text: 'my nan put her arms around my neck for a hug at the station',
    expect: null,
  },
  {
    name: 'FN (second probe): days with no food and a parent asleep',
    text: 'we have not had any food since saturday, dad just stays asleep',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN (second probe): a baby left in a child's care all night",
    text: 'my mum went out clubbing till the morning so i was putting my baby sister to bed',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP (second probe): a parent at work and a grandparent minding',
    text: 'dad is away overnight for work so nan is looking after us',
    expect: null,
  },
];

regressionTable('session-15 voices-young regressions', rows);
