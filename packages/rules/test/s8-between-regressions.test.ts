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
];

regressionTable('session 8: harm between people', rows);
