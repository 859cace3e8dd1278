// Session-20 regressions from the lead: a pupil's own life told inside school work, in a clause of
// its own after the lesson's heading ("PSHE form: my step dad hits me"), is not lowered by the
// lesson (engine own-voice.ts); a quotation in an essay, the essay's own voice ("I think people
// self-harm because") and a lesson told as "we learnt" still are. A school project named as the
// cover for a how-to question ("asking for a science project") is no lesson (contexts.yaml
// cover-story). A denial ends with its sentence or speaker's turn (context.ts); a song the writer
// takes as their own does not lower what they say (contexts.yaml relates-to-self). A long message
// is also read two sentences at a time by the text model (engine model/windows.ts).
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { heldByRulesAlone, type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: abuse at home told on a PSHE form after its heading',
    text: 'Year 9 PSHE form: my step dad hits me with his belt when he gets drunk',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: underage betting told in citizenship homework',
    text: "citizenship homework: i'm 14 and i bet on the football every weekend on my uncle's account",
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: a county-lines phone told in a homework comment',
    text: "computing homework: my brother's mates gave me a phone and i have to deliver packages for them after school",
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: homelessness told in a science homework comment',
    text: 'science homework comment. cant do the experiment, we got kicked out and im sleeping in my mums car this week',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: cutting told after an essay heading',
    text: 'psychology essay: i keep cutting my arms when i get stressed about exams',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a quotation in an essay, in single quotes',
    text: "english essay: the speaker says 'i want to die' because she lost her lover",
    expect: null,
  },
  {
    name: 'FP: a quotation in an essay, in double quotes',
    text: 'english essay: the speaker says "i want to die" because she lost her lover',
    expect: null,
  },
  {
    name: 'FP: what groomers say, quoted on a worksheet without quotation marks',
    text: 'RSE notes: an abuser will say send me a photo and keep it between us',
    expect: null,
  },
  {
    name: "FN: a threat from home reported in the pupil's own clause",
    text: 'PSHE form: my dad says if i tell anyone he will hurt me',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FP: the essay's own voice about the topic",
    text: 'PSHE homework: I think people self harm because they cannot cope with their feelings',
    expect: null,
  },
  {
    name: 'FP: a lesson told as what we learnt',
    text: 'PSHE: we learnt about self harm today and how to help a friend who is cutting',
    expect: null,
  },
  {
    name: 'FP: a pupil asking the lesson how to help a friend',
    text: 'pshe advice: how do i respond if a friend says they want to unalive themselves?',
    expect: null,
  },
  {
    name: 'FP: notes on a topic under a homework heading',
    text: 'RE homework: my notes on forced marriage. It is when someone is made to marry against their will',
    expect: null,
  },
  {
    name: 'FN: a how-to for a weapon with a school project as its cover',
    text: 'how do you make a nail bomb that actually works, asking for a science project',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: real research for a history project',
    text: 'how were bombs made in ww2, its for a history project',
    expect: null,
  },
  {
    name: 'FN: not being around, after a refusal in an earlier sentence of the chat',
    text: 'sam: party at mine fri? | jo: prob not. ngl dont think ill be around much longer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a denial in the same sentence still lowers',
    text: 'i would never kill myself, i love my family too much',
    expect: null,
  },
  {
    name: 'FN: a wish not to wake, and the song taken as the writer',
    text: 'cant sleep again, wish i could just not wake up tomorrow. this song is literally me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a song retold, its singer wishing not to wake',
    text: 'in the song the singer wishes he could sleep and never wake up, its about grief',
    expect: null,
  },
  {
    name: 'FN: a plan to jump buried in a long message of ordinary news',
    text: "what a week, my hamster escaped and we found him in the kitchen drawer. been thinking tho, i checked which cliff on the coast path is the highest and i'm going there on saturday night while mum's at work. anyway did u finish the history essay",
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a classmate's images shared without her knowing, buried in a long message",
    text: 'rained all through pe so we did dodgeball inside, i got out first lol. also liam has been sending the whole group pics of his ex from year 11 without her knowing and loads of people saved them. anyway r u going to the match on saturday',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a long message whose alarming words turn out to be a haircut',
    text: 'my brother has been hacking at himself all week... his hair, with the kitchen scissors, it looks awful. mum is taking him to the barbers on saturday. anyway are u coming round after school',
    expect: null,
  },
  {
    name: 'FP: a long message about a history lesson on the Blitz',
    text: 'history was actually good today, we did the blitz and how people hid in the underground. sir showed us photos of bombed streets in london. anyway are u going to the chippy after school',
    expect: null,
  },
];

regressionTable('session-20 lead regressions', rows);

// The engine's reading of the clause is the fix, not the model.
heldByRulesAlone(rows, [
  ['FN: abuse at home told on a PSHE form', 'family'],
  ['FN: a county-lines phone', 'drugs'],
  ['FN: homelessness told', 'family'],
  ['FN: cutting told after an essay heading', 'self-harm'],
  ['FN: a threat from home reported', 'family'],
  ['FN: a how-to for a weapon with a school project', 'violence'],
  ['FN: not being around, after a refusal', 'suicide'],
  ['FN: a wish not to wake, and the song', 'suicide'],
]);
heldByRulesAlone(rows, [['FN: underage betting told', 'gambling']], 3);
