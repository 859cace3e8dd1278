import { describe, expect, it } from 'vitest';
import { otherReadings } from '../src/trigger.js';
import { sharedWordStarts, WordIndex, WordStarts } from '../src/words.js';

describe('word starts found while reading a text for its other readings', () => {
  it('are the word index a pass of its own finds', () => {
    const texts = [
      '',
      ' ',
      'a',
      'honestly nobody would even notice if i was gone.',
      "  don't   tell\tanyone!! k!ll m3 ",
      'f*ck this, 50% off #iwanttodie',
      'ｋｉｌｌ ｍｙｓｅｌｆ 🔪 now',
      'i k i l l myself\u200b\u200bplease',
      'a.b,c;d--e  *  % x',
    ];
    for (const text of texts) {
      const starts = new WordStarts(text.length);
      otherReadings(text, starts);
      const fused = WordIndex.from(starts);
      const own = WordIndex.of(text);
      for (let i = 0; i <= text.length; i++)
        expect(fused.at(i), `${JSON.stringify(text)} at ${i}`).toBe(own.at(i));
    }
  });

  it('reused from text to text, give each text its own words', () => {
    const long = 'a b '.repeat(5000);
    const texts = [long, 'do not tell anyone', long.slice(0, 99), 'x'];
    for (const text of texts) {
      const starts = sharedWordStarts(text.length);
      otherReadings(text, starts);
      const fused = WordIndex.from(starts);
      const own = WordIndex.of(text);
      for (let i = 0; i <= text.length; i += 7) expect(fused.at(i)).toBe(own.at(i));
    }
  });
});
