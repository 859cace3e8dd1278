// Session-16 regressions from the lead, for concerns of the spent sets that the retrained text
// model (library 2026.12.49) no longer found and the rules now hold: a drug given free to try,
// then selling some for the giver; a grudge list with "they'll all see"; a named neo-Nazi group a
// son trains with; a hate attack on pupils picked out by who they are; a picture sent to a
// stranger and money now demanded; and what stays quiet: a queue for the toilet, a bake sale, a
// band; and, after blind-19 was scored once, a wish to die and pills 'so you don't wake up' in a
// learner's English, a goodbye letter misspelt, a plate thrown at a parent, a parent on the foil, a
// girl taken abroad for the cutting, bruises hidden from a parent, a meeting without friends, pay
// for pictures, a weapon sought by slang, a beating filmed, a pupil hitting herself, a private story
// captured to share; quiet: a high score beaten, a game of bedwars, a sibling's shampoo; and after
// the model was retrained with learners' English, what it dropped of the fitted sets: a farewell
// that blames no one, ending it if sent back, adults using drugs in a child's room, night visits to
// a child's room, a girlfriend's pictures rated, 'so close' on a car park roof. Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: weed given free, then selling some for the giver at school',
    text: 'have a bit of this for free, then shift a few bags for me in school and ill sort u out',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: selling cakes for a friend at the bake sale',
    text: 'can you sell some for me at the bake sale tomorrow, its for the charity',
    expect: null,
  },
  {
    name: 'FN: a list of people who wound the writer up, and they will see',
    text: 'writing a list of people who wound me up this term. theyre all going to regret it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a list of people to invite',
    text: 'making a list of people to invite to my party, tell me who im missing',
    expect: null,
  },
  {
    name: 'FN: a parent reports a son training with The Base',
    text: 'our son keeps going off to train with the base at weekends, the police mentioned them',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a band called The Base',
    text: 'a band called the base played at the school summer fair',
    expect: null,
  },
  {
    name: 'FN: going to beat up pupils picked out by their race',
    text: 'after school were gonna jump the somali kids by the chippy',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a picture sent to a stranger, now money demanded',
    text: 'sent a naked pic to this guy off snap and now hes saying pay 200 or he posts it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a holiday picture sent to a grandparent',
    text: 'sent a pic of me to my grandma from the beach, she wants more',
    expect: null,
  },
  {
    name: 'FP: a queue for the toilet is not a county line',
    text: 'join the line for lunch, its massive today',
    expect: null,
  },
  {
    name: "FN: a wish to die in a learner's English",
    text: 'teacher i am so tired of the life, i want finish it, i think about it every night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: better to go from this world, told by a pupil',
    text: 'dad say i am only problem so maybe better i go from this world',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: tired of a game and stopping',
    text: 'im tired of this level i want to stop it now and go eat',
    expect: null,
  },
  {
    name: 'FN: how many tablets not to wake up, misspelt',
    text: 'how meny tablats you take so u never wake up again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: melatonin so as not to wake in the night',
    text: 'how much melatonin so i dont wake up in the night, jet lag is awful',
    expect: null,
  },
  {
    name: 'FN: a goodbye letter left under a bed, misspelt',
    text: 'i rote a goodbye leter to my brother and put it under my pillow',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: goodbye letters for a retiring teacher',
    text: 'we wrote goodbye letters to sir for his retirement, he was made up',
    expect: null,
  },
  {
    name: "FN: a plate thrown at mum, in a learner's English",
    text: 'mum boyfriend throw the glass at her again and she crying',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: plates smashed at a Greek wedding',
    text: 'at my cousins greek wedding we threw plates at the floor for luck',
    expect: null,
  },
  {
    name: 'FN: a parent smoking heroin on foil',
    text: 'my dad smoking the brown on the foil in the bathroom and i cant wake him',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: salmon cooked on foil',
    text: 'mum cooks the fish on the foil in the oven on fridays',
    expect: null,
  },
  {
    name: 'FN: taken abroad for the cutting',
    text: 'my aunties want to take me back home to somalia for the cutting this summer',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: how to hide bruises from a parent',
    text: 'how to hide bruises on my legs from my stepdad before pe',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: hiding blu tack marks on a wall',
    text: 'how do i hide the marks on the wall from blu tack before we move',
    expect: null,
  },
  {
    name: 'FN: meet without friends, a gift promised',
    text: 'he say meet me by the station saturday, he buy me a phone, dont bring your friend',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a small party with no plus-ones',
    text: 'its only a small party so dont bring friends, sorry, mum said',
    expect: null,
  },
  {
    name: 'FN: paid on PayPal for pictures',
    text: 'this man keeps paying me on paypal for pics of me is that ok',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a weapon sought by slang name for protection',
    text: 'where can i get a strap round here, need it for protection from the opps',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a video of a pupil being beaten, shared',
    text: 'theres a video of her getting jumped behind the shops going round the year',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a young person punching themselves, in a staff note',
    text: 'Staff note: pupil has been hitting herself on the head when upset, bruising seen',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: "FN: capturing someone's private snap to share it",
    text: 'how do i screenshot her private story without her knowing so i can post it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a friend beat my high score',
    text: 'you legend, you smashed my high score on subway',
    expect: null,
  },
  {
    name: 'FP: murder you in a game of bedwars',
    text: 'im gonna murder you in bedwars later, get ready',
    expect: null,
  },
  {
    name: "FP: a sibling's threat over shampoo",
    text: 'youre dead when i get in, youve used all my conditioner again',
    expect: null,
  },
  {
    name: "FN: a farewell that says none of it was anyone's fault",
    text: 'need u all to know none of this is ur fault, i love u all, bye',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: not your fault we lost the match',
    text: 'it wasnt your fault we lost the final, love you bye x',
    expect: null,
  },
  {
    name: 'FN: ending it if sent back, meant',
    text: 'if they make me go back to my mums im gonna end it, i swear down',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: ending it with a boyfriend',
    text: 'if he ignores me again im gonna end it with him, i mean it',
    expect: null,
  },
  {
    name: "FN: adults using drugs in a child's bedroom",
    text: 'i sleep on the floor cos my dads mates are using my room taking drugs',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: a lodger coming into a child's room at night",
    text: 'the lodger keeps coming into my room at night so i stay awake on my phone',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a step-parent checking the phone is away',
    text: 'my stepdad comes into my room at night to check my phones off, so annoying',
    expect: null,
  },
  {
    name: "FN: a girlfriend's pictures put up to be rated",
    text: 'rate the pics my gf sent me out of 10 lads, dm me',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: up on a car park roof again, so close',
    text: 'was on the top of the car park again tonight, nearly jumped this time',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: so close on the climbing wall',
    text: 'top of the bouldering wall again, so close this time',
    expect: null,
  },
];

regressionTable('session-16 lead regressions', rows);
