// Session-21 regressions from helper fit-l, after blind-27 and blind-28 were scored once: an
// unsent goodbye to one friend with a plea not to let them be blamed; the lists of reasons to
// stay and to go with the first one short; selling everything off because it will not be needed
// after a coming day; a formal note that the writer does not intend to be alive on a date; a
// third party's report of someone saying they will end it, now unreachable; looking up the
// quickest way out after a loss; no point in being alive beside a sport's squad; purging told as
// a routine; a low weight in kilos reached or aimed at; blades taken after an adult saw the arm;
// a friend doubting that someone has stopped self-harming; past self-harm brought back by a
// trigger; hopelessness in a formal register; a friend recalling "you said you felt like a
// burden"; money worry at home; a child's own wedding readied; a parent spending the child's
// money on drink; an adult's age brushed off beside a pick-up from school; gifts from an adult
// kept from a parent; a paid arrangement for requested videos; a victim recounting threats to
// show their school; an adult from an activity liking old posts; sites kept for incognito;
// ranking the fittest girls by body part; a picture sent without the face with a plea not to
// screenshot it. And what stays quiet: a goodbye missed at a station, a choice of sixth form, a
// move abroad, a car park's way out, a dog's sick, a suitcase's weight, a cast on an arm, a
// poem's hopelessness, a surprise present, match videos, an everyday photo teased about, a race's
// fittest runners, face paint, a Hamlet essay, a salute before an unrevised exam, a fringe cut at
// home, a news comment on FGM and a dream of being chased.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and
// the least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-27): an unsent goodbye with a plea not to be blamed',
    text: 'never sending this but tia, im sorry i couldnt say goodbye properly. you were the best friend i ever had. dont let anyone blame you',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a goodbye missed at the station',
    text: 'sorry i didnt say bye properly at the station, the train was leaving. see you at half term',
    expect: null,
  },
  {
    name: 'FN (after blind-27/28): reasons to stay against reasons to go, the first list short',
    text: 'reasons to keep going: my little brother. reasons not to: school, home, me. still cant think of another one for the first list',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: reasons to stay at the school for sixth form',
    text: 'sixth form choices. reasons to stay: my friends and the teachers. reasons to go: the college has better courses',
    expect: null,
  },
  {
    name: 'FN (after blind-28): selling everything off, not needed after a coming day',
    text: 'flogging all my stuff for cheap, xbox, hoodies, the lot. i wont need any of it after this weekend',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: selling everything before a move abroad',
    text: 'selling all my stuff cheap because were moving to canada in june, i wont need any of it after next week',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a formal note, not intending to be alive on a date',
    text: 'Dear Mrs Lowe, please do not expect my essay, as I do not intend to be alive by the due date. Regards, Sam',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-28): a third party reports someone will end it, now unreachable',
    text: 'sorry for posting in the parents group, has anyone seen Ellie? she messaged her brother saying shes going to end it and now shes not answering',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: ending it with a boyfriend',
    text: 'she texted me saying shes going to end it with him, her phone is off now lol',
    expect: null,
  },
  {
    name: 'FN (after blind-28): looking up the quickest way out after a loss',
    text: 'blew all my savings on the betting app, my mum will find out. been looking up the easiest way out',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: the quickest way out of a car park',
    text: 'looking up the quickest way out of the car park so we dont get stuck after the concert',
    expect: null,
  },
  {
    name: 'FN (after blind-28): no point in being alive if not picked for the squad',
    text: 'if the coach doesnt pick me for the county squad i genuinely dont see the point in being alive',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-27): purging told as a routine in a cheerful message',
    text: 'great day at the beach!! still sneaking to the loo after dinner every night to bring it all back up, its the one thing i control. anyway send me the pics',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a dog bringing its food back up',
    text: 'the puppy ate a sock and brought it all back up on the kitchen floor',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a low weight reached in kilos, days of almost nothing',
    text: 'only had water and a few grapes since tuesday and im finally under 44kg, goal is 41 before the holiday',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: "FP: a suitcase's weight before a flight",
    text: 'finally got the suitcase under 23kg, the weight limit is so strict',
    expect: null,
  },
  {
    name: 'FN (after blind-28): blades sought after a parent took them on seeing the arm',
    text: 'anyone got spare razor blades? my dad took all my ones after he noticed my arms',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: an arm seen in a cast',
    text: 'mum saw my arm in the cast and went a bit pale',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a friend doubting that someone has stopped self-harming',
    text: 'saw the bandage pic on your story before you deleted it. you swore you had stopped but i dont believe it',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a friend doubting that someone has stopped vaping',
    text: 'you said you stopped vaping but your bag smells like mango',
    expect: null,
  },
  {
    name: 'FN (after blind-27/28): past self-harm brought back by a trigger',
    text: 'i used to cut in year 7, been fine for ages, but the film in pshe today brought everything back',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a song bringing back a holiday',
    text: 'that song brought it all back, the summer we went to cornwall',
    expect: null,
  },
  {
    name: 'FN (after blind-28): hopelessness in a formal register',
    text: 'I am writing to ask for a referral, as I have been experiencing constant feelings of worthlessness for several months.',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FP: a poem's hopelessness written up",
    text: 'the poet conveys a sense of hopelessness through the imagery of the grey sea',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a friend recalling "you felt like a burden" after days of silence',
    text: 'its been 5 days and youre not online. on friday you said you felt like a burden to everyone, just send a heart',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: a friend named as saying she feels like a burden',
    text: 'my bestie keeps saying she feels like a burden and she wont answer her door',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (after blind-28): hands shaking with nerves before a music exam',
    text: 'piano exam on sunday and my hands keep trembling every time i practise',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FP: hands shaking in the cold',
    text: 'waiting for the bus in the freezing rain, my hands keep shaking',
    expect: null,
  },
  {
    name: 'FN (after blind-27): what is the point of any of it',
    text: 'honestly what is the point of any of it, i cant be bothered with anything',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FN (after blind-27): a child's own wedding readied, the groom never met",
    text: 'mum packed my nikkah outfit for the summer in bangladesh. im 14 and i havent even spoken to him',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FP: an adult's own wedding dress",
    text: 'picking my wedding dress with my sisters on saturday, cannot wait',
    expect: null,
  },
  {
    name: "FN (after blind-28): a parent spending the child's money on drink",
    text: 'dad keeps taking my paper round money for his booze so i cant get lunch',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN (after blind-28): a friend checking after a stepdad was throwing things',
    text: 'are u ok? u said ur stepdad was kicking off and chucking stuff again, then u went quiet. message me when ur safe',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN (after blind-28): a mother's partner coming into the bedroom at night, told formally",
    text: "I need to report that my mother's boyfriend has been coming into my room at night. Please do not tell my mother.",
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN (after blind-27): an adult age brushed off beside a pick-up from school',
    text: 'hes 25 but its fine, hes collecting me from school tomorrow, dont tell my mum',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a cousin picking the child up after school',
    text: 'my cousin is 22, hes picking me up after school because mum is at work',
    expect: null,
  },
  {
    name: 'FN (after blind-28): gifts from a coach kept from a parent',
    text: 'my swimming coach drives me back and gets me stuff but told me not to tell my mum about the presents',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: presents hidden for a birthday surprise',
    text: 'dont tell your mum about the presents, they are for her birthday next week',
    expect: null,
  },
  {
    name: 'FN (after blind-28): a paid arrangement for requested videos',
    text: 'ill cover your trip money, you just carry on sending me the vids i asked for. our little deal x',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: match videos sent on',
    text: 'keep sending me the videos from sports day, theyre so funny',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a victim recounting threats to show their school',
    text: 'not sending: please i cant do one more, you said that one was the last. stop saying youll send it to my school',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a parent teasing about baby photos',
    text: 'dad keeps saying hell show my friends my baby pics lol so embarrassing',
    expect: null,
  },
  {
    name: 'FN (after blind-28): an adult from an activity liking old posts',
    text: 'the linesman from saturday followed me on insta and liked all my old reels',
    expect: { category: 'grooming', min: 2 },
  },
  {
    name: 'FN (after blind-27): sites kept for incognito beside a porn cue',
    text: 'stuff to watch later in private browsing: the orange logo one and the one tom sent',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: recipes looked at in incognito to keep a surprise',
    text: 'recipes to check later in incognito so my sister doesnt see her birthday cake',
    expect: null,
  },
  {
    name: 'FN (after blind-28): ranking the fittest girls in a year by body part',
    text: 'tier list of the fittest girls in year 10, bums and legs out of 10',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: ranking the fittest runners by time',
    text: 'ranking of the fittest girls in the cross country squad by their times this term',
    expect: null,
  },
  {
    name: 'FN (after blind-27): a picture sent without the face, not to be screenshotted',
    text: 'fine ill send one but without my face and dont screenshot it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: face paint photos from a party',
    text: 'not the face paint one lol, ill send the other one from the party',
    expect: null,
  },
  {
    name: 'FN (after blind-28): selling feet pictures told as easy money',
    text: 'selling feet pics is lowkey good money, did 3 this week',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: a character weighing suicide in an essay',
    text: 'english essay: in act 3 hamlet contemplates suicide as a way out of his grief but fears the afterlife',
    expect: null,
  },
  {
    name: 'FP: a salute before an exam not revised for',
    text: 'physics exam is in 3 hours and i havent revised. see you on the other side lads',
    expect: null,
  },
  {
    name: 'FP: a fringe cut at home',
    text: 'my sister has been cutting herself a new fringe in the bathroom mirror, its so wonky',
    expect: null,
  },
  {
    name: 'FP: a news comment on FGM calling for funding',
    text: 'comment on the news article: FGM still happens here and prosecutions are rare, the government must fund the teams that stop it',
    expect: null,
  },
  {
    name: 'FP: a dream of being chased by a man with a knife',
    text: 'had the worst dream, a man started following me with a huge knife and then i woke up screaming',
    expect: null,
  },
];

