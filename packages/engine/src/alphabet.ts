// The folded alphabet the automaton runs over. Every UTF-16 code unit of the text maps to one
// symbol through FOLD, so case, diacritics, homoglyphs, fullwidth forms and invisible characters
// cost one table lookup per character instead of a chain of string transforms.

export const SPACE = 0;
/** Letters a-z are 1..26. */
export const LETTER_A = 1;
/** Digits 0-9 are 27..36: literal in patterns, ambiguous (leetspeak) in text. */
export const DIGIT_0 = 27;
export const AT = 37;
export const DOLLAR = 38;
export const BANG = 39;
/** Symbols a pattern can contain (the trie's alphabet). */
export const REAL_SYMBOLS = 37;
/** Symbols the text can contain (the dense table's width). */
export const ALPHABET = 40;
/** Not a symbol: the character is dropped (zero-width, apostrophe, combining mark). */
export const SKIP = 255;

const letter = (ch: string): number => ch.charCodeAt(0) - 96;

/**
 * What an ambiguous text symbol may stand for, in order of preference. A digit is tried as
 * itself first so numeric codes (1488, 88) match literally, then as the letter it imitates.
 * Punctuation used as leetspeak falls back to a word boundary when no letter fits.
 */
export const CANDIDATES: readonly (readonly number[])[] = (() => {
  const c: number[][] = [];
  for (let s = 0; s < ALPHABET; s++) c.push(s < REAL_SYMBOLS ? [s] : []);
  const leet: Record<string, string> = { '0': 'o', '1': 'il', '3': 'e', '4': 'a', '5': 's', '7': 't' };
  for (const [digit, letters] of Object.entries(leet)) {
    const d = DIGIT_0 + Number(digit);
    c[d] = [d, ...[...letters].map(letter)];
  }
  c[AT] = [letter('a'), SPACE];
  c[DOLLAR] = [letter('s'), SPACE];
  c[BANG] = [letter('i'), SPACE];
  return c;
})();

export const isLetter = (sym: number): boolean => sym >= LETTER_A && sym < DIGIT_0;

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

function buildFold(): Uint8Array {
  const fold = new Uint8Array(65536);
  for (let code = 0; code < 128; code++) {
    const s = asciiSymbol(code);
    if (s >= 0) fold[code] = s;
  }
  fold[0x40] = AT;
  fold[0x24] = DOLLAR;
  fold[0x21] = BANG;
  // Apostrophes vanish so "don't" reads "dont", as patterns are written.
  for (const ch of "'`´ʼ‘’‛′") fold[ch.charCodeAt(0)] = SKIP;
  // Compatibility forms (fullwidth, circled, small capitals, letterlike) and accented Latin fold
  // through NFKC then NFD; computed once for the ranges where such characters live.
  const ranges: [number, number][] = [
    [0x80, 0x24f],
    [0x1d00, 0x1dbf],
    [0x1e00, 0x1eff],
    [0x2070, 0x209f],
    [0x2100, 0x214f],
    [0x2460, 0x24ff],
    [0xff00, 0xffef],
  ];
  for (const [from, to] of ranges) {
    for (let code = from; code <= to; code++) {
      const base = String.fromCharCode(code).normalize('NFKC').normalize('NFD');
      const s = base.length > 0 ? asciiSymbol(base.charCodeAt(0)) : -1;
      if (s >= 0) fold[code] = s;
    }
  }
  for (const pair of HOMOGLYPHS.split(' ')) {
    const [from, to] = pair.split(':') as [string, string];
    const s = asciiSymbol(to.charCodeAt(0));
    fold[from.charCodeAt(0)] = s;
    fold[from.toUpperCase().charCodeAt(0)] = s;
  }
  for (const [from, to] of INVISIBLE) for (let code = from; code <= to; code++) fold[code] = SKIP;
  return fold;
}

/** Code unit -> symbol. Everything unlisted (punctuation, emoji halves, other scripts) is a boundary. */
export const FOLD: Uint8Array = buildFold();

/** Folds one pattern character: patterns keep digits literal and know no leetspeak. */
export function patternSymbol(ch: string): number {
  const code = ch.charCodeAt(0);
  const s = asciiSymbol(code);
  if (s >= 0) return s;
  const f = FOLD[code] ?? SPACE;
  return f !== SKIP && f !== SPACE && f < REAL_SYMBOLS ? f : -1;
}

export function symbolChar(sym: number): string {
  if (sym === SPACE) return ' ';
  if (isLetter(sym)) return String.fromCharCode(96 + sym);
  if (sym >= DIGIT_0 && sym < DIGIT_0 + 10) return String(sym - DIGIT_0);
  return ['@', '$', '!'][sym - AT] ?? '?';
}
