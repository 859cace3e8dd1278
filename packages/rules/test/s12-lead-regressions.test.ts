// Session-12 regressions from the lead, from the spent sets' misses: a rule's exception written for
// an idiom ("u owe me a favour", "going to marry him when im older", "ur gonna smash them" before
// exams) must not swallow the risk it sits beside (a phone topped up, a marriage the pupil may not
// refuse, a threat with "dont test us"); named proscribed groups sought; secrecy that is not
// negation ("dont tell mum, wear the dress he bought"); means researched; notes left to be found.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a favour owed for a phone top-up (the "owe me a favour" idiom is no exception beside a gift)',
    text: 'topped up ur phone again babe, so now u owe me a favour',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a coke bought, one owed',
    text: 'i got you a coke at lunch so you owe me one',
    expect: null,
  },
  {
    name: 'FN: a marriage to a cousin the pupil may not refuse ("going to marry ... when i" is not a wish)',
    text: 'my nan says im going to marry my cousin when i finish year 11 and i cant say no',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: "dont test us" after a threat to batter is not exam encouragement',
    text: 'tell miss and we will batter u behind the bus stop again, dont test us',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: a threat beside an exam is still a threat (exam encouragement is only for "smash")',
    text: 'im gonna batter him after the maths exam, watch',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: "ur gonna smash them" before exams',
    text: 'good luck in ur mocks tomorrow, ur gonna smash them',
    expect: null,
  },
  {
    name: "FN: a proscribed far-right group's videos sought",
    text: 'those sonnenkrieg videos go hard, who has more',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a proscribed Islamist group looked for',
    text: 'is al muhajiroun still active, where do i find them',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a lesson on proscribed groups',
    text: 'prevent lesson today: al muhajiroun was banned as a terrorist organisation',
    expect: null,
  },
  {
    name: 'FN: an overdose threshold asked for a street drug',
    text: 'how many pregabs is too many',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: what dying by a means feels like',
    text: 'what does it feel like right before you die by drowning',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: executions in a history lesson',
    text: 'history homework: when was death by hanging abolished in britain',
    expect: null,
  },
  {
    name: 'FN: a letter left for a parent to find, with the phone unlocked',
    text: 'reminder: wipe my history and leave the phone unlocked so dad finds the note first',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a stay at a coach's home kept from the team",
    text: 'coach says i can sleep at his after the tournament but i mustnt tell the others, dont tell the others ok',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: "dont tell mum" before a meeting instruction is secrecy, not negation',
    text: 'meeting him by the station 6pm, dont tell mum, wear the skirt he sent',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: "the cut" a young girl is taken abroad for',
    text: 'they are taking my little cousin back home in the holidays for the cut, shes 7',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: making the cut for a team',
    text: 'my sister made the cut for the county netball squad this summer',
    expect: null,
  },
  {
    name: 'FN (severity): a threat to a teacher said to be meant, beside a detention',
    text: 'gonna deck mr patel after detention, im not joking',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a weapon regretted, promised for next time',
    text: 'shouldve brought the bat yesterday, next time i will',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: living on diet coke beside dizziness (restriction written as "nothing but")',
    text: 'had nothing but black coffee since monday and i keep seeing stars when i stand up',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: a father\'s hands round a mother\'s neck, heard ("hands are round")',
    text: 'dads hands are round mums neck again i can hear her through the wall',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: love to everyone, then "its better this way"',
    text: 'just wanted to say i love you all. its better this way',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a break-up "better this way"',
    text: 'we broke up last night but honestly its better this way',
    expect: null,
  },
  {
    name: 'FN: a last post thanking the few who were kind',
    text: 'final post. thank you to the 2 people who were always nice to me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: dying as the way out of exams',
    text: 'if i die tonight at least i wont have to sit my mocks',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: dying in a game, the loot kept',
    text: 'if i die in this raid at least i wont lose my loot',
    expect: null,
  },
  {
    name: 'FN: the world better "if i wasnt in it"',
    text: 'honestly the world would be a better place if i wasnt in it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: an injury from a parent explained away at hospital',
    text: 'mum threw her phone at my head, needed stitches, we told the doctors i fell',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: passwords left so a parent can get in after',
    text: 'wrote down all my passwords for mum so she can get into my accounts after',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: how many stab wounds it takes to kill',
    text: 'how many stabs does it take to kill someone',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: stab wounds in Julius Caesar',
    text: 'english homework: in julius caesar how many stab wounds does it take to kill caesar',
    expect: null,
  },
  {
    name: "FN (severity): held against the lockers, phone taken, 'happening again tomorrow'",
    text: 'they shoved me up against the lockers and took my bag, said its happening again tomorrow',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN (severity): pinned down until the pupil pays',
    text: 'the year 11s held me down in the changing rooms and said theyll do it every day until i pay them',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FP: dragged onto the stage for a rehearsal',
    text: 'they dragged me onto the stage to practise the dance for the show',
    expect: null,
  },
  {
    name: 'FN: an imitation rifle taken in to frighten',
    text: 'bringing my brothers bb gun in to scare them on monday',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a drunk girl taken upstairs',
    text: 'she was off her face and couldnt walk and the lads took her upstairs',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a drunk friend looked after',
    text: 'he passed out after the party so we took him upstairs and put him in the recovery position',
    expect: null,
  },
  {
    name: "FN: a pupil's video with a partner going round",
    text: 'the vid of me and my gf is getting sent around, what do i do',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: locked out, sleeping out, told not to come back',
    text: 'locked out again and sleeping on a bench tonight, dad said dont bother coming back',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: locked out without a key',
    text: 'got locked out because i forgot my key, waiting in the car for mum',
    expect: null,
  },
  {
    name: 'FN: asking how to stop a parent hitting',
    text: 'how do you stop your mum hitting you',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a husband found for the pupil abroad',
    text: 'theyve found a husband for me in pakistan and im going after my exams like it or not',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: payment for more pictures like one seen',
    text: 'saw the pic ur mate sent, i will pay u for more like that',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN (severity): a threat 'if you say that again'",
    text: 'ill put u in a coma if u say that again, try me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: the pupil's own exams escaped are no lesson",
    text: 'if i die tonight at least i dont have to sit my exams',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a coach's stay kept from a parent",
    text: 'coach said i can stay at his after the match, just not to mention it to my mum',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a bruise hidden from teachers',
    text: 'whats the best way to cover a bruise so school dont notice',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: stage make-up for a black eye',
    text: 'foundation that will cover up a black eye for the school play, its fake blood and sfx',
    expect: null,
  },
  {
    name: 'FN: parents abroad, a little money left for a child',
    text: 'mum and her bf went to turkey and left me a tenner for the week, im 12',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: "dead good" (UK: very good)',
    text: 'i wish i was dead good at netball like my sister',
    expect: null,
  },
  {
    name: 'FP: a song title, "i dont wanna live forever"',
    text: 'cant stop playing i dont wanna live forever on repeat',
    expect: null,
  },
  {
    name: 'FP: hopeless at a subject',
    text: 'i feel totally hopeless at spanish, can u help me revise',
    expect: null,
  },
  {
    name: 'FP: a pet put down, grieved',
    text: 'our cat had to be put down this morning and i cant stop crying',
    expect: null,
  },
  {
    name: 'FN guard: overwhelmed, "drowning in work", stays a mental-health alert',
    text: 'im so overwhelmed, i feel like im drowning in work and nobody sees it',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FP: a parent's figure of speech over chocolate",
    text: 'dad says ur dead when u get in for eating his biscuits lol',
    expect: null,
  },
  {
    name: 'FN guard: a death threat with a place known stays',
    text: 'ur dead when i see u, i know where u live',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a science task classifying drugs',
    text: 'sort these drugs into stimulants and depressants: caffeine, ketamine, nicotine',
    expect: null,
  },
  {
    name: 'FP: wild mushrooms cooked',
    text: 'made garlic shrooms on toast with the ones we foraged',
    expect: null,
  },
  {
    name: 'FP: "drunk" on sweets',
    text: 'can u get drunk off too many haribo',
    expect: null,
  },
  {
    name: 'FP (severity): starving oneself for a night is an eating-disorder act, not a suicide plan',
    text: 'gonna starve myself tonight so i look good in the photos tomorrow',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN guard: starving oneself "to death" stays a suicide concern',
    text: 'i just want to starve myself to death',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-13): a trapline phone and a drop',
    text: 'got the trapline phone now, gotta be at the bus station by 7 for the drop',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN (after blind-13): skin scratched raw',
    text: 'scratched my legs raw with my nails in maths cos i couldnt cope',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a cat scratched an arm',
    text: 'our kitten scratched my arm to bits, looks so bad',
    expect: null,
  },
  {
    name: 'FN (after blind-13): sleeves in summer with a cover story ready',
    text: 'long sleeves again in this heat, if anyone asks its my eczema',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-13): a plan timed after a birthday',
    text: 'ive planned it for after christmas so my family gets one last nice day with me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN (after blind-13): a partner's threat to kill mum if she leaves",
    text: 'her boyfriend says hell kill her if she leaves him, mum sleeps with a knife under the pillow',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a threat over the lights',
    text: 'dad said hell kill us all if we leave the lights on again lol',
    expect: null,
  },
  {
    name: 'FN (after blind-13): weapons called for at a meeting',
    text: 'link at the park 9pm and bring the blades, the opps are coming',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a knife for fishing bait',
    text: 'going fishing saturday, ill bring the knife for the bait',
    expect: null,
  },
  {
    name: "FN (after blind-13): an adult who wants to be 'my first'",
    text: 'a 26 year old on snap keeps saying he wants to be my first',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN (after blind-13): clothes chosen by an adult travelling to meet',
    text: 'ill get the train down to yours saturday, wear the short skirt i like, ill be outside the station',
    expect: { category: 'grooming', min: 4 },
  },
];

regressionTable('session-12 lead regressions', rows);
