// Session-13 regressions from the rules-fp pass over the rules' false alerts on the training
// corpus's innocent near-twins (round 12: harm at home, trusted adults, low mood): the ordinary
// reading a rule missed (an accident at the cooker, a film genre, a sibling after a nightmare),
// each beside its risky twin where the fix sits close to it. Own wording: no corpus or
// evaluation line is copied. Each row a text, the category and the least severity it must reach,
// or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: the writer burnt their own hand baking, a parent nearby',
    text: 'i burnt my fingers on the oven tray baking brownies, dad got the burn gel out',
    expect: null,
  },
  {
    name: 'FN: a parent burning the child at the cooker stays a concern',
    text: 'my stepdad burnt my hand on the hob cos i touched his food',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: sent out of a room without "of"',
    text: 'dad kicked me out the lounge cos i was singing during the match',
    expect: null,
  },
  {
    name: 'FP: a sibling made to watch a film genre',
    text: 'my big brother made me watch scary movies with him and now i cant sleep lol',
    expect: null,
  },
  {
    name: 'FN: made to watch videos by a stepbrother stays a concern',
    text: 'my stepbrother makes me watch videos with him when mum is out and i dont like it',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a small brother in bed after a nightmare',
    text: 'my little brother gets into my bed at night when he has a nightmare, hes 5',
    expect: null,
  },
  {
    name: 'FP: a lap to steer a tractor from',
    text: 'my grandad makes me sit on his lap to steer the tractor round the yard',
    expect: null,
  },
  {
    name: 'FP: FGM named in a lesson on the law',
    text: 'we talked about fgm in tutor time and that its against the law',
    expect: null,
  },
  {
    name: 'FP: a novel about a forced marriage',
    text: 'reading a book about a girl who escapes a forced marriage, so good',
    expect: null,
  },
  {
    name: 'FP: a teacher praising maturity at a piece of work',
    text: 'my music teacher said im mature for my age at sight reading and gave me harder pieces',
    expect: null,
  },
  {
    name: 'FN: a teacher praising maturity beside secrecy stays a concern',
    text: 'my music teacher says im mature for my age and not to tell my mum we text at night',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FP: offering money for a pupil's old console games",
    text: 'ill give you 20 quid for your old switch games if theyre not scratched',
    expect: null,
  },
  {
    name: 'FP: crying at the ending of a favourite show',
    text: 'i cried myself to sleep after the finale of my favourite show, best ending ever',
    expect: null,
  },
  {
    name: 'FN: crying oneself to sleep with no cause named stays',
    text: 'i cry myself to sleep every night and nobody knows',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a bag heavy with books',
    text: 'everything is so heavy in my rucksack, 5 textbooks and a pe kit',
    expect: null,
  },
  {
    name: 'FP: the most painless way to get ears pierced',
    text: 'which is the most painless way to get your ears pierced, gun or needle',
    expect: null,
  },
  {
    name: 'FP: jumping off the diving board at the pool',
    text: 'my mate said shes going to jump off the high board after school at swimming',
    expect: null,
  },
  {
    name: 'FP: a fork threatened over chips',
    text: 'ill stab you with my fork if you nick one more chip',
    expect: null,
  },
  {
    name: 'FN: a knife threat stays',
    text: 'ill stab you if you say that again, watch',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a nickname from winning a quiz',
    text: 'they keep calling me brainbox every day in form since i won the quiz',
    expect: null,
  },
  {
    name: 'FP: a fake account for a class pet',
    text: 'someone made a fake insta for our class pet and it has more followers than me',
    expect: null,
  },
  {
    name: 'FP: a disappointment to a fantasy football team',
    text: 'im such a disappointment to my fantasy team this week, captained a keeper',
    expect: null,
  },
  {
    name: "FP: hating oneself for eating a sister's chocolate",
    text: 'i hate myself so much for eating my sisters last crunchie',
    expect: null,
  },
  {
    name: "FN: a disappointment to one's family stays",
    text: 'im such a disappointment to my family',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a loser at a board game, with a rematch',
    text: 'youre such a loser at monopoly, rematch at christmas',
    expect: null,
  },
  {
    name: 'FN: a loser nobody likes stays an insult',
    text: 'ur such a loser, no one even likes u',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: safety advice on being asked to keep secrets or send pictures',
    text: 'our form tutor said if someone online asks you to keep secrets or send pictures, tell a trusted adult',
    expect: null,
  },
  {
    name: 'FP: homework held back between friends',
    text: 'if u dont send me the homework by 8 ill tell everyone u still watch peppa pig lol',
    expect: null,
  },
  {
    name: 'FN: more pictures demanded under threat stays sextortion',
    text: 'if u dont send me more pics ill show everyone the ones u sent',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: scared to go home over a smashed phone and a cross mum',
    text: 'im scared to go home, i smashed my phone screen and mum is gonna be so cross',
    expect: null,
  },
  {
    name: "FP: scared of a parent's driving",
    text: 'im scared of my dad when he drives, he brakes so late',
    expect: null,
  },
  {
    name: 'FN: scared to go home from a violent stepdad stays',
    text: 'im scared to go home, my stepdad hits me when hes drunk',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: 1488 as a year',
    text: '1488 was the year the town got its market charter, says the sign',
    expect: null,
  },
  {
    name: 'FN: 1488 as a greeting beside white race stays',
    text: '1488 lads, the white race forever',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a cake knife packed for a party',
    text: 'my nan packed a cake knife in my bag for the party',
    expect: null,
  },
  {
    name: "FN: a knife in a pupil's bag at school stays",
    text: 'hes got a knife in his bag, he showed me at break',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: learning why homemade explosives are dangerous',
    text: 'we learnt in chemistry why homemade explosives are so unstable',
    expect: null,
  },
];

regressionTable('session-13 rules-fp regressions', rows);
