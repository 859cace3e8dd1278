// Session-14 regressions from the rules-fp pass over the rules' false alerts on the training
// corpus's innocent near-twins: the ordinary reading a rule missed (a way out told after a hard
// time, ...), each beside its risky twin where the fix sits close to it. Own wording: no corpus
// or evaluation line is copied. Each row a text, the category and the least severity it must
// reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: low mood told with the help that worked',
    text: 'i felt really numb after we lost our dog but talking to my nan helped loads',
    expect: null,
  },
  {
    name: 'FP: past suicidal thoughts, glad to have told someone',
    text: 'i had suicidal thoughts in year 9 and im so glad i told my form tutor, things are good now',
    expect: null,
  },
  {
    name: "FP: a friend's past crisis, she got help and is well",
    text: 'my cousin told me she wanted to end it back in year 10, she got help and shes doing brilliantly at uni',
    expect: null,
  },
  {
    name: 'FN: a friend who got help but wants to end it now stays a concern',
    text: 'my cousin got help from camhs but she says she wants to end it this weekend',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a thank-you note for getting through a dark time',
    text: 'thank you sir, in year 10 i was in such a dark place and you helped me get through it',
    expect: null,
  },
  {
    name: 'FN: a dark place now, with no way out told, stays',
    text: 'im in such a dark place and nothing helps anymore',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: not wanting to wake up for an early alarm',
    text: 'dont want to wake up tomorrow, 5am alarm for the ski trip coach',
    expect: null,
  },
  {
    name: 'FP: sleep and not wake up till lunchtime after a late night',
    text: 'gonna go to sleep and not wake up till lunchtime, the party went on forever',
    expect: null,
  },
  {
    name: 'FP: wanting a break, the end of term longed for',
    text: 'i just want to sleep forever rn, the end of term cant come soon enough',
    expect: null,
  },
  {
    name: 'FN: not wanting to wake up, with the means ready, stays',
    text: 'i dont want to wake up tomorrow and ive saved up the tablets',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: sleep forever said plainly stays',
    text: 'i just want to go to sleep and never wake up again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "lie in" the verb (in the road) is no lie-in and stays',
    text: 'i dont want to wake up tomorrow, im going to lie in the road till a car comes',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: "sugar daddy" as a joke about a grandad who spoils',
    text: 'my grandads basically a sugar daddy, he buys me a milkshake every time we go to town',
    expect: null,
  },
  {
    name: 'FN: a sugar daddy who is an older man stays a concern',
    text: 'my mate has a sugar daddy off snap, hes 38 and sends her money',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: online-safety advice to tell an adult',
    text: 'rule number one: if anyone online asks where you live, screenshot it and tell a trusted adult',
    expect: null,
  },
  {
    name: 'FN: talking to an adult online who asks for pics stays',
    text: 'i talk to an adult on snap and he keeps asking for pics of me',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a parent winning a board game',
    text: 'my stepmum beats me at monopoly every christmas, shes ruthless with the hotels',
    expect: null,
  },
  {
    name: 'FN: a parent beating the child in a room at home stays',
    text: 'my stepmum beats me in my room when dad is at work',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FP: a game's kill by a family member",
    text: 'my uncle beat me with a no scope on cod and wont stop going on about it',
    expect: null,
  },
  {
    name: 'FP: a cushion fight with a parent',
    text: 'dad hit me with a cushion during the film cos i kept talking lol',
    expect: null,
  },
  {
    name: 'FP: a young carer who goes to a young carers group',
    text: 'i care for my mum cos shes ill a lot, the young carers group took us to the cinema',
    expect: null,
  },
  {
    name: 'FN: a young carer missing school without support stays',
    text: 'i missed school again because i had to look after my mum, shes really ill',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: a friend posting pictures of her pet',
    text: 'she keeps sending pics of her kitten to the gc and honestly we love it',
    expect: null,
  },
  {
    name: 'FN: pictures of a pupil crying sent round stays',
    text: 'they keep sending pics of her crying round the gc lol',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a parent posting a childhood photo',
    text: 'my dad posted an old photo of me at nursery on facebook, so cringe',
    expect: null,
  },
  {
    name: 'FP: eczema scratched till it bleeds',
    text: 'my eczema is awful this week, scratched my wrists till they bled in my sleep, going to the gp',
    expect: null,
  },
  {
    name: 'FN: eczema as the cover story stays',
    text: 'i scratch my arms till they bleed and tell my mum its just eczema',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a relapse on a diet or an app streak',
    text: 'relapsed on my new years resolution after 2 weeks clean, a whole family bag of crisps',
    expect: null,
  },
  {
    name: 'FN: a relapse after weeks clean, named as self-harm, stays',
    text: 'relapsed last night after 6 weeks clean, used the blade from my sharpener',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: hurt at training with a sprain',
    text: 'i hurt myself a bit at training yesterday, sprained my ankle, no match saturday',
    expect: null,
  },
  {
    name: 'FP: a bath bomb named after "make a bomb"',
    text: 'how do you make a bomb for the bath? we want to do bath bombs for the christmas fair',
    expect: null,
  },
  {
    name: 'FP: pounced on by a little sibling in play',
    text: 'got jumped on by my little sister the second i walked in, she wanted a piggyback',
    expect: null,
  },
  {
    name: 'FN: jumped on the way home by older pupils stays',
    text: 'my little brother got jumped on the way home by some year 11s and they took his phone',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: "kms" about a piece of work, the complaint straight after',
    text: 'kms this geography coursework is due friday and the laptop keeps crashing',
    expect: null,
  },
  {
    name: 'FN: "kms" about a test, then a time and a decision, stays',
    text: 'kms this maths test, tonight im actually doing it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: an empty fridge before the shopping',
    text: 'literally no food in the house, mum says we have to go shopping after her shift',
    expect: null,
  },
  {
    name: 'FN: no food and a parent gone for days stays',
    text: 'theres no food in the house and dad hasnt been back since monday',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a suicide slang word asked about',
    text: 'what does sewer slide even mean, everyone in year 7 keeps saying it',
    expect: null,
  },
  {
    name: 'FN: the slang word used of oneself stays',
    text: 'thinking about sewerslide every night now',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: "ur rank" as a game\'s ranking',
    text: 'whats ur rank in valorant? im stuck in silver lol',
    expect: null,
  },
  {
    name: 'FN: "ur rank" as an insult stays',
    text: 'ur rank and u smell, nobody wants to sit near u',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a self-harm policy on a staff agenda',
    text: 'items for the staff meeting: the updated self-harm policy and the new behaviour points',
    expect: null,
  },
  {
    name: 'FN: self-harm named by the writer stays',
    text: 'i think my self harm is getting worse and i cant stop',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a date picked for a party',
    text: 'finally ive picked a date for my sleepover, mum said yes to the 21st',
    expect: null,
  },
  {
    name: 'FN: a date picked with nothing ordinary named stays',
    text: 'ive picked a date now. nobody will be able to stop me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: knowing exactly how to decorate a room',
    text: 'i know exactly how id decorate my room, fairy lights and a beanbag',
    expect: null,
  },
  {
    name: "FP: a bruise from mum's own sport",
    text: 'my mum got a black eye from her judo class and shes so proud of it',
    expect: null,
  },
  {
    name: 'FN: bruises on mum from a partner stay',
    text: 'mum has bruises again from her boyfriend and i hide in my room',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: hiding from a squabble over the telly',
    text: 'i hide upstairs when my mum and dad argue over the remote, its so boring',
    expect: null,
  },
  {
    name: 'FP: "i know where u live" before a sleepover',
    text: 'i know where u live now! see u friday for the sleepover, bring a sleeping bag',
    expect: null,
  },
  {
    name: 'FN: "i know where u live" with a warning not to tell stays',
    text: 'i know where u live now. see u friday. dont bother telling anyone',
    expect: { category: 'violence', min: 4 },
  },
];

regressionTable('session-14 rules-fp regressions', rows);
