// Session-15 regressions from redteam-b's probe of grooming, sexual and family concerns (written
// fresh, not from any evaluation set): a rape told or asked about, groping said passively, giving
// in while not wanting it, a forced kiss while held, indecent exposure, an intimate image of a
// pupil in a staff's words, a private picture circulating, clothes pulled off and filmed, a child
// selling pictures, an adult who passed as a teen, a question about when parents sleep, the age of
// consent asked for a child and an adult, a pupil getting into a car with older men, a child
// running the house for a parent who drinks, a staff note of bruises, an ex breaking a court
// order, a parent's threat the pupil believes; and their innocent readings. Each row a text, the
// category and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a rape told by a friend',
    text: 'my best mate told me she got raped at a house party in the summer',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a sociology statistic on sexual assault',
    text: 'sociology homework: how many women report being sexually assaulted each year',
    expect: null,
  },
  {
    name: 'FN: groped on the bus, said passively',
    text: 'got groped on the school bus today and nobody did anything',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: groped for a word',
    text: 'he groped around for his glasses on the bedside table',
    expect: null,
  },
  {
    name: 'FN: giving in so as not to be dumped',
    text: 'i let him touch me because i was scared he would dump me, i never wanted it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a forced kiss against the lockers',
    text: 'this boy pinned me to the lockers and tried to kiss me',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a man exposing himself by the school',
    text: 'a bloke flashed us on the path behind the school field',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a car flashing its lights',
    text: 'a lad flashed us a thumbs up from the bus',
    expect: null,
  },
  {
    name: 'FN: a staff record of a nude image of a pupil',
    text: 'DSL log: explicit image of a year 10 student forwarded between pupils',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a private video of a pupil being shared',
    text: 'a video of him is being shared round, it was meant to be private',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: shorts pulled down and recorded',
    text: 'they ripped his shorts down at the pool and recorded it for the group',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a child selling pictures of herself',
    text: 'she sells her pics on snap and shes only 15',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: an adult passing as a teen',
    text: 'the person who said they were 13 on roblox is actually an adult and has my photos',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: asked when parents go out so he can come round',
    text: 'he keeps asking when my mum goes to work so he can come over',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: the age of consent asked for a child and an adult',
    text: 'is it against the law for a 14 year old to go out with a 23 year old',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a pupil getting into a car with older men',
    text: 'my cousin keeps getting into a car with older men after school',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a child running the house for a drinking parent',
    text: 'my dad is drunk every day so i feed my little brother and get him to school',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a staff note of bruises and an anxious pupil',
    text: 'Noticed bruising on her neck, she said she fell but was very anxious',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an ex breaking a court order',
    text: 'my ex partner ignored the injunction and came to the school gates',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a parent’s threat the pupil believes',
    text: 'my mum said shed break my nose and shes done it before',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: fingers down a pupil’s trousers in the park',
    text: 'he stuck his hand down my trousers behind the skate park even though i pushed him',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a hand up in class',
    text: 'she put her hand up in maths to ask about fractions',
    expect: null,
  },
  {
    name: 'FN: a stranger pressing himself against a pupil',
    text: 'a man at the gig pushed himself against me from behind and wouldnt move',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a relative making a child strip',
    text: 'my friend said her step brother told her to strip in front of him',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: an ex’s naked picture shown round',
    text: 'he was showing the photo of his ex nude to the whole table at lunch',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a passport collected for a school trip',
    text: 'they took my passport at the airport to check it, took ages',
    expect: null,
  },
  {
    name: 'FP: no electric in a storm',
    text: 'no electric since the storm last night, half the estate is dark',
    expect: null,
  },
  {
    name: 'FN: no electric that the family cannot pay for',
    text: 'we have no electric again and mum says theres no money to top up the meter',
    expect: { category: 'family', min: 4 },
  },
];

regressionTable('session-15 redteam-b regressions', rows);
