// Named regressions for the violence, extremism and discrimination concept rules (lexicons in
// library/lexicons/violence-extremism.yaml): one row per phenomenon fixed, worded differently
// from the development set (test/fixtures/dev-violence-extremism.tsv).
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  // Violence: weapons at school, whoever owns them.
  {
    name: 'FN: a relative\'s weapon of any kind taken into school ("my uncles machete in on tuesday")',
    text: 'taking my uncles old machete in on tuesday, watch what happens',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: an air rifle taken to school',
    text: 'im bringing the air rifle to skool tmrw',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: going into school "with it" after naming a gun',
    text: 'found my dads pistol, gonna walk into school with it on thursday',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: "theres gonna be" a shooting at school',
    text: 'theres gonna be a shooting at this school next week',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: progressive first-person stabbing at break ("im shanking him at break")',
    text: 'im shanking him at break',
    expect: { category: 'violence', min: 5 },
  },
  // Violence: threats, carrying, weapons ready for someone.
  {
    name: 'FN: a bare kill threat with a finality marker',
    text: 'im gonna kill her i mean it this time',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a kill threat about a sibling eating food, with lol',
    text: 'im gonna kill him he ate my last yoghurt lol',
    expect: null,
  },
  {
    name: 'FN: carrying a knife as a habit ("got a blade on me 24/7")',
    text: 'got a blade on me 24/7 now',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a knife kept under the pillow for a parent',
    text: 'theres a knife under my pillow for if my stepdad comes in again',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a handgun hidden at home by a relative',
    text: 'my cousin stashed a glock in my wardrobe',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: getting a weapon to go after someone',
    text: 'ima grab a blade and go after him',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: asking a relative to shoot someone',
    text: 'gonna ask my brother to shoot that guy',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a reported threat against the pupil's mum",
    text: 'they said theyre gonna stab my mum',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a pupil shown a weapon',
    text: 'this lad flashed me a machete outside the shop',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: harming someone without leaving evidence',
    text: 'how do u strangle someone without leaving marks',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a group beating planned after PE (the sport word names the time)',
    text: 'were gonna rush him after pe',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: slashed as a victim',
    text: 'my cousin got slashed outside the chicken shop',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a news report of a stabbing',
    text: 'on the news a teenager was stabbed in leeds',
    expect: null,
  },
  {
    name: 'FP guard: "stabbed me in the back" is betrayal',
    text: 'she stabbed me in the back and told everyone',
    expect: null,
  },
  {
    name: 'FP guard: squabbling over a controller',
    text: 'my brothers were fighting over the controller after school',
    expect: null,
  },
  {
    name: 'FP guard: a knife for a birthday cake at school',
    text: 'can i bring a knife for the cake at school on friday',
    expect: null,
  },
  {
    name: 'FP guard: a lesson about why people carry knives',
    text: 'assembly on knife crime, why teenagers carry blades',
    expect: null,
  },
  // Extremism.
  {
    name: 'FN: praising an attacker with an everyday word ("was a king")',
    text: 'breivik was a king ngl',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: praising "the mosque shooter"',
    text: 'the mosque shooter did the world a favour',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FP guard: a history essay on Hitler's propaganda",
    text: 'hitler was a genius at propaganda according to my history textbook',
    expect: null,
  },
  {
    name: 'FN: copying a named attacker ("ima be the next tarrant")',
    text: 'im gonna be the next tarrant',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: "FN: ramming a crowd with a relative's car",
    text: 'wanna drive my mums car into the crowd at the parade',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: burning a place of worship down "with them inside"',
    text: 'lock the synagogue with them inside and burn it',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: replacement conspiracy without the phrase "great replacement"',
    text: 'theyre swapping white people for migrants',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: holocaust denial by the number',
    text: 'six million was totally made up',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: martyrdom praised',
    text: 'dying as a shaheed is the greatest thing',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a pupil being sent extremist material',
    text: 'a guy on telegram keeps sending me far right videos',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: "send them back on the boats"',
    text: 'ship them all back on the first boat',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FP guard: a room number 1488',
    text: 'meet me in room 1488',
    expect: null,
  },
  // Discrimination.
  {
    name: 'FN: obfuscated bare slur ("f4gs")',
    text: 'f4gs',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: the British cigarette sense',
    text: 'grandad went outside for a fag',
    expect: null,
  },
  {
    name: 'FN: a call to ban a group',
    text: 'ban all the immigrants',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: stripping a group of rights',
    text: 'trans people shouldnt have rights',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: a rule about phones',
    text: 'energy drinks should be banned for kids',
    expect: null,
  },
  {
    name: 'FN: racial supremacy',
    text: 'white people are way smarter than other races',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a hateful trope about what a group does',
    text: 'immigrants just take our jobs and live off benefits',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a group called an abomination',
    text: 'lesbians are an abomination',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a member of a group with an insult',
    text: 'get away from me u filthy gypsy',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a pupil called an identity word as a taunt',
    text: 'everyone keeps calling my brother a terrorist',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a death wish against disabled people',
    text: 'disabled people should be euthanised',
    expect: { category: 'discrimination', min: 4 },
  },
  {
    name: 'FN: women as objects',
    text: 'girls are basically property',
    expect: { category: 'discrimination', min: 3 },
  },
  // Found by the second, one-shot set (check-violence-extremism.tsv), worded differently here.
  {
    name: 'FN: an unnamed weapon ("something sharp") brought into school',
    text: 'gonna bring something sharp in to skool tomorrow',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a teacher named by title as the target in form time',
    text: 'im gonna shank mrs patel in form time',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a weapon hidden on the school site for later',
    text: 'hiding a knife behind the bike shed at school for after lunch',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: "run him over" with the pronoun inside the verb',
    text: 'im gonna run that kid over',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: an injury idiom threat',
    text: 'ill knock ur lights out',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: a beating aimed at "the new kid"',
    text: 'lets batter the new kid',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: a conditional progressive kill threat ("if she grasses im murdering her")',
    text: 'if she grasses im murdering her for real',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: wanting a weapon for protection',
    text: 'need a blade for protection',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: choking someone without being caught',
    text: 'how to choke someone till they pass out without getting caught',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a relative stabbed years ago who now campaigns',
    text: 'my cousin was stabbed years ago and now campaigns against knife crime',
    expect: null,
  },
  {
    name: 'FP guard: play fighting',
    text: 'the boys in my class were play fighting at break',
    expect: null,
  },
  {
    name: 'FN: an attack on an asylum hotel',
    text: 'lets burn down the asylum hotel',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: copying an attacker at a mosque (the RE cue "masjid" no longer lowers it)',
    text: 'going to do what tarrant did at the local masjid',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: "finish the job" said of Hitler',
    text: 'hitler needed to finish what he started',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: transphobic "boys in skirts"',
    text: 'trans girls are just boys in skirts',
    expect: { category: 'discrimination', min: 3 },
  },
  // Found by a further probe of everyday wordings.
  {
    name: 'FN: a peer seen with a knife in their blazer at school',
    text: 'a boy in my form has a blade in his blazer today',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: someone armed waiting for the pupil',
    text: 'theyve got a machete and theyre outside my house',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: "have u merked" (getting someone else to do it)',
    text: 'ill get him merked',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a threat with a weapon reported ("threatened me with a blade")',
    text: 'some year 11 threatened my brother with a blade',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a gun "on him"',
    text: 'careful his cousin has a strap on him',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a stated wish to kill a parent',
    text: 'i really want to kill my stepdad',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: wishing to kill an annoying sibling, with lol',
    text: 'i want to kill my sister lol shes so annoying',
    expect: null,
  },
  {
    name: 'FP guard: a knife and fork for a picnic',
    text: 'remember to bring a knife and fork to school tmrw',
    expect: null,
  },
  {
    name: 'FN: "shut up u fat lesbian"',
    text: 'get lost u ugly lesbian',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: an exclusion sign ("no blacks allowed")',
    text: 'no pakis allowed on my team',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: excluded because of identity ("ur muslim so u cant")',
    text: 'ur muslim so u cant sit with us',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: "you people" othering',
    text: 'ur lot should all be deported',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: "you lot" in a thank-you',
    text: 'you lot are the best, thanks for the cards',
    expect: null,
  },
  // Extremism and discrimination wordings from a second probe.
  {
    name: 'FN: wanting a new Hitler',
    text: 'england could do with another hitler tbh',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: "never another holocaust"',
    text: 'the assembly was about making sure there is never another holocaust',
    expect: null,
  },
  {
    name: 'FN: an antisemitic blame conspiracy',
    text: 'the jews caused covid',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: replacement by "flooding"',
    text: 'theyre swamping britain with refugees',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: asking how to join a terrorist cell',
    text: 'how do u join an extremist group',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a suicide bombing intent',
    text: 'i wanna blow myself up at the station',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: a call to fight "invaders" with a meeting',
    text: 'lads we need to rise up against the invaders, meet up sunday',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: wanting to fight for a proscribed group',
    text: 'i would die for the islamic state',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a group stereotype ("cant drive")',
    text: 'chinese people cant drive',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: "all X are the same"',
    text: 'all the immigrants are exactly the same',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: an identity denied ("non binary isnt real")',
    text: 'non binary isnt a real thing',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: "u look like a terrorist"',
    text: 'he looks like a suicide bomber with that beard',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a group of pupils to be shut out',
    text: 'the special needs kids shouldnt be in our school',
    expect: { category: 'discrimination', min: 3 },
  },
  // Round 2, batch 1: veiled threats, reported threats, armed groups, revenge, hate motives.
  {
    name: "FN: a weapon hinted at as 'summat in my bag' with retribution at break",
    text: 'got summat in my bag for that kid, he wont be smiling after break',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: 'it' brought in with 'theyll regret it' and a day",
    text: 'im bringing it into school thursday and theyll regret it',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FP guard: something in my bag as a present',
    text: 'i have got something in my bag for you at lunch, happy birthday',
    expect: null,
  },
  {
    name: 'FN: a warning to stay off school on a day',
    text: 'seriously dont come in to school tomorrow, youve been warned',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FP guard: stay off school because it is closed',
    text: 'dont come into school on friday, its a strike day',
    expect: null,
  },
  {
    name: 'FN: reconnaissance of staff positions with a plan',
    text: 'ive been watching where the teachers stand at break, the plan is nearly done',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: a lasting-harm threat ('never wakes up')",
    text: 'im gonna make sure she never wakes up again',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'not getting out of here alive'",
    text: 'if he says that again hes not getting out of the park alive',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a wish for someone to suffer',
    text: 'i honestly want my stepdad to suffer',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a reported threat to cut the pupil if they tell',
    text: 'he told me hell slash me if i tell my mum',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FP guard: a sibling's kill hyperbole about chocolate",
    text: 'my brother said hell kill me if i eat his chocolate lol',
    expect: null,
  },
  {
    name: 'FN: a group coming armed',
    text: 'his mates are pulling up with machetes tonight',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: revenge for a stabbing',
    text: 'they knifed my brother and now my cousins are after revenge',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a weapon shown round in the toilets at school',
    text: 'some year 10 was passing round a blade in the toilets',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: a gun got 'off a guy'",
    text: 'hes sorting a strap off some guy for the opps',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a slang weapon kept in a locker',
    text: 'the olders gave me a skeng, its sitting in my locker',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FP guard: a stationery blade stuck in a sharpener',
    text: 'how do i get the blade out of my sharpener its jammed',
    expect: null,
  },
  {
    name: 'FN: a duty to fight the disbelievers',
    text: 'the brother says its our duty to fight the unbelievers',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a race war wanted',
    text: 'there needs to be a race war in this country',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: secret teaching of 'the true' religion online",
    text: 'a man on discord is teaching me the true islam and says keep it between us',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: livestreaming an attack like a named attacker',
    text: 'ill stream it like tarrant did',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: a call for someone to start killing a group',
    text: 'somebody needs to start shooting these people',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: bacon thrown at a Muslim pupil',
    text: 'they chucked pork at her in the lunch hall cos shes muslim',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: "FN: 'going to hell' for having two mums",
    text: 'she said im going to hell because i have two mums',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a beating threatened because of sexuality',
    text: 'theyre going to jump him because hes gay',
    expect: { category: 'discrimination', min: 4 },
  },
  // Round 2, batch 2: txt spellings, fragments and search queries.
  {
    name: "FN: a slang weapon 'the ting' in a bag for break",
    text: 'brought dat ting in ma blazer 4 break',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: a stab threat at 'da boi'",
    text: 'gna shank da boi',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a school attack with 'ma skool'",
    text: 'imma blow up ma skool',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: 'il' for ill before a cutting threat",
    text: 'il slice u open',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'hw 2 mke' a shiv",
    text: 'hw 2 mke a shiv out of a toothbrush',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'ya dead wen' a threat",
    text: 'ya dead wen i catch u',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'watch ya bk'",
    text: 'betta watch ya bk',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: "FN: 'stabbd' spelling of a victim",
    text: 'my cousin got stabbd last nite',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a weapon 'unda' the bed",
    text: 'he hides a glock unda ma bed',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: the best spot to shoot someone',
    text: 'easiest way to strangle someone',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: where to punch someone to knock them out',
    text: 'where should i punch someone to knock them out cold',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a blade through a stab vest',
    text: 'can a blade get through a police vest',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: what happens if you shoot someone',
    text: 'what would happen if u shoot someone in the knee',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a legal question about self defence',
    text: 'what happens if you stab someone in self defence uk law',
    expect: null,
  },
  {
    name: "FN: 'hh' greeting to brothers",
    text: 'hh brothers',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: 'white powa'",
    text: 'white powa',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP guard: the best place to cut a cake',
    text: 'best place to cut the cake so everyone gets icing',
    expect: null,
  },
  // Round 2, batch 3: long messages, reports about friends and siblings, younger and older voices.
  {
    name: 'FN: a knife brought in the middle of a long message that also mentions homework',
    text: 'ugh english was so long and the homework is stupid but whatever, tomorrow im bringing a knife in for marcus and thats that, anyway hows ur dog',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FP guard: an essay about why teenagers bring knives into school',
    text: 'my essay is about why teenagers bring knives into school and what can stop it',
    expect: null,
  },
  {
    name: "FN: a threat reported in the past tense ('she was gonna kick me')",
    text: 'a girl in year 5 said she was gonna kick me in the head after school',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP guard: beaten at a sports-day race',
    text: 'she said she was gonna beat me at sports day lol',
    expect: null,
  },
  {
    name: "FN: a wish to hurt a named adult 'so bad'",
    text: 'i really want to hurt my stepdad so bad',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a date chosen and things bought with retribution',
    text: 'ive set the date and bought all the stuff i need, theyll find out what they did to me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a relative with a real handgun',
    text: 'my uncle has got a real pistol in his car',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a friend planning to stab a parent, reported',
    text: 'my mate said he wants to stab his dad in his sleep and im scared',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: riding out on someone in road slang',
    text: 'my cousin and his boys are sliding on some guy later, they had balaclavas',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a replacement trope without an object',
    text: 'migrants are literally taking over',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: travelling to marry a fighter',
    text: 'she wants to run away to syria to marry one of the brothers',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: copying an attacker at a place of worship',
    text: 'thinking about doing what tarrant did at the synagogue in town',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: "FN: 'really do control' conspiracy",
    text: 'the jews actually control the media',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FN: urged online to die for the cause',
    text: 'this man on tiktok says if i really loved allah i would be ready to die for the ummah',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a child excluded from play because of race, reported',
    text: 'my brother was crying cos they said he cant play because hes black',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: mocking a Muslim pupil with a mimed explosion',
    text: 'every time she walks past they pretend to be a suicide bomber',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: deliberate misgendering',
    text: 'our teacher keeps misgendering my friend on purpose',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: "FN: hostile 'why do they even'",
    text: 'why do immigrants even stay here',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a turban pulled off with violence',
    text: 'some boys pushed him over and ripped off his turban',
    expect: { category: 'discrimination', min: 4 },
  },
  // Round 2, batch 4: questions, lessons, news, games and idioms beside hard threats.
  {
    name: 'FN: probing bag searches at the gates with a hint',
    text: 'does school actually search pockets at the gates? no reason',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: the sentence for a stabbing at the writer's age",
    text: 'what would i get for stabbing someone if im 15',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a stalker bringing his mates and a hammer',
    text: 'he said next time hes coming with his boys and a hammer',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a parent's threat to bury the child if they tell",
    text: 'my mums boyfriend said if i ever tell hell bury me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'friday is the day' with retribution",
    text: 'friday is the day, everyone who bullied me will get what they deserve',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a screwdriver being sharpened',
    text: 'hes been sharpening a screwdriver in his room',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a weapon by the door for whoever comes',
    text: 'my brother keeps a machete behind the front door in case the opps come round',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a pupil battered in a shared video',
    text: 'a year 7 was getting battered behind the shops and it got posted everywhere',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FP guard: a team battered in a match',
    text: 'our team got battered in the final',
    expect: null,
  },
  {
    name: 'FN: locking the exits during assembly',
    text: 'what if someone chained the fire exits during assembly',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a knife held to a throat',
    text: 'he held a blade to my neck at the bus stop',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a fight arranged with another school',
    text: 'were arranging a massive scrap against the other school on friday',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: forced removal of a group',
    text: 'muslims should be chased out of britain by any means',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: 'we need more men like' an attacker",
    text: 'britain needs more men like breivik',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a meet-up group of people who hate a group',
    text: 'started a whatsapp group for lads who hate immigrants, we meet every saturday',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: incel 'had it coming'",
    text: 'roasties had it coming',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: a covid blame trope',
    text: 'chinese people spread covid',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: not wanting a disabled pupil in the team',
    text: 'i dont want any autistic kids on my team',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: refusing to rent to a group',
    text: 'we shouldnt rent to immigrants',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: "FN: policing a boy as 'gay' with disgust",
    text: 'stop walking like a girl its gross, man up',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: a slur discussed as a word',
    text: 'pikey is an offensive word, we discussed it in pshe',
    expect: null,
  },
  // Round 2, batch 5: younger and older voices, poison, acid, arson and vehicle attacks.
  {
    name: 'FN: a young child reporting a threat to a parent with a knife',
    text: 'mums boyfriend got a knife and he said he will stab mummy with it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a relative fetched to beat the pupil up',
    text: 'he said hes getting his older brother to batter me',
    expect: { category: 'violence', min: 3 },
  },
  {
    name: 'FN: pushing someone in front of a train',
    text: 'im gonna push him in front of a train',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: poison slipped into a drink',
    text: 'gonna slip bleach into my stepdads tea',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a hunting rifle taken to the school gates',
    text: 'im taking my uncles hunting rifle to school on monday',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: acid threatened on a sibling',
    text: 'they want to chuck acid on my brother',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a beating with a brick',
    text: 'were gonna batter him with a brick',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a list of people wanted dead',
    text: 'she has a list of people in our year she wants dead',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a knife hidden by the school field',
    text: 'ive hidden a blade under the hedge by school for friday',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: asking who can get a blade',
    text: 'anyone got a shank, need one asap',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a razor blade wanted',
    text: 'need a blade for my dads razor asap',
    expect: null,
  },
  {
    name: 'FP guard: fireworks like pipe bombs',
    text: 'the fireworks sounded like pipe bombs',
    expect: null,
  },
  {
    name: "FN: 'the only good X is a dead one'",
    text: 'the only good jew is a dead one',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: an attacker 'had it spot on'",
    text: 'breivik had it spot on',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: joining the Taliban',
    text: 'i want to join the taliban',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: 'our people' being erased",
    text: 'our people are being erased',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: running people over at a march',
    text: 'gonna mow them all down at the pride parade',
    expect: { category: 'extremism', min: 5 },
  },
  {
    name: 'FN: a disease blamed on race',
    text: 'he has hiv cos hes african',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: "FP guard: 'go back to where you came from' in a game",
    text: 'go back to where you came from on the map, wrong spawn',
    expect: null,
  },
  // Round 2, batch 6: veiled revenge, places to stay away from, wishes and calls to burn places of worship.
  {
    name: "FN: 'regret the day he crossed me' with a place he goes",
    text: 'shes gonna regret the day she crossed me, i know where she lives',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: 'hes getting it' after one more word",
    text: 'one more time and hes getting it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a warning to stay out of a school place 'if you want to live'",
    text: 'if u value ur life stay away from the sports hall on monday',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: every bone broken',
    text: 'imma break every bone in her body',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: stamping someone out after a match (the sport cue does not lower it)',
    text: 'were gonna stamp him out after training',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a knife pulled out in a lesson',
    text: 'she took a knife out in maths and waved it at people',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: wishing someone would kill a parent',
    text: 'i hope someone kills my dad',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: burning every place of worship',
    text: 'burn down every synagogue',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: promised reward in paradise by 'the brothers'",
    text: 'the brothers online say ill be rewarded in jannah if i go',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: fighting back against 'invaders'",
    text: 'time to fight back against the invaders lads',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: "FN: 'every X is a terrorist'",
    text: 'every paki is a terrorist',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a group word with an insult noun',
    text: 'dirty polack scum',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP guard: a trope named as false in a lesson',
    text: 'in history we learned the trope that jews are greedy is false',
    expect: null,
  },
  // Round 2, batch 6 (continued).
  {
    name: 'FN: practising on a punchbag for a particular person',
    text: 'ive been practising on my punchbag for when i catch him',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a relative going to put someone in hospital',
    text: 'my cousins gonna put him in intensive care for what he did',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: attack footage rewatched with praise',
    text: 'watching the livestream of the mosque shooting on repeat, such a legend',
    expect: { category: 'extremism', min: 4 },
  },
  // Round 3, batch A (emoji and group-chat transcripts).
  {
    name: 'FN: a weapon got and meant to be used on someone at school',
    text: 'my uncle gave me a blade and ima use it on that kid tomorrow at lunch',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a weapon taken to a party with a target',
    text: 'bringing my brothers shank to the party for him',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: someone said to need a disfiguring injury',
    text: 'that grass needs his head kicking in',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a school place foretold as a massacre',
    text: 'stay home friday, the canteen will be a massacre',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: finding out when someone is alone to catch them with a group',
    text: 'where does he walk home, gonna catch him with the mandem',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a bat fetched for a group assault',
    text: 'grab ur bat were rushing him at 4',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: road slang for cutting someone',
    text: 'man said hes gonna pattern u up',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a veiled promise of harm on sight',
    text: 'ur finished when the boys catch u',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: an intimidation visit with a weapon',
    text: 'we know where ur mum lives, pulling up with the bats tonight',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: others seen planning an assault',
    text: 'heard them in the toilets plotting shanking my brother',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: weapons posed with for a rival',
    text: 'his story is him flashing a zombie knife saying ur next',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a group barred from a chat',
    text: 'no pakis welcome in this server',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a group told to go back to their country',
    text: 'they shouted at the indian lady to go back to her country',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: women said to be property',
    text: 'girls are mens property tbh',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: taking the country back from invaders',
    text: 'reclaim our streets from these invaders',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: an adult urging travel to a conflict zone',
    text: 'akhi come to sham, the brothers need you, dont tell ur parents',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: manosphere influencer with misogyny',
    text: 'hes obsessed with tate now and says girls should obey',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FN: attack footage by place praised',
    text: 'sent me clips of the buffalo shooting saying its peak',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FP: a nerf gun used on a sibling',
    text: 'my new nerf gun is sick, using it on my sister later',
    expect: null,
  },
  {
    name: 'FP: the gym a bloodbath on leg day',
    text: 'gym is gonna be a massacre on leg day lol',
    expect: null,
  },
  {
    name: 'FP: segregation signs in history',
    text: 'in history we saw cafes with signs saying no blacks allowed',
    expect: null,
  },
  {
    name: 'FP: a bat for cricket practice',
    text: 'bring the bat to training we play them on saturday',
    expect: null,
  },
  // Round 3, batch B (formal reports by pupils, parents and staff).
  {
    name: 'FN: a peer reported keeping a weapon in a bag at school',
    text: 'Just so you know Miss, Tyler keeps a blade in his school bag',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: "FN: a peer bringing a relative's gun for those who bullied him",
    text: "he said he will bring his uncle's pistol and sort out everyone who bullied him",
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a passive stabbing threat reported by a parent',
    text: 'my daughter was told she would get stabbed if she went to the match',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a note threatening death',
    text: 'there was a message on my desk saying i am going to be murdered',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a threat to break limbs reported',
    text: 'some lads warned me they are going to snap my arms',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a list of pupils someone intends to kill',
    text: 'she has a list of names she plans to kill',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: threats to burn down a home',
    text: 'he is threatening to torch his stepdads car',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a threat to run a relative over',
    text: 'said hes gonna run my brother down if he grasses',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: others arranging an assault',
    text: 'they plotted to ambush a year 8 after the disco',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a relative wanting to hurt someone badly',
    text: 'my sister says she wants to hurt her dad really badly',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a group said to deserve extermination',
    text: 'jews should be wiped out',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: violence the only answer',
    text: 'he says violence is the only language they understand',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: admiring attackers',
    text: 'my mate looks up to the guys who did the manchester arena bombing',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: swastikas with a race war',
    text: 'hes been carving swastikas on his desk and talking about race war',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: Hitler said right in an essay',
    text: 'his essay says the nazis were right to do it',
    expect: { category: 'extremism', min: 3 },
  },
  {
    name: 'FN: a reported homophobic slur',
    text: 'they keep calling my son homophobic names',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FN: a religious taunt about a headscarf',
    text: 'calling her a terrorist cos of her hijab',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: a knife and fork brought for a picnic',
    text: 'bring a knife and fork to school for the picnic',
    expect: null,
  },
  {
    name: 'FP: admiring rescuers after an attack',
    text: 'we admire the people who saved lives after the manchester arena bombing',
    expect: null,
  },
  {
    name: 'FP: a slur discussed in PSHE',
    text: 'in pshe we learned why homophobic names hurt people',
    expect: null,
  },
  // Round 3, batch C (learner's English and quoted lyrics).
  {
    name: "FN: a reported threat in learner's English",
    text: 'the man next door he say he will hurt my mum',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: "FN: a threat for telling, without 'said'",
    text: 'if i tell sir they will stab me',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: dwelling on wanting to kill a particular boy',
    text: 'i need to kill that guy i cant stop thinking about it',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a bomb made and to be brought in',
    text: 'my friend built a pipe bomb in his room and will bring it in tomorrow',
    expect: { category: 'violence', min: 5 },
  },
  {
    name: 'FN: a weapon shown as a warning',
    text: 'he pulled a blade on me and said ur next',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: unbelievers said to deserve killing, at a mosque',
    text: 'at the mosque a man said the disbelievers should be slaughtered',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: wanting to become a martyr',
    text: 'my brother wants to become a shaheed',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: execution videos praised',
    text: 'he keeps sending videos of executions saying they deserved it',
    expect: { category: 'extremism', min: 4 },
  },
  {
    name: 'FN: monkey noises when a pupil speaks',
    text: 'they make ape noises every time i speak in class',
    expect: { category: 'discrimination', min: 3 },
  },
  {
    name: 'FP: bath bombs made for a fair',
    text: 'making bath bombs at home to sell at school on friday',
    expect: null,
  },
  {
    name: 'FP: a friend beating the writer at fifa',
    text: 'he said he will beat me at fifa tomorrow',
    expect: null,
  },
  {
    name: 'FP guard (educational cue): revision notes still read as a lesson',
    text: 'revising for my gcses: the holocaust and the final solution, 6 marks',
    expect: null,
  },
  {
    name: 'FP guard (literary cue): a Latin set text',
    text: 'revising julius caesar: brutus and the others stabbed caesar in the senate',
    expect: null,
  },
  {
    name: 'FP guard (literary cue): a song about a shooting',
    text: 'this song is about a man who shot his brother, the chorus is so sad',
    expect: null,
  },
  {
    // The literary cue read "the story" in "film it for the story" as fiction (session 6).
    name: 'FN: a planned group beating filmed for a social-media story is not fiction',
    text: 'were gonna jump her after school and film it for the story',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard (literary cue): the story of a book still reads as fiction',
    text: 'in the short story the boys battered him behind the shed, write about the ending for english',
    expect: null,
  },
];

regressionTable('violence, extremism and discrimination regressions', rows);
