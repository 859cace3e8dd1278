// Named regressions for the suicide, self-harm and mental-health concept rules (lexicons/suicide-selfharm.yaml):
// each phenomenon fixed gets a row worded differently from the dev set, with what must happen.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: a wish to die in slang after "wanna" (unalive, ctb) with no "myself"',
    text: 'ngl i just wanna unalive',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: "better off dead" said of oneself',
    text: 'tbh id be better off dead',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: hoping not to wake up',
    text: 'hoping i never wake up again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: not seeing oneself alive in the future',
    text: 'cant see myself still being alive at christmas',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: others would be happier without the writer (life easier if i was gone)',
    text: 'my familys life would be so much easier if i was gone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: death described as a relief',
    text: 'being dead sounds like such a relief',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a method wanted without a time (walk into traffic)',
    text: 'sometimes i wanna step in front of a bus',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a method with a time (overdose when parents are out) is a plan',
    text: 'gonna od on the paracetamol when my parents go out',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a vague "doing it" after a decision and a day',
    text: 'made my mind up, doing it saturday',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: means bought with a goodbye (rope, sorry mum)',
    text: 'bought some rope from the hardware shop. sorry dad',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: tablets stockpiled and hidden',
    text: 'ive got loads of pills stashed under my bed',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a goodbye message with thanks',
    text: 'this is goodbye, thanks for everything',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: pets given away for after one is gone',
    text: 'can u have my hamster, i wont be able to look after her anymore',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a height asked for dying',
    text: 'how high do u need to jump from to die',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard: dyeing hair after "want 2"',
    text: 'i want 2 die my fringe green',
    expect: null,
  },
  {
    name: 'FP guard: a decision to do something ordinary',
    text: 'ive made up my mind, im doing it, getting my ears pierced saturday',
    expect: null,
  },
  {
    name: 'FP guard: a goodbye to a year group',
    text: 'this is goodbye year 6, love you all',
    expect: null,
  },
  {
    name: 'FP guard: a bedtime last message',
    text: 'this is my last message for tonight, sleep well',
    expect: null,
  },
  {
    name: 'FN: a school tool on the body (compass, sharpener blade)',
    text: 'been using a compass on my thighs',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: harming until it bleeds or bruises',
    text: 'i pinch my arms till they bruise',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: plain "harm myself"',
    text: 'i harm myself most nights',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: clothes worn to hide scars',
    text: 'always wear a jumper in pe cos of my scars',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: purging after meals for weight',
    text: 'i make myself throw up after dinner so i dont get fat',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: laxatives after food',
    text: 'took a load of laxatives after i ate pizza',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN: restricting in other words (nothing but water, not letting myself eat)',
    text: 'i wont let myself eat until friday',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FP guard: a scratch from brambles',
    text: 'i scratched my leg on the brambles at forest school',
    expect: null,
  },
  {
    name: 'FP guard: body checking in ice hockey',
    text: 'body checking is allowed in ice hockey',
    expect: null,
  },
  {
    name: 'FP guard: laxatives for constipation',
    text: 'nan takes laxatives cos shes constipated',
    expect: null,
  },
  {
    name: 'FN: constant sadness and struggling',
    text: 'i feel low every single day and im struggling so much',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN: feeling trapped',
    text: 'i feel so trapped at home',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP guard: empty after finishing a series',
    text: 'i feel so empty after finishing that book',
    expect: null,
  },
  {
    name: 'FP guard: "depressed" after a lost match',
    text: 'we lost again im depressed lol',
    expect: null,
  },
  {
    name: 'FN (check set): asking why one is still alive',
    text: 'why am i still even alive tbh',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (check set): voices commanding death',
    text: 'the voice in my head keeps telling me to kill myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (check set): working out how one would do it',
    text: 'i worked out how id do it last night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (check set): would anyone care if i jumped',
    text: 'if i died would anyone even notice',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (check set): a number of tablets just taken',
    text: 'i just took like 30 tablets',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (check set): a goodbye stacked with "not your fault"',
    text: 'goodbye. please dont blame yourself mum',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (check set): the last night anyone has to deal with me',
    text: 'tomorrow is the last day you will have to put up with me',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (check set): the most painless method asked',
    text: 'least painful method?',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard (check set): "dead tired" after "ill be"',
    text: 'ill be dead tired tomorrow after the sleepover',
    expect: null,
  },
  {
    name: 'FN (check set): cutting as the only thing that helps',
    text: 'the only thing that calms me down is sh',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (check set): pulling hair out in clumps',
    text: 'ive been pulling out clumps of my hair',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (check set): infected cuts kept secret',
    text: 'the cuts on my arm wont heal and i cant tell mum',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (check set): counting every calorie',
    text: 'i track every single calorie i eat',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (check set): fasting to fit clothes',
    text: 'gonna starve all week so i fit into my prom dress',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (check set): a sibling who cuts',
    text: 'my sister burns herself with a lighter',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (check set): days that feel pointless, lying in bed crying',
    text: 'life feels so pointless, i stay in bed all day',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (check set): too anxious to go into lessons',
    text: 'im so anxious that i cant even walk into class',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (probe 3): "ive decided" then "doing it" with a day',
    text: 'i finally decided. doing it sunday night',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 3): rather be dead than keep living like this',
    text: 'id rather die than carry on like this',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN (probe 3): imagining one's own funeral",
    text: 'i keep imagining my funeral and who would come',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 3): hoping a vehicle hits me',
    text: 'kinda wish a bus would hit me on the way to school',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 3): tablets saved up (stockpiling in other words)',
    text: 'been collecting my sertraline for weeks',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 3): a will written',
    text: 'wrote my will last night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 3): "dont look for me" with an apology',
    text: 'please dont come looking for me, im so sorry',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 3): the note is hidden somewhere',
    text: 'my letter is in my desk drawer for mum',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 3): a lethal amount of a medicine asked',
    text: 'how many paracetamol are fatal',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard (probe 3): "dont look for me" at lunch',
    text: 'dont look for me after school im at football',
    expect: null,
  },
  {
    name: 'FN (probe 3): a blade kept in a pencil case',
    text: 'i hide a blade inside my phone case',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 3): cigarettes put out on the arm',
    text: 'he doesnt know i put cigs out on my wrist',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 3): relapse after a count of weeks',
    text: 'relapsed again after 3 months',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 3): marks owned as self-inflicted',
    text: 'the scratches on my arms are self inflicted',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 3): not eating at school',
    text: 'so i just never eat in front of people',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (probe 3): not happy for months, not belonging, nobody checks on me',
    text: 'i havent been happy in ages and nobody even checks on me',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FP guard (probe 3): a parent's words reported with lol",
    text: 'my nan says im a waste of space when i sleep in lol',
    expect: null,
  },
  {
    name: 'FP guard (probe 3): a relapse on a diet',
    text: 'i relapsed and had a whole tub of ice cream on my diet lol',
    expect: null,
  },
  {
    name: "FN (probe 4): life not worth living, in any subject's words",
    text: 'honestly its not worth being alive',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 4): why bother living',
    text: 'why even bother waking up',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 4): dying as the best option',
    text: 'suicide seems like my only option',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 4): happy or better if i died',
    text: 'everyone would be glad if i was dead',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 4): not making it to an age',
    text: 'i cant see myself living past 18',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 4): if i dont reply you know why',
    text: 'if i dont answer by the morning u know why',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 4): pets arranged for after death, not lowered by "im dead"',
    text: 'will u look after my dog when im dead',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 4): on the railway line now',
    text: 'sat on the railway line',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 4): means bought and done tonight',
    text: 'got the tablets, tonight its over',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 4): whether a fall would be quick',
    text: 'would falling off the multi storey hurt',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard (probe 4): dying in a dream',
    text: 'when i died in the dream i felt better when i woke up',
    expect: null,
  },
  {
    name: 'FN (probe 4): skin scratched raw, limbs in a state',
    text: 'scratched my arm with my nails till it was red raw',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 4): bruising limbs on purpose',
    text: 'i hit my thighs on purpose',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 4): cuts hidden under a watch or bracelets',
    text: 'my scars are covered by my bracelets',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 4): days without eating, one meal every few days',
    text: 'i lasted 4 days without food',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (probe 4): purging when alone',
    text: 'i keep purging when mum goes out',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard (probe 4): arms a mess from painting',
    text: 'my arms are a mess from painting the shed last night',
    expect: null,
  },
  {
    name: 'FN (probe 4): never good enough, a dark cloud',
    text: 'theres a black cloud over me and i never feel good enough',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (probe 5): wanting the pain to stop for good',
    text: 'i need everything to stop forever',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 5): others would cope without me',
    text: 'they would all move on fine without me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 5): talking myself out of it',
    text: 'i had to talk myself out of it again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 5): an aborted attempt',
    text: 'i nearly did it last night but i bottled it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 5): poison as a method with a time',
    text: 'im going to drink bleach after school',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 5): a message to pass on',
    text: 'tell my dad im sorry him',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 5): making sure it works next time',
    text: 'next time ill make sure i dont wake up',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 5): lethality research',
    text: 'googled how many it would take',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard (probe 5): a calorie lookup',
    text: 'i googled how many calories are in a crumpet',
    expect: null,
  },
  {
    name: 'FN (probe 5): harming until numb',
    text: 'i scratch myself until i feel something',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 5): hiding bloody tissues',
    text: 'i hide the bloody plasters in my bag so nobody sees',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 5): a body part hurt on purpose with a household thing',
    text: 'i press my arm on the radiator on purpose',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FP guard (probe 5): a kitchen burn by accident',
    text: 'burnt my arm on the oven door by accident',
    expect: null,
  },
  {
    name: 'FN (probe 5): weight lost by barely eating, burning off meals',
    text: 'dropped 3kg in a week from not eating',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (probe 5): laxatives taken for weeks',
    text: 'ive been secretly taking laxatives',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 5): cannot get up, feels like drowning, nothing brings joy',
    text: 'nothing brings me joy anymore and it feels like im drowning',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FN (probe 6): txt spellings of done with life, had enough of living',
    text: 'ive had enuff of life tbh',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 6): cant be bothered with life',
    text: 'cant be arsed with living',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 6): dont wanna b here nemore',
    text: 'i dnt want 2 b here ne more',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN (probe 6): a bottle of pills with a txt time',
    text: 'gonna down a bottle of tablets 2moro',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 6): "how 2" method search',
    text: 'how 2 kill myself',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN (probe 6): a goodbye with "ive had enough"',
    text: 'goodbye all, ive had enough',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FP guard (probe 6): dying of laughter after "wanna"',
    text: 'i wanna die laughing at this video',
    expect: null,
  },
  {
    name: 'FN (probe 6): dropped g (hurtin, burnin myself)',
    text: 'been burnin myself w a lighter',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN (probe 6): fasting to a weight in kg',
    text: 'starving til i get to 42kg',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'FN (probe 6): "h8 myself", "no1 cares abt me"',
    text: 'i h8 my life and no1 cares abt me',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: "FP guard (another area's dev set): no friends yet in a new set",
    text: 'i dont have any friends in my new form yet, only been there a week',
    expect: null,
  },
  {
    name: 'FN: absence as not being a thing (if i wasnt a thing anymore)',
    text: 'life would be easier for my mum if i just wasnt a thing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: not seeing oneself grow up',
    text: 'i really cant see myself growing up',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: sleeping and staying asleep',
    text: 'i wish i could fall asleep and stay asleep',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a rope someone has, to be used at a time',
    text: 'my cousin has a rope under his bed and said hes going to use it tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: pills taken N ago with no subject',
    text: 'swallowed 30 tablets like 10 mins ago',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: standing on a bridge now with no subject',
    text: 'stood on the railway line right now',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: "FN: a fall from a numbered floor with 'what happens'",
    text: 'what happens if u fall from a 7th floor balcony',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: doing it when a parent goes out, beside pills',
    text: 'got my pills, doing it when dad goes out tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: txt wish to die (wna dy)',
    text: 'honestly i wna dy',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: txt better off without me',
    text: 'my mates wud b betta off wivout me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: taking 'them all' when everyone is asleep",
    text: 'once my parents are in bed im gonna swallow the lot',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: best place to jump from',
    text: 'whats the highest bridge to jump off near leeds',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a burden permanently',
    text: 'i just want to stop being a burden to my family forever',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: going to heaven to be with someone, now',
    text: 'i want to go to heaven to be with nanny right now',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: asking god to let me die',
    text: 'i keep praying god will take me, i asked god to take me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: should never have been born (first person)',
    text: 'i shouldnt have been born',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: thoughts about ending it',
    text: 'been having thoughts about ending it again',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a plan and the means',
    text: 'ive got a plan and the means now',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: not intending to see a birthday',
    text: 'christmas is in three weeks and i dont plan on seeing it',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a friend's goodbye text beside a means",
    text: 'my friend messaged me saying goodbye and she has all her mums pills',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: not a problem for anyone much longer',
    text: 'dont worry, i wont be a burden to anyone for much longer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: made peace with it, it will be over soon',
    text: 'ive made my peace with it, it will all be over soon',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: saying my goodbyes with no move',
    text: 'started saying my last goodbyes to people today',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: not sleepy tired',
    text: 'its not physically tired, im tired of existing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: at the edge on purpose',
    text: 'i stood right at the edge of the bridge wondering',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: leaving for good, not meaning moving',
    text: 'i want to be gone for good and i dont mean running away',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: going through with it beside a razor',
    text: 'holding the blade thinking about actually doing it',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a note for whoever reads it',
    text: 'by the time you read this ill be gone',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a better place without me',
    text: 'everyone would be much better without me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: no future with me in it',
    text: 'cant see a future where i still exist',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: not wanting to be saved',
    text: 'i dont want anyone to save me this time',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: knowing how many are needed',
    text: 'ive worked out how many i need from mums tablets',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: my time is up',
    text: 'i reckon my time has come',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'self-harm FN: cuts getting deeper',
    text: 'my cuts keep getting deeper every time',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: burning to feel',
    text: 'i burn my arm to cope',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: food got rid of in the toilets',
    text: 'i get rid of my dinner down the toilet straight after',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: txt cut again',
    text: 'i cut agn 2nite',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: marks healing so nobody knows',
    text: 'the scars are fading so no one will notice',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: how deep is too deep',
    text: 'how deep is too deep for a cut',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: a razor not for shaving',
    text: 'took dads razor blade, obviously not for shaving',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: scratching with a pen',
    text: 'i dig myself with a compass in lessons',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: a younger sibling biting until it bleeds',
    text: 'my big sister scratches her arms till they bleed when shes upset',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: throwing up with the taps running',
    text: 'i make myself sick with the taps running',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: the sharp stuff is the only thing',
    text: 'the razor is the only thing that helps',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: the thing again with a sharpener',
    text: 'did it again with the blade',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: fresh lines on the body',
    text: 'fresh cuts on my arm again',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: fists banged till they swell',
    text: 'i punch my hands into the wall till they bleed',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'eating FN: txt how to stop hunger',
    text: 'how 2 stop being hungry',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: kilos in a week',
    text: 'need to lose 3 kg in a week',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: eating only after a time',
    text: 'i only allow myself to eat after school',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: running off calories',
    text: 'i have to burn it off if i go over 800 cals',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: weighing many times a day',
    text: 'i weigh myself 20 times a day',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'mental-health FN: existing, not living',
    text: 'im only surviving, not living',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: txt everything too much',
    text: 'evrything iz 2 much',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: nothing enjoyed',
    text: 'i dont look forward to anything anymore',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: a shell of who i was',
    text: 'i feel like an empty shell',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: cant remember being happy',
    text: 'i cant remember when i last felt happy',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: a waste of oxygen',
    text: 'im such a waste of air',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: a decision to join a club',
    text: 'ive decided, im doing it, joining the netball club on monday',
    expect: null,
  },
  {
    name: 'FP: a self-harm awareness hashtag',
    text: '#SelfHarmAwarenessDay is today',
    expect: null,
  },
  {
    name: 'FP: first aid after something swallowed',
    text: 'how do you make yourself sick if you swallowed something toxic',
    expect: null,
  },
  {
    name: 'FP: crying after a pet died',
    text: 'my dog died and i cried all day',
    expect: null,
  },
  {
    name: 'FP: a goodbye before moving',
    text: 'saying my goodbyes to my old school before we move',
    expect: null,
  },
  {
    name: 'FP: a letter to a friend',
    text: 'if youre reading this, congrats on your birthday',
    expect: null,
  },
  {
    name: 'FP: standing on a bridge watching fireworks',
    text: 'standing on the bridge now watching the fireworks',
    expect: null,
  },
  {
    name: 'FP: a saved seat',
    text: 'i dont want to be saved a seat, ill be late',
    expect: null,
  },
  {
    name: 'FP: the plane landing',
    text: 'i hope the plane lands on time',
    expect: null,
  },
  {
    name: 'FP: waking up early for school',
    text: 'i hate waking up every morning for school',
    expect: null,
  },
  {
    name: 'FP: mosquito marks',
    text: 'new red marks on my arm from the mosquito bites',
    expect: null,
  },
  {
    name: 'FP: sleepy tired after sport',
    text: 'im not sleepy tired, just tired after rugby',
    expect: null,
  },
  {
    name: 'FN: how long to bleed out (search)',
    text: 'how quickly would you bleed to death',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: does dying hurt',
    text: 'does it hurt when you die',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a painless way not to wake up',
    text: 'quiet way to go in my sleep',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: feeling like giving up on everything',
    text: 'feeling like giving up on life tonight',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: "FN: a short goodbye with 'not your fault'",
    text: 'bye xx, please dont blame yourself',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: dead inside wanting it outside',
    text: 'im dead inside and i wish it was for real',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: stepping off the kerb as a bus comes',
    text: 'i want to step into the road when the lorry comes',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a friend posting they wont be around',
    text: 'my friend keeps saying she wont be around much longer and im worried',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a friend on a roof not answering',
    text: 'my brother is on the top of the car park and not answering',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: want to be gone',
    text: 'honestly i wanna be gone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: sleep and never have to wake',
    text: 'i wish i could sleep and never have to wake up',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'self-harm FN: cuts healing before PE',
    text: 'how do i make my scars fade before swimming',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: too deep, needs stitches',
    text: 'cut too deep again and it wont stop bleeding',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: a hot spoon on the arm',
    text: 'i put a hot spoon on my wrist',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'eating FN: weight lost by barely eating',
    text: 'dropped a stone by hardly eating',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: disgusting whenever i eat',
    text: 'i feel gross whenever i eat',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: an empty stomach or i feel fat',
    text: 'i need to keep my stomach empty or i feel huge',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'mental-health FN: something wrong with me',
    text: 'i think theres something seriously wrong with my head',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: an overdose of revision',
    text: 'im taking an overdose of revision this weekend lol',
    expect: null,
  },
  {
    name: 'FP: a puppy keeping me up',
    text: 'havent slept properly in days cos of the newborn',
    expect: null,
  },
  {
    name: 'FP: disgusting after a takeaway',
    text: 'i feel gross after that pizza',
    expect: null,
  },
  {
    name: 'FP: wanting to be gone from a group chat',
    text: 'i want to be gone from this school by summer',
    expect: null,
  },
  {
    name: 'FN: not waiting to see if it gets better',
    text: 'they say things improve but im not going to wait that long',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: scared of living like this',
    text: 'im more scared of staying alive like this than dying',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: stopping everything sounds tempting',
    text: 'ending it all is looking more and more appealing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: how peaceful it would be not to exist',
    text: 'how nice itd be to just never wake up',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: the dose known, with a day',
    text: 'i looked up the lethal dose and its happening tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: who looks after my pet if i were gone',
    text: 'who would feed my dog if i was gone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: on the bridge, tell my family sorry',
    text: 'at the bridge now. tell my dad im sorry',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'FN: a way out that does not involve being alive',
    text: 'i want an escape that doesnt involve being alive',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: not planning to be around long',
    text: 'i dont intend to be here much longer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: time to stop fighting',
    text: 'maybe its time i let go and stopped trying',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: looking at train times and thinking',
    text: 'keep staring at the trains and thinking',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a pact to do it',
    text: 'we made a pact to end it together',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: suicide as a good option',
    text: 'dying is starting to look like a good option',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'self-harm FN: deserving every scar',
    text: 'i earned every cut i gave myself',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: moving to another body part so one heals',
    text: 'started on my thighs so my arms can heal',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: scratching with nails till the skin comes off (not a game skin)',
    text: 'i scratch my arms with my nails till the skin breaks',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: a tin lid on the arm',
    text: 'i used a ring pull on my wrist',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'eating FN: day N of not eating',
    text: 'day 3 of no food and im buzzing',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: cutting the fat off',
    text: 'i wish i could slice the fat off my thighs',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'eating FN: only safe foods',
    text: 'i only eat my safe foods now',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'mental-health FN: not feeling real',
    text: 'i dont feel human anymore',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: cant wait to see it',
    text: 'it gets better apparently, i cant wait to see it',
    expect: null,
  },
  {
    name: 'FP: saying sorry for being late',
    text: 'tell mum im sorry ill be late',
    expect: null,
  },
  {
    name: 'FP: day N of ramadan',
    text: 'day 5 of ramadan and im so hungry',
    expect: null,
  },
  {
    name: 'FP: looking at train times for a trip',
    text: 'looking at the train times for the trip',
    expect: null,
  },
  {
    name: 'FN: waiting for something to kill me, with a laugh',
    text: 'haha just waiting for a bus to hit me at this point',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: no guts, else done already',
    text: 'if i was brave enough id be gone by now',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: relieved if i was gone',
    text: 'my family would be relieved if i was gone',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: swapping places with someone who died',
    text: 'i would trade places with someone who is dying',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: the only thing keeping me here',
    text: 'my dog is the only thing keeping me alive',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: running out of reasons to live',
    text: 'im running out of reasons to keep going',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a voice saying i should end it',
    text: 'my head keeps telling me i should kill myself',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: wanting to be done, beside no point',
    text: 'whats the point, i want to be done with it all',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FN: a younger sibling writing they want to die',
    text: 'my little brother wrote he wants to die',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'self-harm FN: snapping the blade from a sharpener',
    text: 'i popped the blade out of a pencil sharpener',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'self-harm FN: a blade kept in a phone case',
    text: 'i carry a blade in my pencil case',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'eating FN: water to feel full',
    text: 'i drink black coffee so i feel full',
    expect: { category: 'self-harm', min: 3 },
  },
  {
    name: 'self-harm FN: a friend making herself sick',
    text: 'my mate makes herself sick after lunch',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'mental-health FN: nobody noticing if i stopped showing up',
    text: 'i doubt anyone would notice if i stopped coming',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'mental-health FN: constantly on edge',
    text: 'im always on edge lately',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: until i get back from camp',
    text: 'this is the last message youll get from me till i get back from the trip',
    expect: null,
  },
  {
    name: 'FP: least painful way to pull out a tooth',
    text: 'least painful way to pull out a wobbly tooth',
    expect: null,
  },
  {
    name: 'FP: bleeding the radiators',
    text: 'dad needs to bleed the radiators',
    expect: null,
  },
  {
    name: 'FP: lonely without a friend for the weekend',
    text: 'so lonely without my bestie this weekend haha',
    expect: null,
  },
  {
    name: 'FP: just want to be done with revision',
    text: 'so tired, i want to be done with my gcses',
    expect: null,
  },
  {
    name: 'FP: not eating school food',
    text: 'i bring a packed lunch so i dont have to eat school dinners',
    expect: null,
  },
  {
    name: 'tablets taken from a cupboard to eat them all (young voice)',
    text: 'found daddys pills in the kitchen, im gonna take every one of them',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'praying to be taken in sleep',
    text: 'every night i pray god to take me',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'climbing out of a window to jump',
    text: 'gonna climb onto the balcony and jump',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'the world carries on if i check out',
    text: 'everything would carry on as normal if i clocked out',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'pills and alcohol lined up for a time',
    text: 'the paracetamol is all counted out for tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'letters kept for afterwards',
    text: 'ive written notes for everyone, they can read them when im gone',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'how long bleeding out takes',
    text: 'how long would it take someone to bleed to death',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'nerve gathered at a high place',
    text: 'sat on the edge of the cliff trying to build up the courage',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'not sticking around if i fail',
    text: 'if i dont get into uni i wont be sticking around much longer',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'bitten till it bruised',
    text: 'i pinched my thighs till they went blue',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'big weight loss still called fat',
    text: 'dropped a stone already and im still so fat',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'stomach ache before school from fear',
    text: 'my stomach aches every school day i dont want to go',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: cutting weight for a weigh in',
    text: 'i need to cut weight for the judo competition',
    expect: null,
  },
  {
    name: 'FP: nerve for a diving board',
    text: 'on the top diving board trying to get up the nerve to jump in the pool',
    expect: null,
  },
  {
    name: 'how many tablets is lethal',
    text: 'how many paracetamol would be lethal',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'a post named as the last one',
    text: 'this tiktok will be my final one ever',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'messages scheduled for after death',
    text: 'ive scheduled a message to my mum so it sends once im dead',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'a sign to end it',
    text: 'if she doesnt reply thats my sign to kms',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'wanting an eternal sleep',
    text: 'honestly just want an eternal sleep',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'giving things away that will not be needed',
    text: 'giving away my switch, wont be needing it where im going',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'a blade beside me in a locked bathroom',
    text: 'locked the bathroom door, got the blade in my hand',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'almost ending it all',
    text: 'nearly ending it all last night',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'goodbyes beside a time',
    text: 'said my final goodbyes, its happening tonight',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'fresh cuts on a private story',
    text: 'new barcode on my thigh lol',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'blood cleaned off sheets in secret',
    text: 'how do i get blood off my bedsheets so nobody finds out',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'alternatives no longer working',
    text: 'the elastic band doesnt help anymore',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'marks from a tool that will not fade',
    text: 'the scars from my blade never fade',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'numb for months',
    text: 'i havent felt happy for ages',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: thinspo criticised',
    text: 'thinspo pages are so harmful they should be banned',
    expect: null,
  },
  {
    name: 'FP: resting after exams',
    text: 'cant wait to sleep forever after my last exam',
    expect: null,
  },
  {
    name: 'wanting to be six feet under',
    text: 'honestly ready to be 6 feet under',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'wishing to cease to exist',
    text: 'i just want to cease to exist',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'sending it off a roof with a time',
    text: 'sending it off the car park roof 2nite',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'pills with a school time',
    text: 'got my mums tablets, doing it at lunchtime',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'last message with a farewell',
    text: 'heres my final message, forgive me',
    expect: { category: 'suicide', min: 5 },
  },
  {
    name: 'walking into the sea not coming back',
    text: 'gonna walk into the sea and never come back',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'a date with the rope',
    text: 'got a date with the rope this weekend',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'carving again in slang',
    text: 'started carving again ngl',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'knuckles smashed on a door on purpose',
    text: 'busted my knuckles on the door on purpose',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'a dark place lately',
    text: 'been stuck in a really dark place lately',
    expect: { category: 'mental-health', min: 3 },
  },
  {
    name: 'FP: going somewhere',
    text: 'i feel like im going to the cinema later',
    expect: null,
  },
  {
    name: 'FP: sending it off a ramp',
    text: 'sending it off the big ramp at the skatepark tonight',
    expect: null,
  },
  {
    name: 'FN guard (recovery cue): an urge after a clean streak keeps its weight',
    text: 'six months clean and i just want to cut again so badly tonight',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN guard (recovery cue): a relapse after a clean streak',
    text: 'relapsed last night after eight months clean, the blade was still in my drawer',
    expect: { category: 'self-harm', min: 4 },
  },
  {
    name: 'FN guard (recovery cue): "used to be happy" is not recovery',
    text: 'i want to die. i used to be happy and now nothing',
    expect: { category: 'suicide', min: 4 },
  },
  {
    name: 'FP (embarrassment cue): so full i could die',
    text: 'im so full i want to die, that roast was massive',
    expect: null,
  },
  {
    name: 'FP (embarrassment cue): dying of embarrassment',
    text: 'i want to die of embarrassment, i called miss mum in front of everyone',
    expect: null,
  },
  {
    name: 'FP (information cue): a support leaflet',
    text: 'leaflet: if you or a friend are having thoughts of suicide, text SHOUT to 85258',
    expect: null,
  },
  {
    // Read as bullying ("kill yourself" aimed at someone) and not as suicide (session 6).
    name: 'FN: a question about killing oneself in the generic you is a suicide search',
    text: 'would it hurt to kill urself with tablets or do u just fall asleep',
    expect: { category: 'suicide', min: 4 },
  },
];

regressionTable('suicide, self-harm and mental-health regressions', rows);
