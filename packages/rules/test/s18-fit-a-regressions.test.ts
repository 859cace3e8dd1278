// Session-18 regressions from helper fit-a, after blind-22 was scored once: a wish to die told
// to a game's group and met with indifference (the gaming cue no longer lowers it); death as the
// answer to where one sees oneself in some years; a lethal amount asked with the study frame
// denied; an injury from where the writer "did it"; arms or legs kept from sight with PE missed;
// whether self-injury leaves lasting marks; a past episode recalled with its tool, and the
// writer's own past self-harm with the time since; worry that stops concentration and anxiety
// that cancels plans (2); how to reach young children on a platform without being banned; an
// older man reacting to every story (2); OnlyFans leaks by their short name; a body count asked
// for in replies; the wish, the word, self-harm and an adult's secret in phonetic spelling
// ("wunt to dy", "sucide", "on perpose", "its are secret"); self-harm and suicide said in a
// game's chat with a time or a habit (the gaming cue no longer hides them); and what stays
// quiet: a lost round, a job under the ground, a kitchen burn, unshaved legs, a boss fight, a
// friend's compliment on makeup, a film's body count, hair dye, secret santa, a game character,
// a level that "makes me want to kill myself", dying of laughter told to a squad, the monkey
// bars, a shaving cut, arms hidden for their shape.
// Paraphrased: no line of an evaluation set is copied here. Each row a text, the category and the
// least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-22): a wish to die told to a game group, met with indifference',
    text: 'told my duo i wanna die and he just said same and queued another game',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-22): a wish to die typed in a lobby, everyone laughed',
    text: 'i typed in the lobby that i want to kill myself and they all laughed',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a wish to die after a lost round in a game, as a joke',
    text: 'lost that round again, told the squad i want to die lol',
    expect: null,
  },
  {
    name: 'FN (after blind-22): seeing oneself buried in some years, on a careers sheet',
    text: 'careers sheet: where do you see yourself in 10 years? six feet under honestly',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: dead tired in five years',
    text: 'where do you see yourself in five years? dead tired at uni but happy',
    expect: null,
  },
  {
    name: 'FP: a job under the ground as the answer',
    text: 'where do i see myself in 10 years: in the ground digging for fossils, i want to be a palaeontologist',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a lethal amount asked with the study frame denied',
    text: 'biology question, how many sleeping pills is lethal, asking for a real reason not for homework',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: toxic fumes in a chemistry lesson',
    text: 'chemistry: why you must never mix bleach and ammonia, they make toxic fumes',
    expect: null,
  },
  {
    name: 'FN (after blind-22): an arm that hurts from where the writer did it',
    text: 'sorry about the mess on my page, my arm stings from where i did it yesterday',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: an ankle hurt in football',
    text: 'my ankle hurts from where i did it in football on saturday',
    expect: null,
  },
  {
    name: 'FN (after blind-22): skipping swimming so nobody sees the arms',
    text: 'i skipped swimming again because i dont want anyone to see my arms',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: legs hidden because they are unshaved',
    text: 'i dont want anyone to see my legs in pe, i forgot to shave them',
    expect: null,
  },
  {
    name: 'FN (after blind-22): asking whether cutting yourself leaves lasting scars',
    text: 'will cutting your thighs leave permanent scars',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a kitchen burn asked about',
    text: 'does burning yourself on the oven leave a permanent mark',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a past episode recalled with a sharpener blade and a bad week',
    text: 'me in year 7 with a sharpener blade and a bad week, so glad thats over',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a compass and a map on a hike',
    text: 'packed a compass and a map for the hike',
    expect: null,
  },
  {
    name: 'FN (after blind-22): own past self-harm told in a reflection with the time since',
    text: 'Reflection task: lots of teens self harm to cope. i have done it before but i have not since year 9',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (after blind-22): a streak counted since the last time',
    text: 'havent relapsed in six months, sh free is hard',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: no haircut for a year',
    text: 'i havent cut my hair for a year now',
    expect: null,
  },
  {
    name: 'FN (after blind-22): worry keeping the writer from concentrating',
    text: 'so worried about my grandads scan results i cant concentrate in class',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FN (after blind-22): anxiety high, bailing on friends again',
    text: 'my anxiety is off the charts, bailed on my mates again',
    expect: { category: 'mental-health', min: 2 },
  },
  {
    name: 'FP: a game boss has the writer screaming inside',
    text: 'this final boss has me screaming inside, fifth wipe',
    expect: null,
  },
  {
    name: 'FP: a hot room keeps the writer from concentrating',
    text: 'cant concentrate in lessons when its this hot in the room',
    expect: null,
  },
  {
    name: 'FN (after blind-22): how to message young children on a game without being banned',
    text: 'how can i chat to 12 year old girls on roblox without getting banned',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a parent asking how to talk to young children about safety',
    text: 'how do i talk to young kids about staying safe on roblox',
    expect: null,
  },
  {
    name: 'FN (after blind-22): an older man reacting to every story',
    text: 'some older man keeps reacting to every one of my stories with hearts',
    expect: { category: 'grooming', min: 2 },
  },
  {
    name: 'FP: a friend praised for her makeup with a pet name',
    text: 'hun you look gorgeous, who did your hair and makeup',
    expect: null,
  },
  {
    name: 'FN (after blind-22): OnlyFans leaks asked for by its short name',
    text: 'anyone got a link to the of leaks, the one of that streamer',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: government leaks',
    text: 'a series of leaks from the government was in the news',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a body count asked for in the comments',
    text: 'body count? drop yours in the comments, be honest',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP: a film body count',
    text: 'the body count in that action film was ridiculous',
    expect: null,
  },
  {
    name: 'FN (after blind-22, phonetic spelling): a wish to die spelt as it sounds',
    text: 'i wunt to dy evry day and nobody nos',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-22, phonetic spelling): thoughts of suicide spelt as they sound',
    text: 'i fink about sucide wen i go to bed',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: hair dye wished for in phonetic spelling',
    text: 'i wont to dye my hair purpel for the holidays',
    expect: null,
  },
  {
    name: 'FN (after blind-22, phonetic spelling): hurting oneself on purpose spelt as it sounds',
    text: 'i hurt my self on perpose agen wen i got home',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: an arm hurt on a trampoline',
    text: 'i hurt my arm on the tramperleen at my cuzins',
    expect: null,
  },
  {
    name: 'FN (after blind-22, phonetic spelling): an adult secret spelt as it sounds',
    text: 'he sed its are secret and i carnt tel mum',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: secret santa',
    text: 'our secret santa is on friday, spend limit five pound',
    expect: null,
  },
  {
    name: 'FN (gaming cue): self-harm last night told to a squad',
    text: 'told the clan i cut myself again last night, nobody said anything',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (gaming cue): a teammate who self-harms every night',
    text: 'my teammate on roblox says she self harms most nights',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a game character hurt in a cutscene',
    text: 'his character hurt himself again in the cutscene, brutal game',
    expect: null,
  },
  {
    name: 'FN (gaming cue): a player in the chat going to kill themselves tonight',
    text: 'a kid in the minecraft server said hes going to kill himself tonight',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (gaming cue): thoughts of killing oneself that keep coming, beside a game',
    text: 'cant sleep so im on fortnite, i keep thinking about killing myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a game named as what makes the writer want to die',
    text: 'this stupid level makes me want to kill myself',
    expect: null,
  },
  {
    name: 'FP: a threat to die if the team loses again, as a joke',
    text: 'told the squad im gonna kill myself tonight if we lose again on fortnite lmao',
    expect: null,
  },
  {
    name: 'FP: dying of laughter told to a squad',
    text: 'told my squad i want to die laughing at that video',
    expect: null,
  },
  {
    name: 'FP: a wrist hurt on the monkey bars',
    text: 'my wrist hurts from where i did it on the monkey bars at break',
    expect: null,
  },
  {
    name: 'FP: cutting yourself shaving asked about',
    text: 'does cutting yourself shaving leave a scar',
    expect: null,
  },
  {
    name: 'FP: arms kept from sight because of their shape',
    text: "i dont want anyone to see my arms in this top, they're so flabby",
    expect: null,
  },
];

regressionTable('session-18 fit-a regressions', rows);
