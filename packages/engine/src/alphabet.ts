// The folded alphabet the automaton runs over. Every UTF-16 code unit of the text maps to one
// symbol through FOLD, so case, diacritics, homoglyphs, fullwidth forms and invisible characters
// cost one table lookup per character instead of a chain of string transforms.
import { FOLD_DATA } from './fold-data.js';
import { FOLD_RANGES, OFFSET, SEVERAL } from './fold-ranges.js';

export const SPACE = 0;
/** Letters a-z are 1..26. */
export const LETTER_A = 1;
/** Digits 0-9 are 27..36: always literal. Leetspeak is read in a separate channel (views.ts). */
export const DIGIT_0 = 27;
/** Symbols a pattern can contain (the trie's alphabet). */
export const REAL_SYMBOLS = 37;
/** Zero-width characters, apostrophes, combining marks: the automaton stays where it is. */
export const SKIP = 37;
/** @ $ !: a boundary in the literal reading; letters in the leet channel. */
export const AT = 38;
export const DOLLAR = 39;
export const BANG = 40;
/** Width of a dense transition row. */
export const ALPHABET = 41;

/**
 * FOLD values carry flag bits above the symbol (symbol = value & SYMBOL_MASK), so the hot loop
 * learns about a text by OR-ing them, without branches: LEETISH marks digits and symbols the
 * leet channel may read as letters; BOUNDARY marks separators; EXOTIC marks non-ASCII (NFKC
 * may change the text).
 */
export const SYMBOL_MASK = 63;
export const LEETISH = 64;
export const BOUNDARY = 128;
export const EXOTIC = 256;
/** A letter a-z (after folding). */
export const LETTER = 512;
/** A code unit NFKC may turn into letters the fold table cannot (ligatures, surrogate pairs). */
export const NEEDS_NFKC = 1024;
/** '%': the text may hold URL-encoded search terms. */
export const PERCENT = 2048;
/** '*': a word may be masked (f*ck). */
export const STAR = 4096;

/** The letter a leet character stands for (the first reading; '1' is also tried as 'l'). */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
};

export const isLetter = (sym: number): boolean => sym >= LETTER_A && sym < DIGIT_0;

/** A letter or digit: a symbol words are made of. */
export const isWordSymbol = (sym: number): boolean => sym >= LETTER_A && sym < DIGIT_0 + 10;

// Look-alikes that NFKC leaves alone: Cyrillic and Greek letters used to dodge filters.
const HOMOGLYPHS =
  'а:a в:b е:e ё:e ѐ:e к:k м:m н:h о:o р:p с:c т:t у:y х:x і:i ї:i ј:j ѕ:s ԁ:d ԛ:q ԝ:w ɡ:g ӏ:l ь:b ү:y ' +
  'α:a β:b γ:y ε:e ζ:z η:n ι:i κ:k μ:u ν:v ο:o ρ:p σ:o ς:c τ:t υ:u χ:x ω:w ά:a έ:e ί:i ό:o ύ:u ή:n ώ:w ' +
  'ß:s æ:a œ:o ø:o đ:d ð:d ł:l ı:i ħ:h ŧ:t þ:p';

const INVISIBLE = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x0300, 0x036f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
] as const;

function asciiSymbol(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code >= 48 && code <= 57) return DIGIT_0 + code - 48;
  return -1;
}

function buildFold(): Uint16Array {
  // Symbols (and NEEDS_NFKC) by code unit; everything unset is a boundary.
  const set = new Map<number, number>();
  for (let code = 0; code < 128; code++) {
    const s = asciiSymbol(code);
    if (s >= 0) set.set(code, s);
  }
  set.set(0x40, AT | LEETISH);
  set.set(0x24, DOLLAR | LEETISH);
  set.set(0x21, BANG | LEETISH);
  for (const d of '013457') set.set(d.charCodeAt(0), set.get(d.charCodeAt(0))! | LEETISH);
  // Apostrophes vanish so "don't" reads "dont", as patterns are written.
  for (const ch of "'`´ʼ‘’‛′") set.set(ch.charCodeAt(0), SKIP);
  // Compatibility forms (fullwidth, circled, small capitals, letterlike) and accented Latin fold
  // through NFKC then NFD, precomputed (fold-ranges.ts).
  FOLD_RANGES.forEach(([from, to], r) => {
    const data = FOLD_DATA[r]!;
    for (let code = from; code <= to; code++) {
      const v = data.charCodeAt(code - from) - OFFSET;
      if (v === SEVERAL) set.set(code, NEEDS_NFKC);
      else if (v !== 0) set.set(code, v);
    }
  });
  for (const pair of HOMOGLYPHS.split(' ')) {
    const [from, to] = pair.split(':') as [string, string];
    const s = asciiSymbol(to.charCodeAt(0));
    set.set(from.charCodeAt(0), s);
    set.set(from.toUpperCase().charCodeAt(0), s);
  }
  for (const [from, to] of INVISIBLE) for (let code = from; code <= to; code++) set.set(code, SKIP);
  set.set(0x25, PERCENT);
  set.set(0x2a, STAR);
  // Masks: f*ck, f#ck (views.ts maskedView reads them).
  set.set(0x23, STAR);
  const fold = new Uint16Array(65536);
  fold.fill(BOUNDARY, 0, 128);
  fold.fill(BOUNDARY | EXOTIC, 128);
  // Surrogate pairs: mathematical alphanumerics (𝐤𝐢𝐥𝐥) and emoji; NFKC tells them apart.
  fold.fill(BOUNDARY | EXOTIC | NEEDS_NFKC, 0xd800, 0xe000);
  for (const [code, f] of set) {
    const sym = f & SYMBOL_MASK;
    fold[code] =
      f | (sym === SPACE ? BOUNDARY : 0) | (isLetter(sym) ? LETTER : 0) | (code >= 128 ? EXOTIC : 0);
  }
  return fold;
}

/**
 * Code unit -> symbol plus flags. Everything unlisted (punctuation, emoji halves, other scripts)
 * is a boundary.
 */
export const FOLD: Uint16Array = buildFold();

/** Code unit -> plain symbol (flags stripped). */
export const symbolOf = (code: number): number => FOLD[code]! & SYMBOL_MASK;

/** Folds one pattern character: patterns keep digits literal and know no leetspeak. */
export function patternSymbol(ch: string): number {
  const code = ch.charCodeAt(0);
  const s = asciiSymbol(code);
  if (s >= 0) return s;
  const f = symbolOf(code);
  return f !== SKIP && f !== SPACE && f < REAL_SYMBOLS ? f : -1;
}

export function symbolChar(sym: number): string {
  if (sym === SPACE) return ' ';
  if (isLetter(sym)) return String.fromCharCode(96 + sym);
  if (sym >= DIGIT_0 && sym < DIGIT_0 + 10) return String(sym - DIGIT_0);
  return sym === SKIP ? '' : ' ';
}
