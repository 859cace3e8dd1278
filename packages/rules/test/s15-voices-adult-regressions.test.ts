// Session-15 regressions from helper voices-adult: concerns as adults and third parties write them
// (a staff or CPOMS-style note, a parent's or carer's email, a sibling, a friend, a coach or tutor,
// a neighbour) and as adults write to a child (recruiters, dealers). Written fresh, in wording
// different from the helper's probe lines; no line of an evaluation set is copied here. Each row a
// text, the category and the least severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: scratches on the forearms hidden under a sleeve, seen by a teacher',
    text: 'In art today I saw new scratches on her forearms when she reached for the paint and she quickly covered them',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: marks on the legs from a rugby match',
    text: 'he has marks all over his legs again after the rugby match on saturday',
    expect: null,
  },
  {
    name: 'FN: a brother banging his head on the floor when angry',
    text: 'my brother bangs his head on the floor when hes angry until it goes red',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: an accidental bump on a cupboard door',
    text: 'she banged her head on the cupboard door reaching for the cereal',
    expect: null,
  },
  {
    name: 'FN: a friend living on diet coke for weeks',
    text: 'my mate is only having diet coke and gum every day and she has lost so much weight',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP: not eating properly during a stomach bug',
    text: 'he has not eaten properly for days because of the sick bug going round',
    expect: null,
  },
  {
    name: 'FN: a parent on a child who will not leave the bedroom for weeks',
    text: 'our daughter has not come out of her bedroom for weeks, she barely sleeps and says nothing matters',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FP: a child kept in bed by a broken leg',
    text: 'he hasnt left his bed for days since the broken leg, bored and not sleeping well',
    expect: null,
  },
  {
    name: 'FN: voices telling a pupil to hurt himself, reported',
    text: 'Tutor note: learner says he hears voices saying he deserves to be punished',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FN: a sense of being watched through the laptop',
    text: 'my sister is convinced people are spying on her through her laptop and she covers every camera',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FN: a tutor on a pupil seeming withdrawn for weeks',
    text: 'she seems very withdrawn lately and has stopped eating lunch with her friends',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: low on battery and on energy',
    text: 'shes been really low on battery every evening so she cant ring us',
    expect: null,
  },
  {
    name: 'FN: new clothes and cash from someone a pupil will not name',
    text: 'he comes in with new designer clothes and cash and refuses to say who gave him the money',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a secret santa present with no name',
    text: 'she would not say who bought the gift, it was secret santa',
    expect: null,
  },
  {
    name: 'FN: a pupil seen at a house where older men stay',
    text: 'a girl in year 8 has been seen at the house where some older men stay, coming out at midnight',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a university student house on an open day',
    text: 'we stayed at the uni student house with lots of older lads on my brothers open day with my son',
    expect: null,
  },
  {
    name: 'FN: groped while drunk at a party',
    text: 'my friend says a lad felt her up while she was drunk at the party on saturday',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: filmed getting changed by a stepbrother',
    text: 'she told me her stepbrother films her getting changed through the gap in the door',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: sexual acts for vapes, told by a friend',
    text: 'apparently she does stuff with older lads for vapes at the park',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: chores done for money',
    text: 'she did stuff around the garden for money for the school trip',
    expect: null,
  },
  {
    name: 'FN: a child acting out porn with a younger sibling',
    text: 'we caught him acting out things from porn videos with his little brother',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP: a younger sibling copying words',
    text: 'my little sister copies everything i say, its so cute but annoying',
    expect: null,
  },
  {
    name: 'FN: a recruiter saying the cause needs young men',
    text: 'the cause needs young men like you, stop listening to your teachers and message me on telegram',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a far-right patch given by older men at the gym',
    text: 'he came home with a wolfsangel patch the older men at his gym gave him',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: burner phone and cash on a pupil',
    text: 'Staff found a burner phone and a wad of cash in his blazer',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: two phones lost in a year',
    text: 'she has broken two phones this year and is saving for a new one',
    expect: null,
  },
  {
    name: 'FN: a child made to hide bags for older lads',
    text: 'the older lads make her hide bags in her wardrobe and she is scared',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: selling pills at school',
    text: 'someone in year 10 is selling pills in the toilets at lunch',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: getting into different cars every night',
    text: 'the lad from number 8 is getting into different cars every night and coming back at 4am',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a debt worked off under threat',
    text: 'pay us back or we will find your little sister',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a dealer line advert',
    text: 'line open all weekend, green and white, drop to your door',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FP: a canteen queue open',
    text: 'the new line is open in the dinner hall for hot food',
    expect: null,
  },
  {
    name: 'FN: a child frightened of a stepdad, told by a relative',
    text: 'my niece is terrified of her stepdad and has started having nightmares since he moved in',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a father who slaps children who complain',
    text: 'Pupil said dad slaps them whenever they cry at bedtime',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a parent drinking heavily, children unfed',
    text: 'dads been drinking all day since mum left and the kids have no food',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a parent not coping with revision timetables',
    text: 'im not coping with her gcse revision timetable, any tips',
    expect: null,
  },
  {
    name: 'FN: a boy hiding a knife for older boys',
    text: 'my cousin is keeping a blade for some older boys in his school bag',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a plan to put fireworks through a door',
    text: 'they are going to put fireworks through his door after what he posted',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: choked by a boyfriend when she tries to leave',
    text: 'her boyfriend strangles her when she says shes going home',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: grabbed by the collar of a shirt in rugby',
    text: 'he grabbed him by the neck of his shirt in the scrum, yellow card',
    expect: null,
  },
  {
    name: 'FN: slurs for being trans, reported by a parent',
    text: 'my child gets called horrible names for being trans every single day',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a farewell with tonight is the night',
    text: 'she messaged the group sorry for everything, tonight is the night, bye',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: tonight is the night for a concert',
    text: 'tonight is the night, the concert is finally here',
    expect: null,
  },
  {
    name: "FN: rather dead than live with a parent's partner",
    text: 'she told her netball coach shed sooner die than go back to that house',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: rather die than lose a bet',
    text: 'hed rather die than admit united are better',
    expect: null,
  },
  {
    name: 'FN: pills counted out in a bedroom, seen by a sister',
    text: 'my sister has been collecting enough paracetamol to do it, i found them in her shoebox',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: vitamins counted out by a pharmacist',
    text: 'the chemist counted out enough tablets for the fortnight on the prescription',
    expect: null,
  },
  {
    name: 'FN: razors disappearing at home',
    text: 'the disposable razors have been disappearing from the cupboard since she started secondary',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: paranoid belief about teachers',
    text: 'he keeps saying his teachers are plotting against him and wont eat school food',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FN: a pupil who cannot trust their own mind',
    text: 'she hasnt slept in three nights and says she doesnt trust her own mind anymore',
    expect: { category: 'mental-health', min: 4 },
  },
  {
    name: 'FN: a youth leader on a tearful member',
    text: 'our cadet has looked really teary at every session this month',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: an adult man leaving with a young pupil',
    text: 'a man in a hi vis jacket walked off with a year 7 boy from the bus stop, the boy looked scared',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP: a pupil walking off with a prize',
    text: 'the year 9 pupil walked off with first prize at the science fair',
    expect: null,
  },
  {
    name: 'FN: grown up for a school year with a private chat',
    text: 'ur well mature for year 9, lets talk on whatsapp instead, just between us',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a pupil arriving with a split lip after a carer lost his temper',
    text: 'Staff note: arrived with a split lip, says stepdad lost his temper last night',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a black eye from a hockey stick',
    text: 'came in with a black eye from hockey practice, dad took him to a&e to check',
    expect: null,
  },
  {
    name: 'FN: a young child always famished at nursery',
    text: 'the little boy is always famished at nursery and his nappies are soaked through every morning',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a head stamped on in a fight',
    text: 'they stamped on his head outside the chicken shop and filmed it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a ball kicked at the head in a game',
    text: 'he accidentally kicked his head going for the ball in the cup match',
    expect: null,
  },
  {
    name: 'FN: lines with powder seen by a parent',
    text: 'found white powder on a bank card and she admitted doing lines at the party',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: lines learnt for a school play',
    text: 'still doing lines for the play tonight, white board covered in notes',
    expect: null,
  },
];

regressionTable('session-15 voices-adult regressions', rows);
