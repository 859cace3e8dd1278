import { describe, expect, test } from 'vitest';
import { sentenceWindows, WINDOW_MAX_CHARS, WINDOW_MIN_CHARS } from '../src/model/windows.js';

const long = (sentences: string[]) => sentences.join(' ');

describe('sentenceWindows', () => {
  test('two sentences at a time over a long message, the last alone', () => {
    const text = long([
      'pe was freezing today and we did hockey on the astro again.',
      'then at lunch me and priya got chips from the van by the gate.',
      'anyway are you coming round after school to do the french homework?',
    ]);
    expect(text.length).toBeGreaterThanOrEqual(WINDOW_MIN_CHARS);
    const windows = sentenceWindows(text).map(([s, e]) => text.slice(s, e).trim());
    expect(windows).toEqual([
      'pe was freezing today and we did hockey on the astro again. then at lunch me and priya got chips from the van by the gate.',
      'then at lunch me and priya got chips from the van by the gate. anyway are you coming round after school to do the french homework?',
      'anyway are you coming round after school to do the french homework?',
    ]);
  });
  test('none for a short text, fewer than three sentences, or a page-length text', () => {
    expect(sentenceWindows('i want to go home. now. please.')).toEqual([]);
    expect(
      sentenceWindows(`${'a long sentence without any end at all '.repeat(6)}and then one more.`),
    ).toEqual([]);
    expect(sentenceWindows('this is one sentence. '.repeat(Math.ceil(WINDOW_MAX_CHARS / 22) + 1))).toEqual(
      [],
    );
  });
  test('punctuation alone is no sentence', () => {
    const text = long([
      'the match was brilliant and we won three nil at home!!',
      '...',
      'coach says i might start next week if i keep training hard.',
      'anyway what time is the bus to the away game on saturday morning?',
    ]);
    expect(sentenceWindows(text)).toHaveLength(3);
  });
});
