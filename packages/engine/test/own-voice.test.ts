import { describe, expect, test } from 'vitest';
import { clauseAround, ownVoice, sentenceApart, turnApart } from '../src/own-voice.js';

const at = (text: string, words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};
const clauseOf = (text: string, words: string) => {
  const c = clauseAround(text, at(text, words));
  return text.slice(c.start, c.end);
};

describe('clauseAround', () => {
  test.each([
    ['PSHE form: my dad hits me, i hate it', 'hits me', ' my dad hits me'],
    ['essay. the speaker says "i want to die" because', 'want to die', 'i want to die'],
    ["essay: she says 'i want to die' today", 'want to die', 'i want to die'],
    ["i'm scared i'll get hit", 'get hit', "i'm scared i'll get hit"],
    ['dee: they gave me one | me: a what', 'gave me', ' they gave me one '],
    ['no boundary at all here', 'boundary', 'no boundary at all here'],
  ])('%s', (text, words, clause) => {
    expect(clauseOf(text, words)).toBe(clause);
  });
});

describe('ownVoice', () => {
  const voice = (text: string, words: string) => ownVoice(text, clauseAround(text, at(text, words)));
  test('the writer in the first person', () => {
    expect(voice('PSHE form: my dad hits me', 'hits me')).toBe(true);
    expect(voice("homework: i'm 14 and i bet every week", 'bet')).toBe(true);
  });
  test("an essay's voice is not the writer's life", () => {
    expect(voice('PSHE: I think people self harm because they cope badly', 'self harm')).toBe(false);
    expect(voice('PSHE: how do i help a friend who self harms', 'self harms')).toBe(false);
    expect(voice('my essay: people self harm to cope', 'self harm')).toBe(false);
  });
  test('a quotation is not the writer speaking', () => {
    expect(voice("essay: the speaker says 'i want to die' because", 'want to die')).toBe(false);
  });
  test("someone else's words reported: the writer's part is before the verb", () => {
    expect(voice('worksheet: groomers say send me a pic', 'send me')).toBe(false);
    expect(voice('form: my dad says if i tell he will hurt me', 'hurt me')).toBe(true);
  });
  test('third person is not the writer', () => {
    expect(voice('lesson: people self harm to cope', 'self harm')).toBe(false);
  });
});

describe('sentenceApart', () => {
  const text = 'PSHE lesson today. my dad hits me, lesson or not';
  test('a full stop or colon between the two', () => {
    expect(sentenceApart(text, at(text, 'PSHE'), at(text, 'hits me'))).toBe(true);
    expect(sentenceApart(text, at(text, 'hits me'), at(text, 'PSHE'))).toBe(true);
  });
  test('only a comma between the two', () => {
    expect(sentenceApart(text, at(text, 'hits me'), at(text, 'or not'))).toBe(false);
  });
});

describe('turnApart', () => {
  const text = 'jo: nah not this time. i wont be around | sam: not me';
  test("a sentence's end or a change of speaker between the two", () => {
    expect(turnApart(text, at(text, 'not this'), at(text, 'be around'))).toBe(true);
    expect(turnApart(text, at(text, 'be around'), at(text, 'not me'))).toBe(true);
  });
  test("a heading's colon is no change of turn", () => {
    expect(turnApart(text, at(text, 'jo'), at(text, 'nah'))).toBe(false);
  });
});
