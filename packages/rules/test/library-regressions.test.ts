// Named library regressions: each false negative or false positive fixed in the rules data (not the
// engine; those are in packages/engine/test/regressions.test.ts) gets a row, with what must happen.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: sextortion said as what happens to pictures if the child blocks ("if u block me they go to every contact")',
    text: 'got a screen recording of u from cam, if u block me it goes to everyone on ur snap',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: "something special" offered with a move to another app or past parental controls',
    text: 'come on kik instead, ill show you something special, our secret',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a sharpener bought just to take the blade out',
    text: 'got a new pencil sharpener only to get the blade out',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: self-harm counted in lines ("did 9 lines tonight") or named as the only thing that helps',
    text: 'self harm is the only thing that helps, did 7 lines last night',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard: lines learnt for the play',
    text: 'did 20 lines tonight for the school play rehearsal',
    expect: null,
  },
  {
    name: 'FP: "i wanna die my hair pink" (die for dye, without "to") alerted as a wish to die',
    text: 'i wanna die my hair blue before the holidays',
    expect: null,
  },
  {
    name: 'FP: "she shot her shot" (asked someone out) alerted as a shooting',
    text: 'she shot her shot with him at the disco',
    expect: null,
  },
  {
    name: 'FN guard: a shooting reported stays a concern',
    text: 'he shot her outside the chicken shop last night',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP: a school notice not to bring knives alerted as a weapon brought to school',
    text: 'Pupils must not bring knives or blades into school, including craft knives.',
    expect: null,
  },
  {
    name: 'FP: hangman (the word game) read as a method question',
    text: 'in hangman how long does it take to die if you keep guessing wrong',
    expect: null,
  },
  {
    name: 'FN: urges back after a clean streak told with "used to" were lowered as recovery',
    text: 'i used to cut, clean for 6 months but the urges are back this week',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN: "i\'ll be gone before <a day>" said as a plan was no rule, and "results" beside "made my peace" read as an ordinary ending',
    text: 'honestly its fine, i made my peace with it. ill be gone before results day',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP guard: "ill be dead before my gcses at this rate" is worn out by work',
    text: 'ill be dead before my gcses at this rate lol',
    expect: null,
  },
  {
    name: 'FN: a named injury threatened for an everyday offence ("hed break my arm if i came home late") was read as a figure of speech',
    text: 'dad said hed break my arm if i came home late again',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: "mum will kill me if i come home late" stays a figure of speech',
    text: 'mum will kill me if i come home late again',
    expect: null,
  },
  {
    name: 'FN: a sibling\'s wish to end it, reported with what the pupil sees ("hes been in his room for days"), was lowered by the later pronoun as third person',
    text: 'my brother keeps saying he wants to end it and hes been in his room for days',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP guard: a character shut in his room in a set text stays lowered',
    text: 'romeo says he wants to die and he is locked in his room in act 3',
    expect: null,
  },
  {
    name: 'FN: "i saw it in the history" (a browser\'s history) was read as historical context and lowered a sibling\'s method search',
    text: 'my cousin (15) keeps searching how to die on the shared laptop, i saw it in the history',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "in her history" (a phone\'s history) was read as historical context',
    text: 'my sister keeps searching how to kill herself, its all in her history',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP guard: wanting to die in a history lesson stays historical',
    text: 'in history we read about soldiers in the trenches who wanted to die',
    expect: null,
  },
  {
    name: 'FN: the hyperbole cue read a condition said in earnest ("if i fail again fr") as a figure of speech',
    text: 'if i fail again fr im going to kill myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "in class" was an educational cue and lowered a pupil describing a panic attack in class',
    text: 'had a panic attack in class today and i cant stop shaking',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: "miss said" was an educational cue and lowered a disclosure right after it',
    text: 'i told miss but she said im being dramatic, i still want to die',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "research" was an educational cue and lowered a method search',
    text: 'researching painless ways to kill myself',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: "childline" was an educational cue and lowered the disclosure that followed it',
    text: 'i rang childline last night because my dad hit me again',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: FGM ceremony with only "for me and my cousins" beside it',
    text: 'theres going to be a cutting ceremony for me and my cousins',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FP guard: a ribbon-cutting ceremony stays quiet',
    text: 'we had a ribbon cutting ceremony for me and my cousins at the library',
    expect: null,
  },
  {
    name: 'FN: the sport cue\'s score "4-0" also matched the number 40 ("£40") and lowered a knife sale',
    text: 'zombie knife £40 dm me, can bring it in monday',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a football score still reads as sport ("won 4-0", "the ref was killing us")',
    text: 'we won 4-0 and the ref was killing us',
    expect: null,
  },
  {
    name: 'FP guard: a score beside "got jumped" is still lowered by the sport cue',
    text: 'we got jumped 4-0 by the top team in the cup',
    expect: null,
  },
  {
    name: 'FN: "kitchen" was a cooking cue and lowered a knife taken from the kitchen to school',
    text: 'im taking a knife from the kitchen into school tomorrow',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: "kitchen" elsewhere in the text lowered bringing a kitchen knife into school',
    text: 'bringing a kitchen knife into school, mums got loads in the kitchen',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FP guard: a knife for food tech with onions stays lowered by the cooking cue',
    text: 'i have to bring a knife to school for food tech, we are chopping the onions',
    expect: null,
  },
  {
    name: 'FP guard: cutting onions with a kitchen knife',
    text: 'cut the onions with a kitchen knife',
    expect: null,
  },
  {
    name: 'FN: bare "character" was a literary cue and lowered a disclosure about a parent',
    text: 'my dad is a scary character, he hits me when hes drunk',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FP guard: an essay about the characters in Romeo and Juliet',
    text: 'an essay about the characters in romeo and juliet and why juliet wants to kill herself',
    expect: null,
  },
  {
    name: 'FP guard: the main character of a book who wants to die',
    text: 'the main character wants to kill himself in chapter 3',
    expect: null,
  },
  {
    name: 'FN: masked swearing (a star for a letter) was read as two words',
    text: 'that motherf*cker nicked my bike',
    expect: { category: 'profanity', min: 2 },
  },
  {
    name: 'FN: masked abuse aimed at a person (c**t)',
    text: 'ur an absolute c**t',
    expect: { category: 'profanity', min: 3 },
  },
  {
    name: 'FN: a masked slur (n*gger)',
    text: 'he called me a n*gger in the lunch queue',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: masked self-harm words (k*ll mys*lf)',
    text: 'i honestly want to k*ll mys*lf',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: spaced letters after the word "a" were joined with it ("acunt")',
    text: 'you are a c u n t',
    expect: { category: 'profanity', min: 3 },
  },
  {
    name: 'FN: spaced letters after the word "i" were joined with it ("ikill")',
    text: 'i k i l l myself every time i look in the mirror',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a pupil reporting sextortion in the first person ("if i dont send more ... he will post")',
    text: 'he said if i dont send more pics he will post the ones he has',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: "nobody would care if i just disappeared" (a word between "i" and the verb)',
    text: 'nobody would care if i just disappeared tbh',
    expect: { category: 'suicide', min: 3 },
  },
  {
    name: 'FN: stockpiled pills stated as "have the pills saved up"',
    text: 'i have the pills saved up, doing it on friday',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: "i hate all muslims" (a quantifier before the group)',
    text: 'i hate all muslims they should be deported',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: confinement and withheld food at home',
    text: 'my mum locks me in my room and doesnt feed me',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: "i need to starve" after weight hatred',
    text: 'im so fat and disgusting i need to starve',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN: asking strangers to sell drugs ("can anyone sell me some weed")',
    text: 'can anyone sell me some weed near the school',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a school question with an "are you home alone" question was two low grooming moves, not one high',
    text: 'what school do u go to and are u home alone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a pupil disclosing sexual touching by a coach (an adult outside the family)',
    text: 'my coach touches me in ways that make me uncomfortable',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a pupil reporting that others will jump them after school',
    text: 'they said theyll jump me after school',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: the group chat laughing at a video made of the pupil',
    text: 'everyone in the group chat is laughing at the video they made of me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a farewell after "cant take it anymore"',
    text: 'cant do this anymore, goodbye everyone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP: "i want 2 die my hair purple" (txt-speak "2", dye spelt die) read as a wish to die',
    text: 'i want 2 die my hair purple',
    expect: null,
  },
  {
    name: 'FN: a phrase spaced letter by letter across words ("k i l l m y s e l f") joined into one word',
    text: 'k i l l m y s e l f',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "go k i l l y o u r s e l f" aimed at someone',
    text: 'go k i l l y o u r s e l f',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FP guard: initials spaced out (the U S A and the U K) stay quiet',
    text: 'we studied the U S A and the U K in geography',
    expect: null,
  },
  {
    name: 'FP guard: peers asking age and year stay quiet',
    text: 'how old are you and what year are you in',
    expect: null,
  },
  {
    name: 'FP guard: stars in maths, grades and emphasis stay quiet',
    text: 'q3: 5*3 = 15, 2*x = 6; i got an A* and two A**s, *note* the **bold** answer',
    expect: null,
  },
  {
    name: "FN: sextortion threat in the progressive form ('or im posting them to ur followers')",
    text: 'do it or im posting them to all ur followers tonight',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a pupil reporting that he will share what they already sent unless they pay',
    text: 'he says if i dont pay him hell post the pics i sent to my school',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: "FN: requests for a child's body in underwear or with clothes off",
    text: 'send a pic with ur shirt off, ill give u 20 quid',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a secret meeting with a lift and a cover story',
    text: 'ill pick u up from the end of ur road, tell ur dad ur staying at a mates',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a coach or tutor messaging a pupil at night with secrecy',
    text: 'my tutor keeps texting me at midnight and says dont tell anyone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: sexualised age flattery ('pretty for your age')",
    text: 'ur really fit for ur age, do ur parents check ur phone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: stacked checks that no adult is home',
    text: 'r ur parents in? is anybody else home',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: a peer asking if parents are home to come round',
    text: 'are ur parents home? can i come round to do the project',
    expect: null,
  },
  {
    name: 'FP guard: sextortion defined in a PSHE lesson',
    text: 'blackmail is when someone threatens to share your photos unless you pay, tell a trusted adult',
    expect: null,
  },
  {
    name: 'FP guard: a parent confiscating a phone is not bullying',
    text: 'mum took my phone off me for a week cos of my report',
    expect: null,
  },
  {
    name: "FP guard: 'take my life into my own hands' is an idiom",
    text: 'time to take my life into my own hands and get a job',
    expect: null,
  },
  {
    name: 'FP guard: nitrous oxide as an anaesthetic',
    text: 'the dentist gave my brother nitrous oxide as an anaesthetic',
    expect: null,
  },
  {
    name: 'FP guard: past self-harm told as recovery',
    text: 'i used to self harm but ive been clean for two years now',
    expect: null,
  },
  {
    name: 'FP guard: a slur discussed as a word',
    text: 'why is the word retard offensive now? english language coursework',
    expect: null,
  },
  {
    name: "FN: a parent hitting the child named without 'my' ('dad hits me when hes drunk')",
    text: 'stepdad hits me when hes angry and mum does nothing',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: domestic violence told briefly ('he hits her')",
    text: 'they row all the time and dad hits her when hes been drinking',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: forced marriage reported by the pupil',
    text: 'my parents are forcing me to marry my cousin in bangladesh this summer',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: FGM described as being 'cut like my sisters'",
    text: 'nan says this summer its my turn to be cut like my cousins',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: sexual abuse told as 'does stuff to me'",
    text: 'my stepbrother does things to me at night and says its our secret',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a carer telling the child not to tell school beside neglect',
    text: 'theres no food in the house and dad said not to tell my teacher',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: coached to lie to a social worker',
    text: 'my mum makes me lie to the social worker about her boyfriend',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: thrown out of home and sleeping on floors',
    text: 'been chucked out again, sleeping on my nans sofa',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: kicked out of class',
    text: 'got kicked out of maths and had to sit on the floor outside',
    expect: null,
  },
  {
    name: 'FN: a written note with a time (suicide note)',
    text: 'finished my note, its time, sorry everyone',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: "FN: stockpiling someone else's tablets",
    text: 'ive been hiding my nans tablets in my room, nearly enough now',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: taking the whole pack of tablets tonight',
    text: 'gonna take the whole packet of paracetamol tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: "FN: method search with a named method ('how long does it take to die from')",
    text: 'how long does it take to die from an overdose',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: "FN: 'thinking about ending it' without 'all'",
    text: 'honestly been thinking about ending things',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a 'not joking' plan was lowered by the negation cue; the means ready nearby now makes it a plan",
    text: 'im going to kill myself, not joking, ive got the tablets ready',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard: ending a relationship',
    text: 'thinking about ending it with my girlfriend, shes so clingy',
    expect: null,
  },
  {
    name: 'FN: a weapon carried now in a blazer or bag, ready for a fight',
    text: 'got a shank in my bag today in case anyone starts',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: taking 'it' (a gun named earlier) into school",
    text: 'my brother keeps a knife under his bed, im bringing it into school monday',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a stab threat set at school (at lunch, in form)',
    text: 'im going to stab her at break',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a school shooting plan named',
    text: 'been planning a school shooting for months',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: shooting everyone who bullied me',
    text: 'one day ill shoot everyone who picked on me',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: going round to someone's house with a weapon",
    text: 'pulling up to his house later with a machete',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: a second threat after 'and then' (slash his tyres and then slash him)",
    text: "we'll key his car and then slash him",
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'were jumping him' / 'when we batter her'",
    text: 'after school were battering him behind the shops',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: hurt him so badly he ends up in hospital',
    text: 'i want to beat him so badly he ends up in a and e',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a weapon that gets past metal detectors',
    text: 'what knife can get through a metal detector',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'carrying' as weapon slang",
    text: 'started carrying everywhere, the opps wont try it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: laughing about setting an animal on fire was lowered by 'lol'",
    text: 'we threw a kitten in the canal lol',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP guard: a sword in a game boss fight',
    text: 'stab him with the sword then dodge, thats how u beat the wither',
    expect: null,
  },
  {
    name: "FP guard: a cricket bat at a friend's house",
    text: 'going round to his house with my bat and ball for cricket',
    expect: null,
  },
  {
    name: 'FN: self-harm relapse with a clean count',
    text: 'relapsed again, was 60 days clean',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: a self-harm wound that will not stop bleeding (emergency)',
    text: 'cut deeper than i meant to and it wont stop bleeding, dont tell anyone',
    expect: { category: 'self-harm', min: 5 },
  },
  {
    name: 'FP guard: a sports injury that needs stitches',
    text: 'fell off the climbing frame and my chin wont stop bleeding, need stitches',
    expect: null,
  },
  {
    name: 'FN: punching walls until the knuckles bleed',
    text: 'i punched the wall till my knuckles split',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: arms covered in cuts',
    text: 'my thighs are covered in scars and i cant go swimming',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: restriction told as skipped meals and a single food',
    text: 'skipped breakfast and lunch again, only had water today',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN: laxatives for weight loss',
    text: 'do laxatives make you lose weight',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: "FN: 'self harm again' is an act, not a topic mention",
    text: 'self harmed again last night',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: "FN: direct insults about body or worth ('no wonder nobody talks to u', 'waste of oxygen')",
    text: 'ur so ugly no wonder no one talks to you, waste of oxygen',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: organised exclusion ('everyone block her', 'add everyone but him')",
    text: 'everyone block her shes such a fake, pass it on',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: spreading a rumour round',
    text: 'start a rumour that she fancies sir so everyone thinks shes weird',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: a pupil's face edited onto an animal",
    text: 'they edited my face onto a monkey and everyone saw it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: anonymous hate messages received',
    text: 'someone keeps dming me horrible messages saying i should leave',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: 'we'll get u at the gates' for grassing",
    text: 'if u snitch ill get u after school',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: mocking 'are you autistic or something'",
    text: 'is he retarded or something lmao',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FP guard: friendly teasing with 'jk' and 'love u'",
    text: 'ur so fat lol jk love u bestie',
    expect: null,
  },
  {
    name: "FN: someone else's nudes offered round",
    text: 'got his nudes, want to see?',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FN: seeking free or unblocked porn',
    text: 'how to unblock porn on school chromebook',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FN: arranging sex',
    text: 'lets have sex at mine tonight',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: "FN: a disclosure of non-consent ('i said no but he kept going')",
    text: 'i said no but he did it anyway',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP guard: renaissance nude paintings',
    text: 'we looked at nude women in renaissance paintings in art',
    expect: null,
  },
  {
    name: 'FN: endorsing a proscribed group',
    text: 'isis were right honestly',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: 'kill the invaders' and purging a group",
    text: 'purge all the migrants, kill the invaders',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: copying a named attacker',
    text: 'gonna do what breivik did',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: "FN: a nazi salute 'as a joke' was lowered below high by 'lol'",
    text: 'heil hitler lmao',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: holocaust denial is an assertion, not a mention',
    text: 'the holocaust was made up',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: holocaust deniers discussed in history',
    text: 'in history we learned why holocaust deniers are wrong',
    expect: null,
  },
  {
    name: 'FN: drug slang for buying and being on drugs',
    text: 'whos got some bud for tonight, im tryna get baked',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: dosing questions for a first time',
    text: 'how many pingers should i take',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: an unresponsive friend after taking something',
    text: 'she took something and now she wont wake up',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: paid to run a line (county lines)',
    text: 'older lads are paying me to run their line to ipswich',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a child getting a nicotine vape from older pupils',
    text: 'bought a vape off some year 11s',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: "FP guard: a kite, a climbing wall and 'so high'",
    text: 'the kite got so high last night we lost it',
    expect: null,
  },
  {
    name: 'FP guard: running a line of code',
    text: 'running the line of code in python again',
    expect: null,
  },
  {
    name: 'FN: dehumanising statements about a group',
    text: 'refugees are vermin',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: wishing death on a group',
    text: 'trans people should all die',
    expect: { category: 'discrimination', min: 4 },
  },
  {
    name: 'FN: shunning someone for being gay',
    text: 'hes gay dont let him sit near me',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: group rights discussed',
    text: 'gay people should be allowed to give blood, citizenship debate',
    expect: null,
  },
  {
    name: 'FN: betting debts',
    text: 'lost all my wages on slots and i owe my brother',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: described symptoms (a loud head, hearing voices)',
    text: 'sometimes i hear voices that arent there',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FN: 'how do i know if i have depression'",
    text: 'how can i tell if im depressed',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: a helpline the pupil texted (signposting) lowered means had ready the night before',
    text: 'i texted 85258 last night, i had the pills ready',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a pupil's own call to Childline is not signposting",
    text: 'i rang childline last night cos i want to kill myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: doubting Childline before a disclosure of hitting is not signposting',
    text: 'i know childline can help but i cant tell anyone, my dad hits me',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: 'childline is free but' is the pupil's fear, not a poster",
    text: 'childline is free but im scared they will tell my mum, she hits me',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: a parent's 'will kill me' beside a real beating for a report is no figure of speech",
    text: 'my dad will kill me he beat me with a belt last time i got a bad report',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: locked in for days over mocks (an everyday offence beside a real punishment)',
    text: 'mum locked me in my room for two days because i failed my mocks',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: kicked out over a piercing is not lowered as a figure of speech',
    text: 'my dad kicked me out because i got a nose piercing',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a broken arm beside a lost phone',
    text: 'i lost my phone and my dad broke my arm',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: burnt with a lighter over a chore',
    text: 'he burnt me with a lighter because i forgot to feed the dog',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: honour threat over a boyfriend ('if he finds out') is not a figure of speech",
    text: 'my dad will kill me if he finds out i have a boyfriend',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: honour threat over a forced marriage was lowered by its own 'if i didnt'",
    text: 'my uncle said hed kill me if i didnt marry him',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: a brother's threat over talking to a boy",
    text: 'my brother said hell kill me if i talk to that boy again',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: sent back home if the family finds out',
    text: 'theyll send me back home if they find out',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: a set text named before the pupil's own wish is not a literary frame",
    text: 'we did blood brothers today, i want to kill myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a pupil measuring their life against a character',
    text: 'i feel like eva smith, nobody would care if i killed myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a laugh taken back ('lol but like actually') no longer lowers",
    text: 'i want to kms lol but like actually',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: 'lol not even joking' after a self-harm plan",
    text: 'gonna cut myself tonight lol not even joking',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: "FN: a brother's current talk of killing himself (third person, present)",
    text: 'my brother keeps talking about killing himself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a sibling's searches for how to hang himself",
    text: 'my lil bro keeps searching how to hang himself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a girlfriend who says she does not want to live',
    text: 'my gf says she doesnt want to live anymore',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a note left and no answer since',
    text: 'my brother wrote a note and now hes not answering his phone',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a friend saying everyone would be better off without her',
    text: 'my friend keeps saying everyone would be better off without her',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a classmate who keeps saying she wants to kill herself',
    text: 'a girl in my class keeps saying she wants to kill herself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP guard: a helpline poster stays quiet',
    text: 'Childline 0800 1111 offers free support if you are worried about self harm',
    expect: null,
  },
  {
    name: 'FP guard: txt-speak signposting stays quiet',
    text: 'samaritans r there 24/7 if ur feeling suicidal',
    expect: null,
  },
  {
    name: "FP guard: a parent's 'will kill me' about a detention",
    text: 'my mum will literally kill me if i get another detention',
    expect: null,
  },
  {
    name: "FP guard: a parent's 'will kill me' about mocks",
    text: 'mum will kill me if i fail my mocks',
    expect: null,
  },
  {
    name: "FP guard: parents who will 'kill' a pupil over a piercing",
    text: 'my parents will kill me if they find out i got a nose piercing',
    expect: null,
  },
  {
    name: "FP guard: a sibling's 'will kill me' over a charger",
    text: 'my brother will kill me if i lose his charger',
    expect: null,
  },
  {
    name: "FP guard: a set text's suicide (An Inspector Calls)",
    text: 'sheila birling feels guilty for getting eva sacked and she killed herself',
    expect: null,
  },
  {
    name: "FP guard: a set text's suicide (Othello)",
    text: 'othello smothers desdemona and then stabs himself',
    expect: null,
  },
  {
    name: 'FP guard: kms about a test, with a laugh',
    text: 'kms lol this test is so hard',
    expect: null,
  },
  {
    name: 'FP guard: dying of embarrassment',
    text: 'she said she wanted to die of embarrassment lol',
    expect: null,
  },
  {
    name: "FP guard: a brother's figure of speech about football results",
    text: 'my brother says he wants to kill himself every time arsenal lose lol',
    expect: null,
  },
  {
    name: "FP guard: a friend who 'killed it' on stage",
    text: 'my friend killed it at the concert last night',
    expect: null,
  },
  {
    name: 'FP guard: revision notes already written',
    text: 'id already written the notes so i didnt bother going',
    expect: null,
  },
];

regressionTable('library regressions', rows);
