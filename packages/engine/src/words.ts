// Word positions in the original text, computed only when a text has hits, so "within N words"
// costs nothing on the clean majority of texts.
import { SKIP, SPACE, symbolOf } from './alphabet.js';

/**
 * Where each word of a text starts, filled while some other pass reads it (trigger.ts
 * otherReadings) or by WordIndex.of. A word starts after a space (or at the text's start), so a
 * text of n units has at most ceil(n / 2) of them.
 */
export class WordStarts {
  readonly starts: Int32Array;
  count = 0;
  constructor(length: number) {
    this.starts = new Int32Array((length + 1) >> 1);
  }
}

// One WordStarts reused from text to text: a typed array of a few hundred bytes lives outside the
// heap, and allocating one per scan cost more than the pass it saved on a text with no match.
let shared = new WordStarts(512);

/**
 * Word starts for a text of `length` units, overwritten by the next call: for one scan's words
 * (scan is synchronous). Shrunk again after a long text, which a worker would otherwise keep.
 */
export function sharedWordStarts(length: number): WordStarts {
  const need = (length + 1) >> 1;
  if (shared.starts.length < need || shared.starts.length > 16 * (need + 256))
    shared = new WordStarts(length);
  shared.count = 0;
  return shared;
}

export class WordIndex {
  private constructor(
    private readonly starts: Int32Array,
    private readonly count: number,
  ) {}

  static of(text: string): WordIndex {
    const words = new WordStarts(text.length);
    let inWord = false;
    for (let i = 0; i < text.length; i++) {
      const x = symbolOf(text.charCodeAt(i));
      if (x === SKIP) continue;
      const word = x !== SPACE;
      if (word && !inWord) words.starts[words.count++] = i;
      inWord = word;
    }
    return WordIndex.from(words);
  }

  static from(words: WordStarts): WordIndex {
    return new WordIndex(words.starts, words.count);
  }

  /** Index of the word containing (or last starting before) offset. */
  at(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    let found = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** A whole-pattern match of a list in the original text, with its first and last word. */
export interface Span {
  list: number;
  start: number;
  end: number;
  w0: number;
  w1: number;
}

/** Words from a to b: 0 when they overlap, 1 when adjacent; negative side means b is before a. */
export function wordGap(a: Span, b: Span): { gap: number; before: boolean } {
  if (b.w1 < a.w0) return { gap: a.w0 - b.w1, before: true };
  if (b.w0 > a.w1) return { gap: b.w0 - a.w1, before: false };
  return { gap: 0, before: false };
}

/** Offsets in the original text: a span, or a detection made from one. */
type Range = Pick<Span, 'start' | 'end'>;

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const inside = (a: Range, outer: Range): boolean => outer.start <= a.start && a.end <= outer.end;
