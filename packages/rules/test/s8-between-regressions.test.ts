// Session-8 regressions for harm between people (image-based abuse among pupils, sextortion
// among peers, searches for images of children, adults' sexual requests and grooming moves,
// planned fights and weapons, sexual searches): each row a text, the category and the least
// severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: "FN: rating an ex's nudes",
    text: "rate my ex's nudes",
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a picture of a girl sent round the year, no word for nude',
    text: 'the pic of her got sent round the whole year',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: airdropped to the whole bus',
    text: 'airdropped it to the whole bus',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a picture sent to a boy and now everyone has it',
    text: 'i sent him a picture and now everyone has it',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: pressured into sending one that was then leaked',
    text: 'she was pressured to send a pic and it got leaked',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a threat to post the first picture unless another is sent',
    text: 'if you dont send another one ill post the first one',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a search for naked pictures of a 12 year old',
    text: 'naked 12 year old girls',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FP guard: a meme airdropped to the bus',
    text: 'airdropped the meme to the whole bus',
    expect: null,
  },
  {
    name: 'FP guard: a team photo sent round the year',
    text: 'the pic of the team got sent round the whole year',
    expect: null,
  },
  {
    name: 'FP guard: a cat picture shown to his mates',
    text: 'i sent him a pic of my cat and he showed all his mates',
    expect: null,
  },
  {
    name: 'FP guard: Report Remove described',
    text: 'Report Remove is a tool from Childline to get nude images of under-18s taken down',
    expect: null,
  },
  {
    name: 'FP guard: rating a drawing',
    text: 'rate my drawing out of 10',
    expect: null,
  },
  {
    name: 'FN: an adult asking a child to touch themselves on camera',
    text: 'can you touch yourself for me on cam',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: delete this after, with a compliment',
    text: "delete this after ok, you're so beautiful",
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a stranger from an app offering a lift',
    text: 'a man from tiktok said he can give me a lift',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: a phone posted so parents do not know',
    text: 'he posted me a phone so we can talk without my parents knowing',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: told not to go to the police or they would be in trouble',
    text: "dont go to the police, you'll get in trouble too",
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: told a teacher would think they wanted it',
    text: "if you tell a teacher theyll think you wanted it and you'll get in trouble",
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: touch grass',
    text: 'go outside and touch grass lol',
    expect: null,
  },
  {
    name: 'FP guard: a camera for the teams call',
    text: 'turn your camera on for the teams call please',
    expect: null,
  },
  {
    name: 'FP guard: a parent arranging a lift',
    text: 'mum will pick you up after school',
    expect: null,
  },
  {
    name: 'FP guard: a phone from family',
    text: 'my mum bought me a phone so we can text',
    expect: null,
  },
  {
    name: 'FP guard: a reunion',
    text: 'i want to see all of you at the reunion',
    expect: null,
  },
  {
    name: 'FN: a fight arranged away from teachers with everyone told to come',
    text: 'fight at 3:30 behind the sports hall no teachers, everyone come',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: jumping someone after football with a blade (the sport cue must not lower it)',
    text: "we're gonna jump jake after football, bring a blade",
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: robbed and beaten and posted',
    text: 'we robbed him and battered him and put it on snap',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FN: a homemade stun gun',
    text: 'how to make a stun gun out of a disposable camera',
    expect: { category: 'violence', min: 4 },
  },
  {
    name: 'FP guard: a football match after school',
    text: 'football match after school on the back field, everyone come',
    expect: null,
  },
  {
    name: 'FP guard: a knuckle duster in a Roman dig',
    text: 'a knuckle duster was found in the roman dig',
    expect: null,
  },
  {
    name: 'FN: a sexual search in a pupil spelling',
    text: 's3x positions for beginners',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FN: what something sexual tastes like',
    text: 'what does cum taste like',
    expect: { category: 'sexual', min: 3 },
  },
  {
    name: 'FP guard: sexual reproduction in plants',
    text: 'sexual reproduction in plants',
    expect: null,
  },
  {
    name: 'FP guard: a film with a sex scene skipped by dad',
    text: 'we watched a film with a sex scene and dad fast forwarded it so fast lol',
    expect: null,
  },
  {
    name: 'FN: a picture sent to her boyfriend and airdropped on the trip',
    text: 'she sent a pic to her bf and he airdropped it on the school trip',
    expect: { category: 'sexual', min: 4 },
  },
  {
    name: 'FN: a phone posted to the house so parents do not know',
    text: 'he posted a phone to my house so my parents dont know we talk',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FN: told not to tell the police as the child would be in trouble too',
    text: 'he said not to tell the police cause id get in trouble too',
    expect: { category: 'grooming', min: 4 },
  },
  {
    name: 'FP guard: a dog picture sent to the year group',
    text: 'she sent a pic of her dog to the whole year group',
    expect: null,
  },
];

regressionTable('session 8: harm between people', rows);
