// Named regressions for bullying, drugs (county lines), gambling and off-task: one row per phenomenon
// the concept rules (lexicons/bullying-drugs.yaml) were written for, worded differently from the
// dev set (fixtures/dev-bullying-drugs.tsv), and the false alarms they must not raise.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FN: urging someone to die through a method (jump in front of a train)',
    text: 'honestly u should just walk in front of a train',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'better off without u' aimed at the target",
    text: 'ur whole family would be way better off without you',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'nobody would notice if u died'",
    text: 'not one person would notice if u died lol',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'if i had ur face id kill myself' as a taunt",
    text: 'if i looked as fat as you id end it',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: being spat on or having a drink tipped over your head',
    text: 'some girls tipped their drink over my head in the canteen',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: exclusion by a new chat without one pupil',
    text: 'making a second gc minus ellie dont tell her',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a rumour about someone spread round the year',
    text: 'spreading a rumour that she sent nudes, its going round',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a roast page or mocking edit',
    text: 'theres a roast page for our year and my pic is on it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: threat to stop someone telling',
    text: 'grass on us to the head and ull regret it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: county lines: carrying to another town',
    text: 'im meant to take the packages to another city on sunday for them',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: county lines: paid drops with no questions',
    text: 'these lads pay me cash to drop bags round the estate no questions',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: "FN: county lines: 'if i dont do the drops theyll hurt me' (negation must not lower it)",
    text: 'if i dont do their drops they said theyll stab me',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: drug debt after being taxed',
    text: 'got robbed of the bits i was holding and now i owe the olders',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: emergency after drugs (fitting, blue lips)',
    text: 'she took something at the party and now shes having a seizure',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: depressants mixed with alcohol',
    text: 'had some valium then a load of cans, room is spinning',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: using a named drug in any wording',
    text: 'been vaping thc every morning before form',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: acquiring drugs in slang',
    text: 'can u hook me up with some bud for friday',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: slang drunkenness near alcohol',
    text: 'we got proper leathered on cider at the rec',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: gambling with harm signs (borrowed money, every night)',
    text: 'borrowed 50 off my sister for the slots and lost it all',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: underage gambling',
    text: 'what betting apps let u sign up if ur under 18',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: a plastic-free world is not aimed at a person',
    text: 'the world would be a better place without single use plastic',
    expect: null,
  },
  {
    name: 'FP guard: dyeing hair is not urging death',
    text: 'u should die ur hair blonde for summer',
    expect: null,
  },
  {
    name: 'FP guard: a courier job is not county lines',
    text: 'my uncle works for evri delivering parcels to other towns',
    expect: null,
  },
  {
    name: 'FP guard: a grandparent buying a scratchcard',
    text: 'my nan bought a scratchcard and won a fiver',
    expect: null,
  },
  {
    name: 'FP guard: a chat member removed by accident',
    text: 'i removed him from the group chat by accident and added him back',
    expect: null,
  },
  {
    name: 'FP guard: lines in drama and coke as a drink',
    text: 'did a few lines for the play then drank all the coke at the party',
    expect: null,
  },
  {
    name: 'FP guard: acid in a chemistry practical',
    text: 'we dropped acid on the metal in the chemistry practical',
    expect: null,
  },
  {
    name: 'FN: a method pointed at the target (rope, bridge) without the word die',
    text: 'honestly a rope is like a quid at the pound shop, take the hint',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: told to go and lie down in traffic',
    text: 'just go and have a lie down on the m1 mate',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'sleep and never wake up' urged on the target",
    text: 'u shud just go to sleep n never wake up',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a group reacting to the writer arriving (noises, moving away)',
    text: 'the lads all start oinking whenever i walk in to maths',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: the writer's things binned again",
    text: 'my pe kit got chucked in the bins again today',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: renamed with an insult in the group chat',
    text: 'someone renamed my contact in the gc to stinky',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a conditional threat (make sure u regret it)',
    text: 'if u show ur face at the disco well make sure u regret it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: threatening a post about the target',
    text: 'just wait till everyone sees what weve posted about u on insta',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: sent to another town and told to keep it from parents',
    text: 'they keep telling me to get the train up to hull and not tell my mum',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a sibling with unexplained phones and cash',
    text: 'my sister has bare cash and two phones and wont say where from',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: paid per run',
    text: 'i do a few drops for a man after school, he pays me 20 a drop',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a debt for losing what was held',
    text: 'lost the bag he gave me and now i owe him',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: planning to be off their face at a party',
    text: 'gonna get proper mashed at the house party saturday',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: "FN: alcohol taken from a parent's stock",
    text: 'snuck a bottle of my dads rum for the sleepover',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: whole savings staked on a multi-bet',
    text: 'stuck all my christmas money on an acca and it lost',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FN: winning it back before a parent sees the bank app',
    text: 'gotta win the money back b4 mum looks at the bank app',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: animals and adults causing a hush',
    text: 'the dogs barked and everyone went quiet when miss walked in',
    expect: null,
  },
  {
    name: 'FP guard: a bridge near the house that is shut',
    text: 'the bridge near your house is closed for repairs',
    expect: null,
  },
  {
    name: "FP guard: a brother's birthday trainers",
    text: 'my brother got new trainers and a second phone for his birthday',
    expect: null,
  },
  {
    name: 'FP guard: cakes baked for the party',
    text: 'the cupcakes are gonna be baked for the party saturday',
    expect: null,
  },
  {
    name: 'FN: a third person said to deserve suicide',
    text: 'lol the whole form thinks he should go and top himself tbh',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a friend receiving comments telling her to die',
    text: 'people keep commenting on my mates posts telling her to kys',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: wishing someone is run over',
    text: 'i hope a bus hits u tomorrow on the way in',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: things flicked at the writer all lesson',
    text: 'they keep chucking rubbers at the back of my head every lesson',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: a pupil reporting another pupil's bag binned",
    text: 'the year 9s binned her pe kit again and she was crying',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: nobody wanting to partner the writer, with laughter',
    text: 'no one ever wants to sit next to me and they all laugh',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: screenshots of what the writer said passed round',
    text: 'someone is sending screenshots of what i said round the whole year',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: older kids keeping a young child off the play equipment',
    text: 'the older girls wont let me on the swings and they call me a baby every day',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a friend fitting after taking something',
    text: 'my mate took something at the party and his eyes keep rolling back',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: "FN: a sibling's drug use kept from a parent",
    text: 'my sister vapes thc in the bathroom and dad has no idea',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a dose search for getting high',
    text: 'how many nangs do you need to get high',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: cannot go a day without a drug',
    text: 'i honestly cant get through a school day without a zoot',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: made to hide something from the police',
    text: 'they told me to hide the bits in my socks if the feds stop us',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: "FN: vapes asked for at a child's age",
    text: 'how do i get an elf bar if im 14',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: money lost on a casino game',
    text: 'lost like 60 quid on plinko last night',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: banter between best mates',
    text: 'he calls me a nerd all the time but its just banter were best mates',
    expect: null,
  },
  {
    name: 'FP guard: a pupil who dislikes a lesson',
    text: 'i dont want to go to school tomorrow cos we have double maths',
    expect: null,
  },
  {
    name: 'FP guard: hair pulled back for a match',
    text: 'mum pulled my hair back into a bun before the netball match',
    expect: null,
  },
  {
    name: 'FP guard: a lost tenner',
    text: 'i lost a tenner at the fair but found it again',
    expect: null,
  },
  {
    name: "FN: 'happier if u werent here'",
    text: 'we would all be so much happier if u wasnt around',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'hop u' as a typo of hope",
    text: 'hop u get run over tbh',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a favour spelt favr and disappear misspelt',
    text: 'do evry1 a favor n dissapear for good',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: nobody will ever love u beside 'luv u'",
    text: 'nobody wil ever luv u ur too fat',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: nobody talks to me and they laugh',
    text: 'no body talks to me in my form n dey laff at me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: txt past tenses of pushing',
    text: 'the boys pushd me into the lockers again today',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a doubled-letter slur in a rumour',
    text: 'evry1 knos shes a skett she got wiv his mate',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a phone handed over to answer, txt spelt',
    text: 'they giv me a fone n said ansa it n drop stuff',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a mate not waking after pills and drink',
    text: 'he took pills and drank loads and now he aint wakin up',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: planning to get smashd, txt spelt',
    text: 'gonna get hammerd at pres friday',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: bet an amount on a team',
    text: 'bet 50 on arsenal and lost',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: nobody will ever love u like i do',
    text: 'no one will ever love you like i do',
    expect: null,
  },
  {
    name: 'FP guard: a match lost heavily',
    text: 'we got smashed by the year 10s in the final',
    expect: null,
  },
  {
    name: 'FN: life would carry on if the target died',
    text: 'everyone would just carry on if you dropped dead tomorrow',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'no ones gonna notice when ur gone'",
    text: 'nobodys gonna miss u when ur gone so what are u waiting for',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a rope named as the answer',
    text: 'the answer to ur problems is called a rope',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a game to make a pupil cry',
    text: 'lets see who can make the new girl cry first, points for tears',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: dreading what the group has said about me',
    text: 'scared to open the chat to see what theyve been saying about me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: pupils ranked by weight',
    text: 'they ranked all the year 8s by weight in the gc',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: avoiding a group',
    text: 'i hide in the library at lunch so those girls cant find me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a voice note passed round and mocked',
    text: 'they passed my voice note round and keep doing my voice',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: nasty comments on my posts',
    text: 'the girls keep posting clown emojis under my selfies',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: told i am not allowed in the group any more',
    text: 'they told me im not allowed at their table anymore',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a rumour about a parent in prison',
    text: 'hes telling everyone my mum got arrested',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a line phone that cannot be switched off',
    text: 'that phone keeps ringing all night with customers and im not allowed to switch it off',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: not allowed home until it is sold',
    text: 'they wont let me go home until ive sold the lot',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: shifts out in the sticks for a link',
    text: 'my link needs me to do a few shifts out in the sticks, good money',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: party favours for a rave',
    text: 'anyone want some goodies for the rave saturday, dm me',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: "FN: someone else's painkillers taken to chill",
    text: 'been taking my mums codeine to chill out every night',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: "FN: parent's card on game currency",
    text: 'spent loads of vbucks on my dads card, he doesnt know',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: hide and seek',
    text: 'i hid in the shed so they couldnt find me, best hide and seek ever',
    expect: null,
  },
  {
    name: 'FP guard: a family caravan',
    text: 'we stay at a caravan in wales every summer with my nan',
    expect: null,
  },
  {
    name: "FP guard: 'id put money on it'",
    text: 'id put my money on it that city win the league',
    expect: null,
  },
  {
    name: "FN: a bare 'jump' urged",
    text: 'jump already nobody cares',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: rope season aimed at someone',
    text: 'its rope o clock for you mate',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: told to drink bleach in two words',
    text: 'theres bleach under the sink, bottoms up',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: 'nobody wants u' beside an unrelated 'not'",
    text: 'ur not coming, no one wants u at the party',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: recruiting youngers for paid work',
    text: 'looking for some youngers, 50 a day, no questions',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: overdosed, apostrophe dropped',
    text: 'my cousin oded on ket at the rave',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: "FN: won't wake after taking too many",
    text: 'he took loads of them and he wont wake',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a threat to family unless the writer delivers',
    text: 'they said theyll burn my house if i dont deliver it',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: all in on a roulette colour',
    text: 'went all in on black and lost my wages',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: a relay runner',
    text: 'we need a runner for the relay on sports day',
    expect: null,
  },
  {
    name: "FP guard: 'odd' meaning strange",
    text: 'he odd at times but hes nice',
    expect: null,
  },
  {
    name: "FN: older primary pupils taking a child's things every day",
    text: 'the year 5s take my football every playtime',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: everyone told not to play with the writer',
    text: 'she told the whole class not to talk to me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a parent insulted to the writer with laughter',
    text: 'a kid in my form keeps saying my mum is a junkie and they all laugh',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: the writer's things put in the toilet",
    text: 'the girls threw my pencil case in the toilet',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a pupil told to die by another',
    text: 'he texted me i should just kill myself cos im a freak',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a better place if the target didnt wake up',
    text: 'the world would honestly be better off if u never woke up',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a whole rumour round the sixth form',
    text: 'someone started a massive rumour that i cheated and the whole sixth form is on it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: the writer's face edited onto an animal",
    text: 'the lads made memes of my face on a whale',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a fake nude made of a pupil',
    text: 'someone made a fake nude of her and sent it round the year',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: the writer's number put online for strangers",
    text: 'they wrote my number on the toilet wall and now random men keep calling',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a young child given a go on a vape',
    text: 'my cousin let me try his elf bar and i was coughing, im 9',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a guy for a street amount',
    text: 'anyone got a link for an 8th before the festival',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: ketamine bladder harm',
    text: 'been on ket every weekend and theres blood in my wee now',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: all the pocket money on spins',
    text: 'blew all my pocket money on cases trying to get a knife skin',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FP guard: tables moved on a teacher's instruction",
    text: 'they moved tables when i came in cos miss told us to make groups',
    expect: null,
  },
  {
    name: "FP guard: a pet's health",
    text: 'our cat was weeing blood so mum rang the vet',
    expect: null,
  },
  {
    name: 'FN: sleep forever urged',
    text: 'pls just go to sleep for good',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: someone should push the target off something',
    text: 'somebody needs to throw u off a bridge',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a whole table getting up as the writer sits',
    text: 'whenever i sit down at lunch my whole table gets up',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: a song made up about the writer's body",
    text: 'the boys wrote a rap about my teeth and sing it every lesson',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: an account posting the writer with mean captions',
    text: 'people keep posting photos of me with ugly captions',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: got mashed at the park',
    text: 'me and my mates got proper wrecked in the woods saturday',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a younger sibling given gifts and going missing',
    text: 'some older lads keep buying my little sister vapes and she goes missing after school',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: hidden betting with a running loss',
    text: 'hiding my gambling from my dad, about 300 down now',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP guard: lunch in the library to study',
    text: 'i spend lunch in the library to revise for my mocks',
    expect: null,
  },
  {
    name: 'FP guard: a song about the teachers',
    text: 'we made up a song about our form tutor for her leaving do',
    expect: null,
  },
  {
    name: 'FN: muted in a call so the others can talk about the writer',
    text: 'they muted me on the call again and carried on talking about me',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: kicked from a party for lag',
    text: 'kick me from the lobby please my connection keeps lagging',
    expect: null,
  },
  {
    name: 'FN: a server channel kept for mocking the writer',
    text: 'they made a whole server just for mocking me and posting my selfies',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a video stitched to mock the writer',
    text: 'someone stitched my dancing video and everyone in the comments is laughing',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: others posting that the writer should die',
    text: 'people in the replies keep saying i should just die',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: "FN: a noose sent with the writer's name",
    text: 'somebody drew a noose on my desk with my name next to it',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FP: a noose in a history lesson',
    text: 'our history lesson covered lynching and why a noose is a hate symbol',
    expect: null,
  },
  {
    name: 'FN: ranked last on a looks list',
    text: 'the lads ranked me last on their list of fittest girls and called me ugly',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: new fake accounts to abuse the writer',
    text: 'every week theres another fake account made to dm me abuse',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a lad paying children to carry parcels',
    text: 'this older guy offers year 9s cash to take parcels across town',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a debt to be worked off after goods were taken',
    text: 'they said the bag got nicked so i owe them and have to work it off',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: "FN: a dealer's menu on snap",
    text: 'some guy keeps putting a menu on his snap story with grams and prices',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: a takeaway menu on snap',
    text: 'the kebab shop put their new menu on snap with prices',
    expect: null,
  },
  {
    name: 'FN: blue lips after taking something',
    text: 'she took some pills at the party and her lips are going blue',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: skin jackpot losses',
    text: 'lost my best knife on a skins jackpot last night',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FN: case openings on a parent's card kept secret",
    text: 'been opening cases on cs2 with my dads card and he doesnt know',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: 'FP: a vape shop fined in the news',
    text: 'a shop in town was fined for selling vapes to kids',
    expect: null,
  },
  {
    name: "FN: jokes made about the writer's family every day",
    text: 'the girls in my class make jokes about my dad every single day',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: clothes taken from the changing rooms again and again',
    text: 'the lads in pe keep nicking my uniform while im getting changed',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: chair kicked with remarks, named by where the pupil sits',
    text: 'the girl next to me keeps kicking my chair and laughing',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: lunch money handed over under pressure',
    text: 'some year 10s make me hand over my lunch money at the gates',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: being told the world is better without the writer',
    text: 'someone keeps texting me that everyone would be happier without me',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: a child cornered by older pupils, reported by a parent',
    text: 'my daughter says the older girls cornered her by the bus stop and took her phone',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: a made-up nickname used by everyone',
    text: 'they came up with a horrible nickname for me and now the whole year uses it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a made-up name for a pet',
    text: 'we came up with a name for the new kitten',
    expect: null,
  },
  {
    name: 'FN: pushed about repeatedly in a corridor',
    text: 'i keep getting shoved against the wall on purpose by the boys',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: pushed in a rugby match',
    text: 'i got shoved over in the rugby match and grazed my knee',
    expect: null,
  },
  {
    name: 'FN: a package handed to a child by a man in a car',
    text: 'a man in a car handed my friend a bag and told her to drop it across town',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: smoking something with red eyes',
    text: 'my brother keeps smoking something in his room and comes out with bloodshot eyes',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: a friend who cannot be woken after taking something',
    text: 'we couldnt wake him up after he took something at the party',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: a vape used all day with withdrawal',
    text: 'i cant get through a lesson without my vape, i get twitchy',
    expect: { category: 'drugs', min: 2 },
  },
  {
    name: 'FN: a child sent to buy alcohol for a parent',
    text: 'my mum sends me to the shop to get her more vodka every night',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: pills brought into school to sell',
    text: 'a boy in my year brings xans into school and sells them at lunch',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: "FN: a parent's card spent on a spinning-wheel game",
    text: 'my son spent hundreds of my card on an app with prize wheels',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FN: cussing or dissing the writer's family in the group chat",
    text: 'people in the gc keep dissing my nan and sending voice notes about it',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: taking the mick out of the writer every lesson',
    text: 'they always be taking the mick out of my teeth every lesson',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FN: violated in front of the year with belongings thrown',
    text: 'she got humiliated in front of the whole class when they chucked her bag out the window',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: beaten by a skill move',
    text: 'i got violated in front of everyone by his nutmeg on the pitch',
    expect: null,
  },
  {
    name: "FN: 'link a train' as urging to die",
    text: 'just go kiss a train nobody would miss u',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: hit while others film',
    text: 'they punched me while his mates filmed it on the field',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: "FN: 'u dont deserve to be breathing'",
    text: 'you dont even deserve to be living honestly',
    expect: { category: 'bullying', min: 4 },
  },
  {
    name: 'FN: restocking to sell',
    text: 'my cousin reups on fridays and gets me to count the cash',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: street weights arranged',
    text: 'anyone tryna link up for half an ounce after school',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FP: half an ounce in a recipe',
    text: 'the recipe says half an ounce of butter and some sugar',
    expect: null,
  },
  {
    name: 'FN: hooked on hard drugs and stealing to pay',
    text: 'my uncle is back on the brown and keeps nicking off my nan',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: losing the pack with a debt threat from olders',
    text: 'if i drop the package again the olders said im paying it back',
    expect: { category: 'drugs', min: 4 },
  },
  {
    name: 'FN: party drugs in slang offered round',
    text: 'got some mandy for pres, whos down',
    expect: { category: 'drugs', min: 3 },
  },
  {
    name: 'FN: chasing losses on a gambling game',
    text: 'on the slots till 3am chasing my money back',
    expect: { category: 'gambling', min: 3 },
  },
  {
    name: "FN: a group chat renamed after the writer's body",
    text: 'they renamed the group chat after my acne and everyone was laughing',
    expect: { category: 'bullying', min: 3 },
  },
  {
    name: 'FP: a group chat renamed for a trip',
    text: 'we renamed the gc after our teacher for the trip',
    expect: null,
  },
  {
    name: 'FN (severity): a friend unresponsive after drugs is an emergency, 5',
    text: 'my mate took two pills at the house party and now she wont wake up, what do i do',
    expect: { category: 'drugs', min: 5 },
  },
];

regressionTable('bullying and drugs regressions', rows);
