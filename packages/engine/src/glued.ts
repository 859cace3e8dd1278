// Words run together read as the words they are made of, split at the rules' own words: hashtags
// (#iwanttodie, #KillMyself, #proanatips), and long runs typed with no spaces at all, as young
// children type searches ("howtohidecutsfromyourmum"). A hashtag or run that is itself an English
// word (#therapist) is never split, nor is an ordinary word of normal length.
import { DIGIT_0, FOLD, isWordSymbol, SYMBOL_MASK } from './alphabet.js';
import { englishRank } from './english.js';
import { GLUED_LETTERS } from './trigger.js';
import { fewestWords, type View, ViewBuilder } from './views.js';

/** Shortest hashtag worth splitting, and longest tried. */
const MIN_GLUED = 6;
const MAX_GLUED = 40;
/**
 * A run outside a hashtag must split into at least this many words: two long rule words side by
 * side are more often a name or a handle than a sentence.
 */
const MIN_RUN_WORDS = 3;
/**
 * The only words of one or two letters a run outside a hashtag may split into: the rules' short
 * slang ("sh", "ur", "x") cut long English words into nonsense ("accompl i sh ments").
 */
const SHORT_PIECES = new Set(
  'i a u to do my me im is it in of on be so no go up we he or an at if us am by oh ok rn ur ya'.split(' '),
);

export interface GluedView {
  view: View;
  /**
   * Per split hashtag or run: its start, its end and the original offset of each inner word boundary,
   * as [start, end, boundary...] groups, so a match inside one piece can be told apart.
   */
  words: { start: number; end: number; cuts: number[] }[];
}

const HASH = '#'.charCodeAt(0);

/** `runs`: split long runs outside hashtags too (the text has a word of GLUED_LETTERS or more). */
export function gluedView(base: View, isWord: (letters: string) => boolean, runs = false): GluedView | null {
  const text = base.text;
  let b: ViewBuilder | null = null;
  let last = 0;
  const words: GluedView['words'] = [];
  for (let from = 0; from < text.length; ) {
    if (!isWordSymbol(symbolAt(text, from))) {
      from++;
      continue;
    }
    let to = from;
    let collapsed = 0;
    let digits = false;
    for (let prev = -1; to < text.length; to++) {
      const x = symbolAt(text, to);
      if (!isWordSymbol(x)) break;
      if (x >= DIGIT_0) digits = true;
      if (x !== prev) collapsed++;
      prev = x;
    }
    const start = from;
    from = to;
    const hashtag = start > 0 && text.charCodeAt(start - 1) === HASH;
    if (!hashtag && (!runs || digits || collapsed < GLUED_LETTERS)) continue;
    const letters = text.slice(start, to);
    if (letters.length < MIN_GLUED || letters.length > MAX_GLUED) continue;
    if (englishRank().has(letters.toLowerCase()) || isWord(letters)) continue;
    const ends = fewestWords(letters, hashtag ? isWord : (w) => isRunPiece(w, isWord));
    if (ends === null || ends.length < (hashtag ? 2 : MIN_RUN_WORDS)) continue;
    if (!hashtag && !readsAsEnglish(letters, ends)) continue;
    b ??= new ViewBuilder(base);
    b.copy(last, start);
    let at0 = start;
    const cuts: number[] = [];
    for (const end of ends) {
      const at = start + end;
      b.copy(at0, at);
      // The space between two pieces stands for the first letter of the next.
      if (at < to) {
        b.replace(' ', at, at + 1);
        cuts.push(mapped(base, at));
      }
      at0 = at;
    }
    last = to;
    words.push({ start: mapped(base, start), end: mapped(base, to - 1) + 1, cuts });
  }
  if (b === null) return null;
  b.copy(last, text.length);
  return { view: b.build(), words };
}

/**
 * A run typed without spaces is mostly common words ("how do i hide my cuts from my dad"); a long
 * word cut at rare rule words is not ("dis ting u i shing"). At least half of the pieces must be
 * among the commonest English words or the short words a run may hold, and one of them longer.
 */
function readsAsEnglish(letters: string, ends: number[]): boolean {
  let common = 0;
  let longCommon = false;
  let from = 0;
  for (const end of ends) {
    const piece = letters.slice(from, end).toLowerCase();
    if (piece.length <= 2 ? SHORT_PIECES.has(piece) : englishRank().has(piece)) {
      common++;
      if (piece.length > 2) longCommon = true;
    }
    from = end;
  }
  return longCommon && common * 2 >= ends.length;
}

const isRunPiece = (piece: string, isWord: (letters: string) => boolean): boolean =>
  piece.length > 2 ? isWord(piece) : SHORT_PIECES.has(piece.toLowerCase());

const symbolAt = (text: string, i: number): number => FOLD[text.charCodeAt(i)]! & SYMBOL_MASK;

const mapped = (v: View, i: number): number => (v.start ? v.start[i]! : i);

/** Does a match [start, end) found in the glued reading lie inside one piece of a split run? */
export function withinOnePiece(g: GluedView, start: number, end: number): boolean {
  for (const w of g.words) {
    if (start < w.start || end > w.end) continue;
    return !w.cuts.some((c) => start < c && c < end);
  }
  return false;
}
