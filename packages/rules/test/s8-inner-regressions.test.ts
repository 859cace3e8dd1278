// Named regressions of the session-8 'inner' rules (self-harm, suicide, mental health; lexicons
// in library/lexicons/s8-inner.yaml): each phenomenon widened gets rows worded apart from the rules'
// own examples, with what must happen, and the innocent twins that must stay below an alert.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: days without food beside passing out is a concern, not only restriction talk',
    text: 'nearly passed out on the stairs but ive only had 200 calories today',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: only water for days beside blacking out',
    text: 'day 4 of only water, everything went black when i stood up in maths',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: hair falling out from starving, said to be worth it',
    text: 'my hair keeps coming out in the shower but starving myself is worth it',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard: feeling faint while fasting for Ramadan',
    text: 'felt faint in pe today, fasting for ramadan is hard when its hot',
    expect: null,
  },
  {
    name: 'FP guard: fainting in the heat at sports day',
    text: 'a year 7 collapsed in the heat at sports day, the first aiders were great',
    expect: null,
  },
  {
    name: 'FN: wanting cuts to heal before a residential so nobody sees',
    text: 'is there any way to make my cuts heal quicker before the year 8 residential',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: a cover story planned for marks on the thighs (the neighbours cat)',
    text: 'if pe teacher asks about the marks ill tell her it was next doors cat',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: asking for excuses for marks on the wrist',
    text: 'what should i say if my friends see the lines on my wrist at the sleepover',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard: healing a new piercing before swimming',
    text: 'how do i get my ear piercing to heal before swimming lessons start',
    expect: null,
  },
  {
    name: 'FP guard: blaming the cat for a mess',
    text: 'my sister knocked the plant over and told mum it was the cat',
    expect: null,
  },
  {
    name: 'FN: where a year 9 can get sharpener blades without an adult',
    text: 'where do u get sharpener blades im in year 9 and my mum checks everything',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: taking a disposable razor apart for the blade',
    text: 'hw to take the blades out of a disposable razor',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: how much of a household product it takes to die',
    text: 'how much drain cleaner would it take to kill me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP guard: a stuck pencil sharpener in art',
    text: 'how do i get the blade out of my pencil sharpener, lead is stuck and i need to clean it for art',
    expect: null,
  },
  {
    name: 'FP guard: a parent asking about a toddler and bleach',
    text: 'which cleaning products kill you if a toddler drinks them, need to childproof the cupboard',
    expect: null,
  },
  {
    name: 'FN: a friend reported as threatening to step in front of a train',
    text: 'my bestie keeps saying shes gonna walk in front of a lorry if they move her school',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a sibling reported as about to burn themselves tonight',
    text: 'my little sister said shes going to burn herself with the straighteners tonight',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard: a set text where a character throws herself under a train',
    text: 'in the novel she decides to throw herself under the train at the station',
    expect: null,
  },
  {
    name: 'FN: a note left under the pillow for a parent to read after',
    text: 'put a note under my pillow for my mum to find after im gone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: belongings handed out to friends this week',
    text: 'been handing out my plushies to my mates one by one so they have something',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: songs chosen for ones own funeral (3 alone)',
    text: 'i know exactly what songs i want played at my funeral now',
    expect: { category: 'suicide', min: 3 },
  },
  {
    name: 'FP guard: a grandparents funeral',
    text: 'helping mum choose the songs for nans funeral on friday',
    expect: null,
  },
  {
    name: 'FP guard: a will written in a history lesson',
    text: 'we wrote a will and a last letter for a tudor merchant in history',
    expect: null,
  },
  {
    name: 'FN: asking whether sh scars fade',
    text: 'will my s/h scars ever go away or am i stuck with them',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN: an urge now after a clean streak',
    text: 'been clean 2 weeks but i really want to tonight, the sharpener is right there',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: hopelessness about ones own future',
    text: 'honestly theres no future for me, nothing is ever gonna change for me',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP guard: hopelessness about a football team',
    text: 'things are never going to get better for me as a spurs fan, relegated again',
    expect: null,
  },
  {
    name: 'FP guard: asking whether acne scars fade',
    text: 'will my acne scars ever fade or do i need a cream',
    expect: null,
  },
];

regressionTable('session-8 inner regressions', rows);
