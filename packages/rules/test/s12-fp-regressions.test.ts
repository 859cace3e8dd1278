// Session-12 false alerts on the training corpus's innocent near-twins, fixed where the rule reads
// them: a clean streak of months or years marked as a milestone, "s/h" as "second hand", a low mood
// given an ordinary cause (a subject, homework piling up, the weather, a limb gone to sleep, a pet's
// death), a "want to die" after a slip in front of people, forced marriage in citizenship, a
// tool's blade, a betrayal "stab in the back", hunger in a religious fast,
// a harmless video "filmed", "wasted" after sport, unnoticed when
// gone from a lesson, "died" hair, a defeat on penalties,
// a nickname from a role, a confiscated phone, recovery told as "sober",
// sent out of a room, praise from a grandmother, a scratchcard from nan,
// a last message before a deadline, a burn from curling tongs by accident,
// nerves before a named test, porn sites in the news, a
// party guest list, "gonna die" at a surprise, saving
// room for a roast, told on for a yoghurt. Each row
// is worded afresh (not a training line), with the risky twin where the exception sits close to it.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: a year clean from self-harm marked as a milestone',
    text: 'one year clean from self harm today and my mum took me for pancakes',
    expect: null,
  },
  {
    name: 'FN: a streak told with its urges is no milestone',
    text: 'four months clean from sh but the urges are so loud tonight',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: "s/h" as second hand on a selling post',
    text: 'selling my old hockey stick s/h, dm me if you want it',
    expect: null,
  },
  {
    name: 'FN: "s/h" as self-harm is still read',
    text: 'did s/h again last night and hid it under my sleeves',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: hopeless at a school subject',
    text: 'i feel so hopeless at physics, the circuits topic is doing my head in',
    expect: null,
  },
  {
    name: 'FN: hopeless about the future',
    text: 'i feel so hopeless, theres no point in anything',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: everything grey because of the weather',
    text: 'everything feels grey because its rained all half term, need sun',
    expect: null,
  },
  {
    name: 'FP: numb because a foot went to sleep',
    text: 'i feel numb cos my foot went to sleep in maths',
    expect: null,
  },
  {
    name: 'FP: a slip in class as the reason to "want to die"',
    text: 'i want to die, i called the supply teacher mum in front of everyone',
    expect: null,
  },
  {
    name: 'FN: wanting to die with no slip beside it',
    text: 'i want to die, everyone would be better off',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: forced marriage in a citizenship question',
    text: 'citizenship homework: what is the difference between a forced marriage and an arranged one',
    expect: null,
  },
  {
    name: 'FP: a blade for a lino cutter',
    text: 'need a new blade for my lino cutter before art on friday',
    expect: null,
  },
  {
    name: 'FN: blades hidden from a parent',
    text: 'i keep my blades hidden in my pencil case so mum doesnt find them',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: stabbed in the back by a friend, the idiom',
    text: 'my sister got stabbed in the back by her best friend, she told everyone her secret',
    expect: null,
  },
  {
    name: 'FN: stabbed in the back in the street',
    text: 'my cousin got stabbed in the back outside the chicken shop',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: hunger during a religious fast',
    text: 'ways to stop feeling hungry during ramadan when we have pe',
    expect: null,
  },
  {
    name: 'FN: hunger eased to skip meals',
    text: 'ways to stop feeling hungry so i can skip lunch all week',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a harmless stunt filmed',
    text: 'we balanced a cup on sirs door and filmed it when it fell, he laughed',
    expect: null,
  },
  {
    name: 'FN: an attack filmed by bystanders',
    text: 'they were kicking him by the lockers and everyone just filmed it',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: "wasted" after a school sport',
    text: 'absolutely wasted after the swimming gala, in bed by 8',
    expect: null,
  },
  {
    name: 'FN: drunk at a party',
    text: 'we got absolutely wasted at the party and i cant remember getting home',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: unnoticed when gone from a lesson',
    text: 'nobody would notice if i was gone from the lesson for ten minutes, im going to the library',
    expect: null,
  },
  {
    name: 'FN: unnoticed if gone, with nothing ordinary beside it',
    text: 'nobody would notice if i was gone, i think about it every night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: "died" for dyed hair',
    text: 'no one would care if i died my hair green for the summer',
    expect: null,
  },
  {
    name: 'FP: wanting to die after a penalty shoot-out',
    text: 'we lost on penalties in the semi, i want to die',
    expect: null,
  },
  {
    name: 'FP: a helpline described for others',
    text: 'in pshe we heard about a text line young people can contact if theyre feeling suicidal',
    expect: null,
  },
  {
    name: 'FP: a nickname from a part in the school play',
    text: 'everyone keeps calling me "grandad" since i played the old man in the christmas play lol',
    expect: null,
  },
  {
    name: 'FN: a name called for being poor',
    text: 'everyone keeps calling me "tramp" cos my mum cant afford the trip',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a teacher confiscating a phone under the school rule',
    text: 'sir takes my phone every time it buzzes in class, fair enough',
    expect: null,
  },
  {
    name: 'FN: a teacher taking a phone to read messages out',
    text: 'sir takes my phone and reads my messages out to everyone',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: years sober from self-harm',
    text: 'two years sober from self harm this week, never thought id say that',
    expect: null,
  },
  {
    name: 'FP: sent out of the kitchen by a parent',
    text: 'mum kicked us out of the kitchen cos she was wrapping presents',
    expect: null,
  },
  {
    name: 'FN: kicked out of home by a parent',
    text: 'mum kicked me out last night and i slept at the bus stop',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a grandmother praising maturity',
    text: 'youre so mature for 12 my nan said when i looked after my cousins',
    expect: null,
  },
  {
    name: 'FN: a coach praising maturity with secrecy',
    text: 'my coach says im so mature for 12 and we should keep our chats private',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a scratchcard in a Christmas stocking from nan',
    text: 'got a scratchcard in my stocking from nan, won a fiver',
    expect: null,
  },
  {
    name: 'FP: a last message before a deadline',
    text: 'sir this is my last message before the deadline, the essay is attached',
    expect: null,
  },
  {
    name: 'FN: a last message with nothing ordinary after it',
    text: 'this is my last message, i love you all, im sorry',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a last post on an account being left',
    text: 'this is my last post on this account, find me on my new one',
    expect: null,
  },
  {
    name: 'FP: a burn from curling tongs by accident',
    text: 'burnt my neck with the curling tongs by accident before the party, ouch',
    expect: null,
  },
  {
    name: 'FN: a burn told as an accident to cover it',
    text: 'burnt my arm with the straighteners on purpose and told mum it was an accident',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: nerves before a driving theory test',
    text: 'i feel sick with nerves before my theory test on saturday',
    expect: null,
  },
  {
    name: 'FN: sick every morning before school',
    text: 'i feel sick every morning before school and my chest goes tight',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: porn sites in the news',
    text: 'the online safety act means porn sites need proper age checks, it was on the news',
    expect: null,
  },
  {
    name: 'FN: porn sites looked for',
    text: 'whats the best free porn site that doesnt ask your age',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: a list of guests for a party',
    text: 'ive made a list of everyone coming to my party saturday, ur on it obviously',
    expect: null,
  },
  {
    name: 'FN: a list kept for revenge',
    text: 'ive made a list of everyone who laughed at me and they will pay for it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: "gonna die" at a surprise',
    text: 'my brother is gonna die when he opens his present, its the signed shirt',
    expect: null,
  },
  {
    name: 'FN: "ur dead" with a time and place',
    text: 'ur dead when i see u at the bus stop tomorrow, dont think ur safe',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: saving room for a roast',
    text: 'starving myself till sunday dinner, nan is doing yorkshire puddings',
    expect: null,
  },
  {
    name: 'FN: starving oneself till a trip',
    text: 'starving myself till the school trip so i look thin in the photos',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: told on for eating the last of something',
    text: 'my sister told mum i ate the last yoghurt, snitch',
    expect: null,
  },
];

regressionTable('session-12 false-alert regressions', rows);
