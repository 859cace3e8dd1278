// Named regressions for the grooming, sexual and family rules (concept rules with gf_ lexicons):
// a row per phenomenon, worded differently from the dev and check sets.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: "FN: maturity flattery beside the child's age",
    text: 'ur honestly so grown up for only 12',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: acting older than peers',
    text: 'u seem way more mature than the other girls in ur form',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: looks older, beside a child's age",
    text: 'you look loads older in your selfies, are u really 13',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: parents must not find out',
    text: 'come round saturday, ur parents dont need to find out',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: secrecy beside the reader's parent",
    text: 'keep it quiet from ur mum ok, she wouldnt get it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: gift in return for a picture',
    text: 'ill get u a steam card if u send a quick pic',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a picture asked for in bed, just for the writer',
    text: 'send me a selfie in ur bed, only for me',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: nudes asked of the reader',
    text: 'drop me some noods babe',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: asked to show under clothing',
    text: 'let me see under ur skirt',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: alone check then a call',
    text: 'once ur mum goes to bed facetime me',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: app move so parents cannot see',
    text: 'move to signal so ur parents cant read it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: secret lift',
    text: 'i can collect u after school in my car, dont tell anyone',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: meeting with a cover story',
    text: 'meet up sunday, tell ur dad youre at a mates',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a stranger online asking for pictures',
    text: 'some guy from discord keeps begging me for pics',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a leader messaging at night',
    text: 'my scout leader snaps me at 2am and says its our secret',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: age does not matter, with an adult's age",
    text: 'im 23 but age isnt a big deal',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: couriering for older lads',
    text: 'the olders make me take parcels on the train',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: made to sell',
    text: 'they force me to shot for them',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: older men giving alcohol and lifts',
    text: 'older guys give us vodka then drive us to a flat',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: sextortion threat to an audience',
    text: 'i saved ur pics, send more or ur mum sees them',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: being sextorted',
    text: 'i think im being blackmailed over a video i sent',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: "FN: a pupil's nudes seen by the year",
    text: 'the whole year has seen her noods on the gc',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: groped by a peer',
    text: 'this boy keeps grabbing my bum in maths',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: "FN: a carer's violence in any wording",
    text: 'my stepmum slapped me across the face',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: thrown against a wall by a parent',
    text: 'dad shoved me against the wall',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: hit at home, passive',
    text: 'i get battered by my dad if i talk back',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an injury cover story',
    text: 'told miss i tripped but my mum did it',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: DV against mum',
    text: 'mums boyfriend punches her when hes drunk',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: sexual abuse by a relative',
    text: 'my step brother touches me when mum goes out',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: not fed at home',
    text: 'i only get to eat at school, mum never buys food anymore',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: parent gone for days',
    text: 'mum hasnt come home in five days',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: fear of a carer',
    text: 'im terrified of what my stepdad will do when he gets back',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: being married off abroad',
    text: 'im being forced to get married in bangladesh this summer',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a threat to silence the child',
    text: 'he said if i tell anyone hell hurt my little sister',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FP guard: a cousin's wedding abroad",
    text: 'my cousin is getting married in india this summer, so excited',
    expect: null,
  },
  {
    name: "FP guard: a sibling's play punch",
    text: 'my brother punched me on the arm for nicking his crisps lol',
    expect: null,
  },
  {
    name: 'FP guard: food is coming with the shopping',
    text: 'theres no food in the house cos mum does the tesco shop tomorrow',
    expect: null,
  },
  {
    name: 'FP guard: a joke secret',
    text: 'our little secret: i finished the haribo',
    expect: null,
  },
  {
    name: 'FP guard: a brother borrowing a charger at night',
    text: 'my brother came in my room at night to nick my charger',
    expect: null,
  },
  {
    name: 'FP guard: a surprise for the parent',
    text: 'dont tell ur mum about the cake, its a surprise for her birthday',
    expect: null,
  },
  {
    name: 'FP guard: a teacher asking age for a form',
    text: 'my teacher asked how old i am for the trip letter',
    expect: null,
  },
  {
    name: 'FP guard: paying for a picture of homework',
    text: 'ill give u 2 quid for a pic of the homework answers',
    expect: null,
  },
  {
    name: 'FP guard: an errand with bags',
    text: 'i have to carry my nans shopping bags up the stairs',
    expect: null,
  },
  {
    name: 'FP guard: celebrity news',
    text: 'celebrity nudes leaked on the news again',
    expect: null,
  },
  {
    name: 'FP guard: beaten at a game',
    text: 'my dad beat me at fifa again',
    expect: null,
  },
  {
    name: 'FP guard: a parent hurt themselves',
    text: 'my mum hit her knee on the table',
    expect: null,
  },
  {
    name: 'FP guard: grounded, not threatened',
    text: 'dad says hell take my xbox if i fail',
    expect: null,
  },
  {
    name: 'FN: told to keep a contact from friends (reported)',
    text: 'she told me i mustnt tell my mates about her',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: exclusivity beside a parent who would ruin it',
    text: 'im the only person who understands him and my dad would end it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a lift with a cover story to the parent',
    text: 'my dad thinks im at netball but hes picking me up at 6',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: meeting someone met online, today',
    text: 'my cousin is meeting a lad she met on tiktok after school today',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: sending pictures called normal',
    text: 'he reckons its what couples do, sending pics like that',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: location off with a ticket',
    text: 'she booked me a coach ticket and said switch off my snap map',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: asked what the child sleeps in',
    text: 'this guy on roblox wanted to know what i sleep in at night',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a call once the house is asleep',
    text: 'she wants me to facetime her when my mum is asleep',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: sextortion reported as who will see',
    text: 'he said my whole family will see the recording unless i send more',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: money demanded or he tells, after a video',
    text: 'he wants 200 quid or hell show everyone the video',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a sibling seeing an adult',
    text: 'my brother is 15 and hes talking to a 24 year old who picks him up after school',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: missing and back with gifts',
    text: 'my little brother keeps going missing and comes back with loads of cash',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: a relative's special secret",
    text: 'grandad says its our little secret and i mustnt say anything',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: carer's injury on a sibling",
    text: 'my sister has marks all down her arm from our stepdad',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: silence with never seeing a parent again',
    text: 'if i tell a teacher mum said well never see dad again',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: taken abroad to marry',
    text: 'theyre sending me back home in the holidays to marry a man i dont know',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a fake naked picture going round',
    text: 'someone made fake naked pics of her and theyre going round the year',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: touched after saying no',
    text: 'he kissed me even though i said no and i dont know what to do',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP guard: a sibling threatened in jest',
    text: 'im going to kill my sister she nicked my hoodie lol',
    expect: null,
  },
  {
    name: "FP guard: a parent's figure of speech about results",
    text: 'my mum said shed kill me if i failed my mocks haha',
    expect: null,
  },
  {
    name: 'FP guard: location advice',
    text: 'pshe said turn off your location on snap map so strangers cant see',
    expect: null,
  },
  {
    name: 'FP guard: a cover story to a parent for a party',
    text: 'mum thinks im at jades but were at the cinema',
    expect: null,
  },
  {
    name: 'FP guard: a lost pet',
    text: 'our dog keeps going missing and comes back muddy',
    expect: null,
  },
  {
    name: 'FN: a bare alone question with the camera',
    text: 'ya alone? turn the cam on',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'hw old' with a picture ask",
    text: 'hw old r u, send me a pic',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'tel' in a secrecy move beside the parent",
    text: 'dnt tel ur dad bout us',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a location question beside an adult age',
    text: 'wher do u live? btw im 27',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: nudes with a payment offer',
    text: 'noods? i can pay',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: '4 a pic' for a gift",
    text: 'ill send 2k vbucks 4 a selfie',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'or ur pics go on' sextortion",
    text: 'send 50 quid or ur pics go on ur skool page',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: "FN: maturity '4' a child's age",
    text: 'ur so grown up 4 13',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'tk ur top of'",
    text: 'tk ur bra of',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'pik u up' with a mate alibi",
    text: 'ill pik u up after skl, say ur at ur m8s',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: dropped-e violence by a carer',
    text: 'my stepmum slappd me',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a parent not back beside no food',
    text: 'no food again n dads not bk',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: 'in2 my room at nite'",
    text: 'my uncle cums in2 my room at nite',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: bare 'if i tell' threat",
    text: 'if i tell shell hurt me',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: 'leakd' nudes",
    text: 'my noods r leakd',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: "FN: 'grabbd' in class",
    text: 'some boy grabbd my butt in science',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: "FN: 'msging' from a man",
    text: 'some man keeps msgin me on insta',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: 'sed' age lie",
    text: 'she sed shes 15 but shes like 40',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: age is a number for a hobby',
    text: 'age is just a number when it comes to skateboarding',
    expect: null,
  },
  {
    name: 'FP guard: a parent back later from work',
    text: 'mums not back yet from work so im doing tea',
    expect: null,
  },
  {
    name: 'FP guard: a mishap threat with lol',
    text: 'if i tell her shell kill me lol i broke her straighteners',
    expect: null,
  },
  {
    name: 'FP guard: alone at lunch',
    text: 'u alone at lunch? come sit with us',
    expect: null,
  },
  {
    name: "FN: gifts and 'not to tell our mums' (a young child)",
    text: 'a lady on the game sends us vbucks and said not to tell our dads',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a partner in his twenties who isolates',
    text: 'the man im dating is 26 and gets jealous when i see my mates',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: waking up to sexual acts',
    text: 'i woke up and someone was touching me at the sleepover',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: adult and child ages asked about dating',
    text: 'would a 30 yr old go out with a 13 yr old',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a search to take down nudes',
    text: 'how do i get my noods removed from a page',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a contact who has my pics and wants pay',
    text: 'the girl who has my nudes says pay or else',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: asked to call in nightwear',
    text: 'she keeps asking me to video call her in my pjs',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a relative shows rude videos',
    text: 'my step brother shows me rude pictures on his phone',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: an ex threatening with what i sent',
    text: 'he is threatening to post the nudes i sent on his story',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: sent abroad to get married',
    text: 'my mum is taking me to bangladesh to get married after my exams',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a picture taken while getting changed',
    text: 'someone shared a video of her getting changed in the toilets',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: "FN: a carer's violence turns on the child",
    text: 'mums boyfriend punches walls and then he starts on me',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: no dinner at home beside a parent in bed',
    text: 'theres never any tea at home, mum is in bed all day',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: young carer off school',
    text: 'i have not been in school for three weeks cos i look after my dad, he drinks',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: honour threat',
    text: 'my brothers said they will hurt me for bringing shame on the family',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a grown up online calling the child his girlfriend',
    text: 'a grown up on roblox says im his girlfriend',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: picked up by older men in cars',
    text: 'my sister keeps getting picked up by older men in cars after school',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: nudes asked for again and again',
    text: 'he keeps pressuring me to send nudes',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: waiting until sixteen in secret',
    text: 'he says once i turn 16 we can go public but for now its our secret',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: an older man sending messages',
    text: 'an old man is sending me messages on insta',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FP guard: a sixth former's partner of 18",
    text: 'im 17 and my girlfriend is 18 and her parents are lovely',
    expect: null,
  },
  {
    name: 'FP guard: no food in before the big shop',
    text: 'theres no food in the house cos mum is doing the big shop',
    expect: null,
  },
  {
    name: 'FP guard: a milestone at sixteen',
    text: 'when i turn 16 i can get my ears pierced',
    expect: null,
  },
  {
    name: 'FP guard: a photo in school uniform for nan',
    text: 'my nan wants me to send her a photo of me in my uniform',
    expect: null,
  },
  {
    name: 'FN: a threat to post the first video',
    text: 'she said if i dont send another video shell post the old one on my story',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: text him and tell no one',
    text: 'a guy at the park said to message him and never tell anybody',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: chats kept secret',
    text: 'why would a grown man want me to keep our messages secret',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: burnt on the cooker by a carer',
    text: 'dad burned my arm on the cooker cos i answered back',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: the belt for bad marks',
    text: 'we get the belt when we get detentions',
    expect: { category: 'family', min: 4 },
  },
  {
    name: "FN: FGM as 'the cut' with relatives",
    text: 'my nani says my sister is getting the cut in somalia this summer',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a hand up the skirt',
    text: 'a boy put his hand up my dress in the lunch queue',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: collected while the parents sleep',
    text: 'shes coming to get me at 1am when my parents are asleep',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: visiting while his partner is out',
    text: 'he wants me to come round while his girlfriend is at work',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: refusing a marriage means being disowned',
    text: 'dad said if i refuse to marry my cousin hell disown me',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: parents out and nan collects',
    text: 'my parents are away so my nan is picking me up',
    expect: null,
  },
  {
    name: 'FP guard: owing a friend bus money',
    text: 'she says i owe her a quid for the bus',
    expect: null,
  },
  {
    name: 'FP guard: a caning at school long ago',
    text: 'my grandad used to get the cane at school',
    expect: null,
  },
  {
    name: 'FN: game currency offered for the camera on',
    text: 'this player said hed get me 2k robux if i put my cam on with him',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: called his favourite by a server mod, with secrecy',
    text: 'an admin on the server says im his fave and that i shouldnt tell anyone',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: secrecy nobody would understand',
    text: 'she says what we talk about is our secret cos no one would get it',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: taking the phone into the shower on a call',
    text: 'he wanted me to take my phone into the shower on facetime',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: asked the kind of bra worn',
    text: 'this guy keeps asking me what kind of bra i wear',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: online contact coming to the house while the parent is out',
    text: 'a guy on roblox says he will be outside my house when my dad is at work',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: "FN: 'its your turn' or he sends it to the friends list",
    text: 'he sent one of himself and said now its ur turn or hes sharing it with ur friends list',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: "FN: post it on the school's page unless paid",
    text: 'she said shell post it on my schools insta unless i pay her',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: an app to dodge moderators',
    text: 'he wants us to talk on kik without the server mods knowing',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a genital picture shown round',
    text: 'someone showed everyone a photo of his privates in the changing room',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a hand kept on the leg after being told to stop',
    text: 'he put his hand on my leg again after i told him to stop',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a swimwear photo passed round',
    text: "they're sharing a pic of my friend in her swimsuit around the year",
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a parent out for days',
    text: 'my dad goes off for 3 days at a time and theres nobody home',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a drunk carer taking it out on the child',
    text: 'when my stepdad is drinking he takes it out on me',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a husband found for the writer',
    text: 'theyve picked someone for me to marry and im only 15',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a hand-shaped bruise',
    text: 'she had marks in the shape of fingers on her arm',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FP guard: grabbed by the hand for safety',
    text: 'mum grabbed me by the arm to stop me stepping into the road',
    expect: null,
  },
  {
    name: 'FP guard: a battle pass as a present',
    text: 'my cousin got me the battle pass for christmas',
    expect: null,
  },
  {
    name: "FP guard: a teacher's favourite",
    text: 'miss says im her favourite in the class lol',
    expect: null,
  },
  {
    name: 'FN: parent reports gifts from an adult met online',
    text: 'my son has a man he met on xbox who keeps sending him gift cards',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: "FN: coach messaging a relative's child late",
    text: 'my nephews football coach texts him late at night and follows him on snap',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: picked up at school by a much older man',
    text: 'her friend says she gets collected outside school by a man in his 30s',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: reported gifts with secrecy',
    text: 'someone keeps giving him money and telling him to keep it secret from us',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: reported app switch so the parent cannot see',
    text: 'he asked her to move to snapchat so her mum couldnt check',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: reported forced kiss',
    text: 'the older girls made him kiss them in the toilets',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: an intimate image of a pupil passed round',
    text: 'a naked photo of him got passed round the year group',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: kept going after no',
    text: 'he wouldnt stop even after she said no and pushed him away',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a carer hitting a child with an implement (reported)',
    text: 'her stepmum whacked him with a wooden spoon till he bruised',
    expect: { category: 'family', min: 5 },
  },
  {
    name: 'FN: a child locked in a room (reported)',
    text: 'his dad locks him in the shed when he gets angry',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a child caring for a drinking parent',
    text: 'he has to care for his dad who is drunk most days and keeps missing school',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: children left alone overnight',
    text: 'the two little ones are left home alone overnight most weekends',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: threatened with being sent abroad over a boyfriend',
    text: 'her parents said theyll send her to pakistan if she doesnt stop seeing her boyfriend',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: third-person sexual touching by a relative',
    text: 'her uncle touched her private parts when she slept over',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FN: FGM 'like her older sister'",
    text: 'she says shes getting cut like her older sister on the trip this summer',
    expect: { category: 'family', min: 5 },
  },
  {
    name: "FP guard: a relative's surprise gift",
    text: 'grandad keeps buying him sweets and says dont tell mum its a surprise',
    expect: null,
  },
  {
    name: 'FP guard: a holiday back home',
    text: 'we are taking him back home to see his grandparents this summer',
    expect: null,
  },
  {
    name: 'FP guard: an annoying song that would not stop',
    text: 'he wouldnt stop singing even when i told him to stop',
    expect: null,
  },
  {
    name: 'FP guard: left alone briefly',
    text: 'i was left on my own all day while mum was at work and watched films',
    expect: null,
  },
  {
    name: 'FN: recorded without permission',
    text: 'she recorded me getting changed and sent it to people',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a photo under the skirt',
    text: 'a boy put his phone under her skirt on the bus and took a pic',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: an ex threatening to share a video of the two of them',
    text: 'he says hell share the vid of us unless i take him back',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: pictures of pupils swapped in a group',
    text: 'theyve been swapping photos of girls in our school on discord',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: pressured until gave in',
    text: 'she kept begging till i said yes even though i wasnt ready',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: woke with clothes undone',
    text: 'i came round on the sofa with my jeans undone and no memory',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: an adult partner and secrecy',
    text: 'my gf is 24 and says i mustnt tell anyone or shell get in trouble',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a hotel room with a cover story',
    text: 'he got us a room and told me to tell my mum im staying at lauras',
    expect: { category: 'grooming', min: 5 },
  },
  {
    name: 'FN: a parent calling the child a mistake',
    text: 'my dad always says im a mistake and a waste of space',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: a carer smashing things with fear',
    text: 'my stepdad smashes plates when hes angry and im terrified',
    expect: { category: 'family', min: 4 },
  },
  {
    name: 'FN: an image request and secrecy far apart in one message (combinations)',
    text: "i'm older but i'll treat you better than anyone. send me a pic of you in your room and i'll tell you what i think, just between you and me x",
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: a PSHE worksheet naming the grooming moves',
    text: 'PSHE worksheet: groomers say send me a pic, or our little secret',
    expect: null,
  },
  {
    name: 'FP guard: filmed for a dance video',
    text: 'she filmed me doing the routine for our dance show',
    expect: null,
  },
  {
    name: 'FP guard: a mum teasing about cooking',
    text: 'my mum says im useless at parking lol',
    expect: null,
  },
];

regressionTable('grooming, sexual and family regressions', rows);