regressionTable('session-21 fit-l regressions', rows);

// The model may read these too; the rules must reach them on their own.
heldByRulesAlone(rows, [
  ['FN (after blind-27): an unsent goodbye', 'suicide'],
  ['FN (after blind-27/28): reasons to stay against', 'suicide'],
  ['FN (after blind-28): selling everything off', 'suicide'],
  ['FN (after blind-28): a formal note, not intending', 'suicide'],
  ['FN (after blind-28): a third party reports someone', 'suicide'],
  ['FN (after blind-28): looking up the quickest way out', 'suicide'],
  ['FN (after blind-28): no point in being alive if not picked', 'suicide'],
  ['FN (after blind-27): purging told as a routine', 'self-harm'],
  ['FN (after blind-28): blades sought', 'self-harm'],
  ['FN (after blind-28): a friend doubting', 'self-harm'],
  ["FN (after blind-27): a child's own wedding", 'family'],
  ["FN (after blind-28): a parent spending the child's money", 'family'],
  ['FN (after blind-28): a friend checking after a stepdad', 'family'],
  ["FN (after blind-28): a mother's partner", 'family'],
  ['FN (after blind-27): an adult age brushed off', 'grooming'],
  ['FN (after blind-28): gifts from a coach', 'grooming'],
  ['FN (after blind-28): a paid arrangement', 'grooming'],
  ['FN (after blind-27): a victim recounting threats', 'grooming'],
  ['FN (after blind-27): a picture sent without the face', 'sexual'],
]);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-27): a low weight reached', 'self-harm'],
    ['FN (after blind-27/28): past self-harm brought back', 'self-harm'],
    ['FN (after blind-28): hopelessness in a formal register', 'mental-health'],
    ['FN (after blind-28): a friend recalling', 'mental-health'],
    ['FN: a friend named as saying', 'mental-health'],
    ['FN (after blind-27): what is the point of any of it', 'mental-health'],
    ['FN (after blind-27): sites kept for incognito', 'sexual'],
    ['FN (after blind-28): ranking the fittest girls', 'sexual'],
    ['FN (after blind-28): selling feet pictures', 'sexual'],
  ],
  3,
);
heldByRulesAlone(
  rows,
  [
    ['FN (after blind-28): an adult from an activity', 'grooming'],
    ['FN (after blind-28): hands shaking with nerves', 'mental-health'],
  ],
  2,
);
