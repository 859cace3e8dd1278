// Session-17 regressions from fit-b (family, extremism, violence), for the phenomena blind-20
// missed once it was scored: a child sent or taken abroad to stay, a 'ceremony' like her sisters
// kept from school (FGM), a threat to 'sort out' the child or a parent if anyone is told, a smack
// promised for crying and the family's business kept from friends, weeks of silence as punishment,
// running away tonight, an injury's cover story with the carer named after it, a partner who hurts
// over jealousy, a day named for a school attack, a gun got through people, a child urged to hit
// back harder, a match turned brawl, a happy slap shared, 'something' brought in so that lot stop,
// martyrs who showed the way, Nazi graffiti logged in a history room, a question about a code, and
// manosphere misogyny; and what stays quiet beside each. Paraphrased: no line of an evaluation set
// is copied here. Each row a text, the category and the least severity it must reach, or null
// where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: sent to live with relatives abroad, not coming back, passport gone',
    text: 'my dad says if i dont stop seeing him ill be sent to live with my aunties in bangladesh and i wont be coming back, cant find my passport anywhere',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: taken back home after exams to stay, too western',
    text: 'mum says im too western now so theyre taking me back home after gcses and ill stay there, its decided',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a flight home from holiday',
    text: 'we fly back home from greece on saturday, sad we wont be coming back to this villa',
    expect: null,
  },
  {
    name: 'FN: a ceremony like her sisters abroad, not to be told at school',
    text: 'aunty says in the summer holidays in somalia they will do the ceremony for me like my sisters and i mustnt tell anyone at school',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a graduation ceremony in the summer',
    text: 'they will hold the ceremony for you in the summer in the main hall, tell your friends at school',
    expect: null,
  },
  {
    name: "FN: a parent's partner threatens to sort the child out if they tell the social worker",
    text: 'my stepdad said hell sort me out if i say anything to the social worker at the meeting',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: a father's text threatening the mother, do not call anyone",
    text: 'dad messaged me: ill sort your mother out when im home, dont you dare ring anyone',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a social worker sorting out a bus pass',
    text: 'my social worker is going to sort me out with a bus pass if i tell her which college i picked',
    expect: null,
  },
  {
    name: 'FN: stop crying or be given something to cry about',
    text: 'dad shouted quit your whining or ill give you something to cry about',
    expect: { category: 'family', min: 3 },
  },
  {
    name: "FN: told to stop telling friends the family's business",
    text: 'mum told me to stop telling my friends our business or i would regret it',
    expect: { category: 'family', min: 3 },
  },
  {
    name: 'FP: the crying idiom as a joke about a film',
    text: 'keep crying at that cartoon and ill give you something to cry about, i ate the last biscuit',
    expect: null,
  },
  {
    name: "FN: parents' silence for weeks as punishment",
    text: 'they dont hit me, my parents just stop speaking to me for weeks when i get a bad mark and i have my tea in my room',
    expect: { category: 'family', min: 3 },
  },
  {
    name: "FP: a council's weeks of silence",
    text: 'after weeks of silence the council finally replied about the broken swings',
    expect: null,
  },
  {
    name: 'FN: a search for running away at thirteen, where to sleep',
    text: 'running away at 13 where can i sleep tonight',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: where to go tonight for the fireworks',
    text: 'where can i go tonight to see the fireworks near me',
    expect: null,
  },
  {
    name: 'FN: a cover story for an injury, the truth a stepmum',
    text: 'said my black eye was from football, actually it was my stepmum',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an injury not from netball but from a carer',
    text: 'i told sir the scratches wasnt from netball it was my mums boyfriend',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: a cover story about a broken vase',
    text: 'i said the vase fell off the shelf, really it was my little brother lol',
    expect: null,
  },
  {
    name: 'FN: a boyfriend grabs hard enough to bruise, over jealousy',
    text: 'my bf twisted my arm so hard it bruised cos i was chatting to a lad in my class, then he said sorry after',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a boyfriend pushes on a swing',
    text: 'my boyfriend pushed me on the swings at the park and it was so fun',
    expect: null,
  },
  {
    name: 'FN: a staff alert about a bombing threatened at school on a day',
    text: 'staff alert: a snapchat post says theres going to be a bombing on friday at our school, police aware',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a photo shoot for the prospectus',
    text: 'the photo shoot on friday for the school prospectus is at 9',
    expect: null,
  },
  {
    name: 'FN: a search for getting a gun through people',
    text: 'how easy is it to get a pistol in london if u know the right people',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a guitar strap from a cousin',
    text: 'my cousin can get me a strap for my bass, mine snapped',
    expect: null,
  },
  {
    name: 'FN: an adult urges a child to punch back and go for the throat',
    text: 'my uncle said if that boy pushes you again punch him back harder and go for the throat',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: tasting advice, go for the nose',
    text: 'when you taste the cheese go for the nose first then the flavour',
    expect: null,
  },
  {
    name: 'FN: a coach reports a game that became a brawl, players beaten',
    text: 'coach email: the u15 game ended in a mass brawl, three of our players were beaten up in the car park',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP: a debate that became a free for all',
    text: 'the class debate turned into a free for all about pineapple on pizza',
    expect: null,
  },
  {
    name: 'FN: a happy slap clip passed round',
    text: 'they keep sending round the happy slap clip of that year 9 boy and everyone thinks its hilarious',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: bringing something in so that lot stop',
    text: 'im bringing summat in tomorrow so that lot stop messing with me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: bringing something in for the cake sale',
    text: 'im bringing something in tomorrow for the cake sale so they stop asking',
    expect: null,
  },
  {
    name: 'FP: a sibling who takes the charger, hyperbole',
    text: 'my big sister keeps nicking my charger im going to strangle her',
    expect: null,
  },
  {
    name: "FN: a channel's call that the martyrs showed the way",
    text: 'share this brothers, our martyrs showed the way, now we must rise',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: the suffragettes paved the way',
    text: 'the suffragettes paved the way for women to vote, my history essay',
    expect: null,
  },
  {
    name: 'FN: staff log of Nazi graffiti in a history room',
    text: 'staff note: year 10 boy carved ss runes on a desk in the history room, said it was just a laugh',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: mehndi swastika for diwali',
    text: 'my hindu auntie drew a swastika on my hand with mehndi for diwali',
    expect: null,
  },
  {
    name: 'FN: asking what a neo-Nazi number code means',
    text: 'what does 1488 mean and why do people put it in their bio',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FN: manosphere figures said to be the only ones telling the truth',
    text: 'girls are worthless once they sleep around, the red pill guys are the only ones telling the truth',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: the only ones telling the truth in a play',
    text: 'in the play the servants are the only ones telling the truth',
    expect: null,
  },
  {
    name: 'FN: put on a plane home and never coming back',
    text: 'my brothers said if i keep talking to that boy theyll put me on a plane to pakistan and i wont ever come back',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP: put on a plane for a holiday with a return',
    text: 'mum is putting me on a plane to spain for the holiday, i wont be coming back till sunday',
    expect: null,
  },
  {
    name: 'FN: a special day like her big sisters, not to tell teachers',
    text: 'mum says when we visit somalia i will have my special day like my big sisters and i must not tell my teachers',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a parent will deal with the other when home, do not ring the police',
    text: 'dads text to mum: ill deal with you when i get in, dont you dare ring the police',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a girlfriend scratches and takes the phone over a liked post',
    text: 'my girlfriend scratched my face and took my phone because i liked a girls post, she always apologises after',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a parent tells a child to punch back and go for the face',
    text: 'my dad told me to punch him back harder next time and go for his face',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: bringing something in so the year 10s leave the writer alone',
    text: 'gonna bring something in tomorrow so them year 10s leave me alone',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: asking what the 14 words mean',
    text: 'what does 14 words mean',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP: fourteen words about a holiday',
    text: 'write 14 words about your summer holiday for homework',
    expect: null,
  },
  {
    name: "FP: taken back home for a cousin's wedding",
    text: 'dad is taking us back home to india for my cousins wedding, this is decided already',
    expect: null,
  },
  {
    name: 'FP: a church ceremony kept as a surprise',
    text: 'my nan will do the ceremony for me like my sisters had at the church, keep it a secret its a surprise for mum',
    expect: null,
  },
  {
    name: 'FP: a boyfriend pushes into the pool at a party',
    text: 'my boyfriend pushed me in the pool at the party, so hard i lost my flip flop',
    expect: null,
  },
  {
    name: 'FP: weeks of silence from the bank',
    text: 'dad says weeks of silence from the bank is normal',
    expect: null,
  },
];

regressionTable('session-17 fit-b regressions', rows);
