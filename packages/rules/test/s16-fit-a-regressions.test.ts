// Session-16 regressions from helper fit-a, after blind-18 was scored once: others backing a
// decided suicide (a method or a date offered, a group for those who have decided, "nobody will
// miss you, tell me when it's done"), a death put off until after a family occasion; a friend who
// saw the marks, head-banging with bruises, cuts or body checks asked for as a swap or by an "ana
// coach" (self-harm and grooming), scars romanticised, a staff note to watch a pupil who used to
// self-harm, a story of a blade on a wrist; a chat moved because the app tells the parents, a
// child asked to say something dirty on voice chat; a pupil's picture offered on, schoolgirl
// pictures traded, a changing-room video held over a pupil for money; withdrawal and
// hopelessness told by those around a child; and what stays quiet: a weight class, water on a hot
// day, a charity's guide. Paraphrased: no line of an evaluation set is copied here. Each row a
// text, the category and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-18): a decision to die backed, with a date to pick',
    text: 'if youve made your mind up then dont let your parents talk you out of it, the pinned thread has what worked',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a decision about a course backed',
    text: 'if youve made your mind up about the college course dont let your parents talk you out of it',
    expect: null,
  },
  {
    name: 'FN (after blind-18): help offered to choose a method once decided',
    text: 'if youre sure then i can help you find the quickest way to go, no judgement, dm me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (after blind-18): a server for those who have decided, dates posted',
    text: 'welcome, this group is for those who have made their decision. zero recovery chat, put your date in the goodbye thread',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a countdown channel for a game release',
    text: 'drop the release date in the countdown channel, the update lands friday',
    expect: null,
  },
  {
    name: 'FN (after blind-18): nobody will miss you, report when done',
    text: 'honestly nobody will even notice, just text me once youve done it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: report once a chore is done',
    text: 'text me once youve done the dishes and then you can go out',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a death put off until after a family occasion',
    text: 'i keep promising myself ill hold on till after eid so i dont wreck it for my little cousins',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: a spoiler kept until after the holidays',
    text: 'im going to wait until after christmas to watch the last episode so i dont spoil it for my sister',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a friend saw the marks and promises not to tell',
    text: 'i clocked the cuts on your arms in the changing room, you can talk to me, im not gonna tell anyone',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: a friend saw a sunburn',
    text: 'saw your arms after the beach, that sunburn is grim, are you ok',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a carer reports head-banging with bruises',
    text: 'he has started banging his head against the headboard every night, there is a big bruise on his forehead',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: headbanging at a gig',
    text: 'we kept banging our heads at the metal gig, my neck has a bruise lol',
    expect: null,
  },
  {
    name: 'FN (after blind-18): cuts asked for as a swap and a secret',
    text: 'post me your newest ones, ill send you mine, our secret yeah, cutting is the only thing that works',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-18): cuts asked for as a swap is grooming too',
    text: 'send me ur new cuts, its our secret, dont tell your mum',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a haircut swapped',
    text: 'show me your new haircut and ill show you mine',
    expect: null,
  },
  {
    name: 'FN (after blind-18): an ana coach is self-harm',
    text: 'im your ana buddy now, message me your weight each morning, if its up you fast all day',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (after blind-18): an ana coach is grooming',
    text: 'ill be your pro ana coach, send me body check pics every night and fast if you go over',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a dietitian asks for daily weights',
    text: 'send me your weight every morning please, the dietitian needs it for the meal plan',
    expect: null,
  },
  {
    name: 'FN (after blind-18): scars romanticised',
    text: 'my scars are poetry, my arms tell everyone my story',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: surgery scars tell a story',
    text: 'my scars are a story from the heart surgery when i was a baby',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a staff note to watch a pupil who used to self-harm',
    text: 'he has a history of self harm so please could staff check in with him at night on camp',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (after blind-18): creative writing of a razor drawn across a thigh',
    text: 'poem by year 8: she drew the razor across her thigh and hid the towel',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP: a razor across a chin',
    text: 'he dragged the razor across his chin and nicked himself shaving',
    expect: null,
  },
  {
    name: 'FP (after blind-18): weighing in for a boxing weight class',
    text: 'weighed myself before the boxing weigh in, still under the limit',
    expect: null,
  },
  {
    name: 'FN: starving to make weight',
    text: 'havent eaten since friday, starving myself to make weight for the judo comp',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP (after blind-18): water in the heat for a team',
    text: 'drink plenty of water today team, its roasting and nobody wants to faint at sports day',
    expect: null,
  },
  {
    name: 'FP (after blind-18): a charity guide for parents',
    text: 'understanding self harm, a free guide for parents and carers from a mental health charity',
    expect: null,
  },
  {
    name: 'FN (after blind-18): moved to a private messenger because this app tells the parents',
    text: 'come on telegram instead, snapchat tells your mum everything and i dont want her coming between us',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a game emails parents about purchases',
    text: 'fortnite sends your parents a receipt when you buy vbucks',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a child asked to say something sexy on voice chat alone',
    text: 'nobody else is in the vc, say something sexy for me, go on',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a child asked to say something on the mic',
    text: 'say something on the mic so we know your headset works',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a named pupil picture offered on',
    text: 'i got sent a pic of sophie from year 9, anyone want it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a class photo offered on',
    text: 'ive got the class photo of us from year 7 sports day, want me to send it',
    expect: null,
  },
  {
    name: 'FN (after blind-18): pictures of schoolgirls from the year traded',
    text: 'swapping schoolgirl pics from my year, message me for the drive',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: revision notes traded',
    text: 'swapping year 10 revision notes, dm me for the folder',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a changing-room video held over a pupil for money',
    text: 'theres footage of you in the changing rooms, pay up by monday or the whole school sees it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a funny video of singing in the shower',
    text: 'theres a video of you singing in the shower on the family chat, mum loved it',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a parent reports a son calling himself worthless and staying in',
    text: 'my son keeps saying hes worthless and whats the point, he never goes out with his mates now',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: useless at a game',
    text: 'he keeps saying hes useless at fortnite lol',
    expect: null,
  },
  {
    name: 'FN (after blind-18): a friend notices staying in bed and stopping games',
    text: 'youve stayed in your room all weekend and you dont even go on fortnite anymore, are you ok',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (after blind-18): a young child does not want to play with anyone',
    text: 'i dont wanna play with anybody anymore, i just want to be in my room on my own',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: in bed all week with flu',
    text: 'been in bed all week with flu, dont even play my switch anymore',
    expect: null,
  },
];

regressionTable('session-16 fit-a regressions', rows);
