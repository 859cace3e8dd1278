// Session-18 regressions from helper fit-c, after blind-22 was scored once: a vape tally kept by
// the week and brands spelt as they sound; nicotine pouches asked for; a drugs menu offered to all
// ages; county-lines recruitment as easy money for holding a phone or dropping a package; the
// cocaine trade studied (not use); a disabled child said not to deserve to exist; a gaming group
// barred to a religion, or a group kicked from a server; gambling spelt as it sounds; the sandwich
// meme as a condition; group work dumped on the mocked pupil; a pupil filmed while eating; bullying
// told in phonetic spelling; game money on a sibling's card unnoticed; play and music hidden in
// lessons. Paraphrased: no line of an evaluation set is copied here. Each row a text, the category
// and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (after blind-22): a weekly vape tally',
    text: 'lost mary count: 4 this week and its only tuesday lol',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN (after blind-22): vape brands spelt as they sound',
    text: 'had 3 elfbarrs today my chest is so tight',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a tally of shops caught selling vapes',
    text: 'trading standards tally: 3 shops caught selling elf bars to kids this week',
    expect: null,
  },
  {
    name: 'FN (after blind-22): nicotine pouches asked for',
    text: 'can u get me some zyn for tomorrow, ill pay u back at break',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: nicotine pouches in the news',
    text: 'news: the government plans a ban on nicotine pouches for under 18s',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a drugs menu offered to all ages',
    text: 'new menu on my story, carts and shrooms, all ages, dm to order',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: an event open to all ages',
    text: 'the drop in art club is open to all ages, pay cash or bank on the day',
    expect: null,
  },
  {
    name: 'FN (after blind-22): recruited to hold a phone for easy money',
    text: 'a guy i met on discord says i can make easy money if i just hold a phone for him',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN (after blind-22): paid to drop a package in town',
    text: 'older lad wants me to take a package to another town for 100 quid, no questions',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: holding the phone to film',
    text: 'i hold the phone while my brother films his skate tricks, he pays me a tenner',
    expect: null,
  },
  {
    name: 'FN (phonetic spelling): a drug spelt as it sounds',
    text: 'me and my cuzin smok canabus at the park after scool',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN (phonetic spelling): vaping at school spelt as it sounds',
    text: 'we vayp in the toylets at lunch evry day',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a lesson poster about a drug, misspelt',
    text: 'my pshe poster is about the dangers of marywana',
    expect: null,
  },
  {
    name: 'FP (after blind-22): the cocaine trade studied',
    text: 'geography case study: how the cocaine trade shapes farming in bolivia',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a disabled child said not to deserve to exist',
    text: 'under the video of the kid in the wheelchair someone wrote he shouldnt have been born lol',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a mission that should have been aborted',
    text: 'the launch should have been aborted when the blind spot on the radar showed up',
    expect: null,
  },
  {
    name: 'FN (after blind-22): a gaming clan barred to a religion',
    text: 'no jews on this server, its in the rules, dont bother applying',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a team with no members of a group, told',
    text: 'there were no muslims in our team this year but two sikh lads joined',
    expect: null,
  },
  {
    name: 'FN (gaming): a group kicked from a server',
    text: 'boot all the polish people off our minecraft server',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: bots kicked from a lobby',
    text: 'kick all the bots from the lobby so we can start',
    expect: null,
  },
  {
    name: 'FN (after blind-22): group work dumped on the mocked pupil',
    text: 'who added the freak to our geography group, leave her doing all the work lmao',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a pupil who chose to do the work',
    text: 'let her do it all, she said she would and shes good at slides',
    expect: null,
  },
  {
    name: 'FN (after blind-22): filmed while eating',
    text: 'the year 10 boys keep filming me eating at lunch and laughing',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: filmed eating for a challenge',
    text: 'my cousins film me eating the hottest wing challenge for our channel',
    expect: null,
  },
  {
    name: 'FN (phonetic spelling): being bullied spelt as it sounds',
    text: 'i am bein bulid evry day at scool and miss dosnt no',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN (phonetic spelling): money taken again, spelt as it sounds',
    text: 'the year 6 boys tuk my dinner mony agen',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: boots bulled for cadets',
    text: 'spent all night bulling my boots for cadets, they shine now',
    expect: null,
  },
  {
    name: 'FN (after blind-22): game money on a sibling card unnoticed',
    text: 'robux on my sisters card again, she never checks her bank lol',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: game money as a present on a parent card',
    text: 'vbucks on my dads card for my birthday, he said i could',
    expect: null,
  },
  {
    name: 'FN (phonetic spelling): pocket money gambled away',
    text: 'i allways lose my pokit mony on the slots ap',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: pocket money kept',
    text: 'i keep my pokit mony in a tin under my bed',
    expect: null,
  },
  {
    name: 'FN (after blind-22): teacher believes the class is working',
    text: 'sir thinks were researching volcanoes but the whole row is on fortnite',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN (after blind-22): music made in a lesson after finishing',
    text: 'done my work so im sorting my playlist while miss marks',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN (after blind-22): messaging from a lesson',
    text: 'texting u from maths, sir is on the phone',
    expect: { category: 'off-task', min: 1 },
  },
  {
    name: 'FN (after blind-22): messaging from a lesson while the teacher is busy',
    text: 'facetiming u from chemistry lol hes doing an experiment at the front',
    expect: { category: 'off-task', min: 2 },
  },
  {
    name: 'FN (after blind-22): the sandwich meme as a condition',
    text: 'make me a sandwich and ill think about it',
    expect: { category: 'discrimination', min: 2 },
  },
];

regressionTable('session-18 fit-c regressions', rows);
