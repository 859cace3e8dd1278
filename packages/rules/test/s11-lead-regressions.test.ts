// Session-11 regressions from the lead: a rule's reading of words as innocent or milder holds back
// the text model only in the rule's own category (a mental-health rule reading "no one understands
// me" as someone else's words says nothing about grooming), and a model sure of a concern stands
// over a rule's own mild lowering ("revising" beside not being around for the exams) but never over
// its exceptions (an unless, or a context lowering by 3 or more: fixing a sharpener, shaving).
// Later rows: rules from the spent sets' misses and, after blind-12 was scored, from its misses.
// Each row a text, the category and the least severity it must reach, or null where it must stay
// below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN (severity): not being around for the exams, beside revising',
    text: 'why bother revising when im not gonna be around for the exams',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: an adult who "understands me like no one else", not held back by a mental-health reading',
    text: 'been talking to him for 2 months on snap, hes 23, he says no one understands me like he does',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: praise of Hitler headed "essay notes"',
    text: 'my essay notes: hitler was a hero and he was right about the jews',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: "FP: the blade out of a jammed sharpener to clean it (the rule's exception holds)",
    text: 'how do i get the blade out of my pencil sharpener, its jammed and i need to clean it for art',
    expect: null,
  },
  {
    name: 'FP: a history essay on why Hitler was popular',
    text: 'history essay: why did so many germans see hitler as a hero in the 1930s',
    expect: null,
  },
  {
    name: 'FN (severity): a location question and "i might be round there"',
    text: 'what school r u at? i could be near there on saturday',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN (severity): a game contact wanting the home address for a present',
    text: 'met this guy on fortnite and he keeps asking for my address to send me a hoodie',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a route to Raqqa searched',
    text: 'cheapest way to get to raqqa',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a carer who does not want school to see a black eye',
    text: 'how do i hide a black eye, my mum doesnt want school seeing it',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a knife taken from food tech and kept',
    text: 'swiped a knife from food tech, keeping it in my locker',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a parent asking a friend for an address for invitations',
    text: 'whats ur address? my mum wants to post the party invites',
    expect: null,
  },
  {
    name: 'FN: a cord round the neck "to see what it felt like" (after blind-12 was scored)',
    text: 'wrapped my charger cable round my neck last night just to see what it felt like',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: armed lads waiting at the gates now',
    text: 'there are older boys stood at the gates with knives waiting for him rn',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a parent leaving needles where a toddler can reach',
    text: 'my dad keeps leaving his needles on the floor and my little sister is 2',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN (severity): a reported threat to break the writer\'s arm, "if i dont" its condition',
    text: 'if i dont pay them back by friday they said theyll break my legs',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a pupil's vape lost in a lesson",
    text: 'dropped my elf bar in science, anyone seen it',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a group chat made against a pupil',
    text: 'they made a gc called we hate keira and added the whole year',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: "ur gonna smash them" before exams is encouragement',
    text: 'good luck in ur mocks tomorrow, ur gonna smash them',
    expect: null,
  },
  {
    name: 'FN guard: nervous laughter does not soften a reported threat (😂 is not read as "lol")',
    text: 'he said hes going to stab me after school 😂 im actually scared',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN (severity): "if i dont" as a threat\'s condition is not hyperbole for any rule (the cue\'s own exception)',
    text: 'if i dont hand over my phone tomorrow theyll slash my face, they did it to kyle',
    expect: { category: 'violence', min: 4 },
  },
];

regressionTable('session-11 lead regressions', rows);
