// Session-16 regressions from helper fit-b, after blind-18 was scored once (family, extremism,
// violence): a child threatened with what a parent suffered, a marriage decided for a child, a
// child sent out for the night, daily rejection by parents, an estranged parent coming for the
// family; a recruit's first task, filming a site's entrances and patrols, hijrah paid for, a
// proscribed group "still training", attacks called false flags, a swastika built in a game; a
// named school attack beside the writer's list, "only the people on the list", a gang ordering an
// attack, a coach asking for an injury; and what stays quiet: a card game, a fairy tale, a lost
// pet's posters, a lesson on conspiracy theories. Paraphrased: no line of an evaluation set is
// copied here. Each row a text, the category and the least severity it must reach, or null where
// it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a child threatened with what mum suffered if they tell',
    text: 'say one more word to miss and ur gonna get what ur mam got the other night',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a sibling’s present promised',
    text: 'if you pass your exams youll get what your brother got for his birthday, a new phone',
    expect: null,
  },
  {
    name: 'FN: a parent announcing a child’s marriage as decided',
    text: 'we have agreed to his family’s proposal, you will be married after your exams, no more crying',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: an adult sister’s engagement',
    text: 'my big sister said yes to the proposal last night, we are all so happy for her',
    expect: null,
  },
  {
    name: 'FN: a carer sending a child out for the night',
    text: 'dont bother coming home tonight ive got someone over, stay at the park for all i care',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a parent allowing a sleepover',
    text: 'you can stay at jacks tonight, dont forget your toothbrush, love mum',
    expect: null,
  },
  {
    name: 'FN: parents wishing a child had never been born and shutting them out of meals',
    text: 'my mum and dad call me useless every single day and dont let me eat with the family',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an estranged parent threatening to come for the family',
    text: 'that restraining order wont keep me away, tell your mum im coming for the lot of you',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an adult who knows the child’s school, with a threat',
    text: 'i know what school ur at, watch ur back and tell ur mum im coming',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a recruit given a first task with more trust promised',
    text: 'welcome to the brotherhood. put the leaflets round your school first and then well trust you with real work',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: posters for a lost cat',
    text: 'we stuck posters on every lamp post in town for our missing cat',
    expect: null,
  },
  {
    name: 'FN: a teen asked to film entrances and patrol times',
    text: 'video all the exits at the synagogue and what time the police car comes by, send it to me not on your phone',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: filming for a school project',
    text: 'for my media studies project i need to film the entrances of the school',
    expect: null,
  },
  {
    name: 'FN: hijrah promised and paid for by strangers online',
    text: 'the brothers said allah rewards your hijrah and theyll pay the ticket, just dont tell your parents',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a proscribed group still training and recruiting a teen',
    text: 'national action is still going, we train in the woods every sunday and youre old enough to come',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a terror attack called a government false flag',
    text: 'wake up, 9/11 was an inside job and the media wont ever tell you',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: a lesson debunking a conspiracy theory',
    text: 'in pshe we looked at why some people claim 7/7 was staged and how it was debunked',
    expect: null,
  },
  {
    name: 'FN: a swastika built in a game for a laugh',
    text: 'im gonna make a huge swastika in our minecraft world to troll everyone haha',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: the swastika’s Hindu use in RE',
    text: 'in re we learned the swastika is a hindu good luck symbol used at diwali',
    expect: null,
  },
  {
    name: 'FN: a named school attack beside the writer’s list',
    text: 'parkland was only the beginning, my list is finished and school wont see it coming',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a call to come to school armed for the people on the list',
    text: 'tuesday at school, bring everything you can, only the ones on the list',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a gang ordering a boy to attack someone, knife supplied',
    text: 'you have to do him tonight or ur next, we sort you the nank and a balaclava',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a coach asking a player to injure an opponent',
    text: 'snap their captain early doors, make sure he doesnt finish the game, ill sort the referee',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a card game threat',
    text: 'gonna destroy you at monopoly tonight 😂',
    expect: null,
  },
  {
    name: 'FP: a fairy tale retold',
    text: 'once upon a time the huntsman cut him open and the little pigs were saved',
    expect: null,
  },
  {
    name: 'FN: a child reporting the threat of what mum suffered',
    text: 'dad said if i tell my tutor again ill get what mum got',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a day out promised like a sibling’s',
    text: 'be good and youll get what your sister got, a day out at the zoo',
    expect: null,
  },
  {
    name: 'FN: a first job at a place of worship, trust to follow',
    text: 'your first job is to stick the leaflets up outside the mosque, then we can trust you',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a guard change and back doors noted for someone',
    text: 'note when the security guards change at the gurdwara and photograph the back doors for him',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a manager asking for an opponent’s knee',
    text: 'the manager told us to go through their keepers knee on purpose',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: an ex-partner who found a child’s school, coming to take her',
    text: 'my ex found out which school she goes to and says hes coming to take her',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a boy told he is next if he does not attack',
    text: 'they said do him tonight or im next and handed me the blade',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a hard but fair tackle asked for',
    text: 'the coach said take him out early with a hard but fair tackle',
    expect: null,
  },
  {
    name: 'FN: a named school attack as the right idea, done better on a day',
    text: 'uvalde had the right idea, im doing it better on friday',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a boy made to stab someone for a gang, given a bike',
    text: 'they want me to shank him for them and they gave me a bike to get there',
    expect: { category: 'violence', min: 4 },
  },
];

regressionTable('session-16 fit-b regressions', rows);
