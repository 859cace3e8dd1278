import { describe, expect, test } from 'vitest';
import { answerParts } from '../src/model/answer-parts.js';

const partsOf = (text: string): string[] => answerParts(text).map((start) => text.slice(start));

describe("answerParts: the pupil's own part of school work, read apart from its heading", () => {
  test('the part after a short heading, when it speaks of the writer', () => {
    expect(partsOf('English diary homework: the bruises are fading so i can wear short sleeves')).toEqual([
      'the bruises are fading so i can wear short sleeves',
    ]);
    expect(partsOf("RE task:   I'm not sure")).toEqual(["I'm not sure"]);
  });
  test('and the answer after "A:" on its own too', () => {
    expect(partsOf('Biology Q: how does skin heal? A: a scab forms, mine never heal')).toEqual([
      'how does skin heal? A: a scab forms, mine never heal',
      'a scab forms, mine never heal',
    ]);
  });
  test('not a lesson in its own words, a URL, a time, a long sentence or no heading', () => {
    expect(partsOf('history: the Holocaust and the Final Solution, 1941-45')).toEqual([]);
    expect(partsOf('https://www.google.com/search?q=my+girlfriend+is+cutting')).toEqual([]);
    expect(partsOf('10:30 i will be there')).toEqual([]);
    expect(
      partsOf('when we got back from the long trip to the coast with my nan we said: i am tired'),
    ).toEqual([]);
    expect(partsOf('i want to go home')).toEqual([]);
    expect(partsOf('Note:')).toEqual([]);
  });
  test('first person is a word, not letters inside one', () => {
    expect(partsOf('Science: mining and timing in the idle shaft')).toEqual([]);
    expect(partsOf('Science: the mine is mine')).toEqual(['the mine is mine']);
  });
  test('not under a heading that casts the writer in a role: the "I" is the role\'s', () => {
    expect(
      partsOf('Diary of a WW1 nurse (history): I have not slept in three days and I cannot go on'),
    ).toEqual([]);
    expect(partsOf('Letter from an evacuee: I miss my mum and I want to go home')).toEqual([]);
    expect(partsOf('In role as Macbeth: I have done the deed')).toEqual([]);
    // The pupil's own diary or letter is still read apart.
    expect(partsOf('Diary of my week (PSHE): i stopped eating again on monday')).toEqual([
      'i stopped eating again on monday',
    ]);
    expect(partsOf('Letter from me to year 6: i was bullied every day')).toEqual(['i was bullied every day']);
  });
});
