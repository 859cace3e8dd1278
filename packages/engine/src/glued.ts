// Hashtags written as one run of words (#iwanttodie, #KillMyself, #proanatips) read as the words
// they are made of, split at the rules' own words. Only after a '#': an ordinary long word is
// left alone, and a hashtag that is itself an English word (#therapist) is never split.
import { FOLD, isWordSymbol, SYMBOL_MASK } from './alphabet.js';
import { englishRank } from './english.js';
import { fewestWords, type View, ViewBuilder } from './views.js';

/** Shortest hashtag worth splitting, and longest tried. */
const MIN_GLUED = 6;
const MAX_GLUED = 40;

export interface GluedView {
  view: View;
  /**
   * Per split hashtag: its start, its end and the original offset of each inner word boundary,
   * as [start, end, boundary...] groups, so a match inside one piece can be told apart.
   */
  words: { start: number; end: number; cuts: number[] }[];
}

export function gluedView(base: View, isWord: (letters: string) => boolean): GluedView | null {
  const text = base.text;
  let b: ViewBuilder | null = null;
  let last = 0;
  const words: GluedView['words'] = [];
  for (
    let hash = text.indexOf('#');
    hash >= 0 && hash < text.length - 1;
    hash = text.indexOf('#', hash + 1)
  ) {
    const from = hash + 1;
    let to = from;
    while (to < text.length && isWordSymbol(FOLD[text.charCodeAt(to)]! & SYMBOL_MASK)) to++;
    const letters = text.slice(from, to);
    if (letters.length < MIN_GLUED || letters.length > MAX_GLUED) continue;
    if (englishRank().has(letters.toLowerCase()) || isWord(letters)) continue;
    const ends = fewestWords(letters, isWord);
    if (ends === null || ends.length < 2) continue;
    b ??= new ViewBuilder(base);
    b.copy(last, from);
    let start = from;
    const cuts: number[] = [];
    for (const end of ends) {
      const at = from + end;
      b.copy(start, at);
      // The space between two pieces stands for the first letter of the next.
      if (at < to) {
        b.replace(' ', at, at + 1);
        cuts.push(mapped(base, at));
      }
      start = at;
    }
    last = to;
    words.push({ start: mapped(base, from), end: mapped(base, to - 1) + 1, cuts });
  }
  if (b === null) return null;
  b.copy(last, text.length);
  return { view: b.build(), words };
}

const mapped = (v: View, i: number): number => (v.start ? v.start[i]! : i);

/** Does a match [start, end) found in the glued reading lie inside one piece of a split hashtag? */
export function withinOnePiece(g: GluedView, start: number, end: number): boolean {
  for (const w of g.words) {
    if (start < w.start || end > w.end) continue;
    return !w.cuts.some((c) => start < c && c < end);
  }
  return false;
}
