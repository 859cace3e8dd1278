// Session-14 red-team regressions (redteam-a: suicide, self-harm, mental health, family), from
// fresh probes written for the session, never from an evaluation set. Innocent near-twins that
// alerted: a prescribed course of tablets, letters to pen pals, a sharpener unjammed, chips
// fetched by a stepdad, a sister who wins at a game. Each row a text, the category and the least
// severity it must reach, or null where it must stay below 3.
import { type Row, regressionTable } from './regression-table.js';

const rows: Row[] = [
  {
    name: 'FP: a course of antibiotics',
    text: 'i had 14 tablets a day for a week when i had tonsillitis',
    expect: null,
  },
  {
    name: 'FP: letters to pen pals kept in a drawer',
    text: 'ive written letters to my pen pals in france, theyre in my desk drawer',
    expect: null,
  },
  {
    name: 'FP: a sharpener unjammed',
    text: 'i took the blade out of my sharpener to get the lead out, it was jammed',
    expect: null,
  },
  {
    name: 'FP: chips fetched by a stepdad',
    text: 'my stepdad grabbed me some chips after football',
    expect: null,
  },
  {
    name: 'FP: a sister beating the pupil at a game',
    text: 'my little sister beats me at mario kart every single time',
    expect: null,
  },
];

regressionTable('session-14 redteam-a regressions', rows);
