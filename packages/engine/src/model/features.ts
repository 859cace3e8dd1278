// The text model's features, read in one pass over the text: each word, each pair of neighbouring
// words and each emoji, hashed to 32 bits, so the model is a table of numbers and
// reading a text allocates almost nothing (the model runs on every keystroke's text). Words are
// the engine's folded letters and digits (case, diacritics, homoglyphs, fullwidth forms, invisible
// characters; NFKC and URL-decoding first when the text needs them), with leetspeak read back as
// letters inside words that mix both and runs of three or more of a letter shortened to one.
// Training and scanning share this one reader, so they always see the same features.
import {
  BANG,
  FOLD,
  isWordSymbol,
  LEETISH,
  LETTER_A,
  NEEDS_NFKC,
  PERCENT,
  SKIP,
  SPACE,
  SYMBOL_MASK,
} from '../alphabet.js';
import { DOUBLE_SALT, HASH_PRIME, HASH_SEED } from '../terms.js';
import {
  FIRED,
  GLUED,
  GLUED_LETTERS,
  newCall,
  probeWord,
  readingBits,
  SPACED,
  type TriggerTable,
  VERIFY,
} from '../trigger.js';
import { identity, mapEnd, mapStart, nfkcView, queryView, type View } from '../views.js';

/** Receives each distinct feature once, with the tokens it reads (first..last; -1 for none). */
export type FeatureSink = (hash: number, first: number, last: number) => void;

/** Token spans in the original text, filled by readFeatures (the arrays grow as needed). */
export interface TokenSpans {
  count: number;
  start: Int32Array;
  end: Int32Array;
}

export const tokenSpans = (): TokenSpans => ({
  count: 0,
  start: new Int32Array(64),
  end: new Int32Array(64),
});

/** The features of the text last read, valid until the next read. */
export interface FeatureList {
  count: number;
  hash: Int32Array;
  /** First and last token each feature reads; -1 for none. */
  first: Int32Array;
  last: Int32Array;
}

const DIGIT_0 = 27;
const MAX_WORD = 48;

/** The 32-bit finaliser every feature hash ends with (MurmurHash3's fmix32). */
export function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

const WORD = 0x1b873593;
const PAIR = 0x5bd1e995;
const EMOJI_SEED = 0x68e31da4;
export const SHORT_TEXT = fmix(0x3c6ef372);

function hashSymbols(seed: number, syms: Int32Array, from: number, to: number): number {
  let h = seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ syms[i]!, 0x01000193);
  return fmix(h ^ (to - from));
}

/** The feature hash of one word (letters a-z and digits), as the reader computes it. */
export function wordFeature(word: string): number {
  const syms = Int32Array.from(word, (ch) =>
    ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 96 : ch.charCodeAt(0) - 48 + DIGIT_0,
  );
  return hashSymbols(WORD, syms, 0, syms.length);
}

// Leet digits read as letters: 0 o, 1 i, 3 e, 4 a, 5 s, 7 t.
const LEET_LETTER = new Int32Array(10).fill(-1);
for (const [d, l] of [
  [0, 'o'],
  [1, 'i'],
  [3, 'e'],
  [4, 'a'],
  [5, 's'],
  [7, 't'],
] as const)
  LEET_LETTER[d] = l.charCodeAt(0) - 96;

const sym = (ch: string) => ch.charCodeAt(0) - 96;
// Endings a number may carry and still be a number (3rd, 5pm, 10k, 14yo, 500mg), not leetspeak.
const NUMBER_ENDINGS = [
  'st',
  'nd',
  'rd',
  'th',
  's',
  'am',
  'pm',
  'k',
  'm',
  'yo',
  'mg',
  'ml',
  'kg',
  'g',
  'x',
].map((e) => Array.from(e, sym));

function isNumberWord(w: Int32Array, from: number, to: number): boolean {
  let i = from;
  while (i < to && w[i]! >= DIGIT_0) i++;
  if (i === from) return false;
  const rest = to - i;
  if (rest === 0) return true;
  for (const e of NUMBER_ENDINGS) {
    if (e.length !== rest) continue;
    let same = true;
    for (let k = 0; k < rest; k++) if (w[i + k] !== e[k]) same = false;
    if (same) return true;
  }
  return false;
}

/** Rewrites the word in place (leet read as letters, long runs shortened); returns its new end. */
function tidyWord(w: Int32Array, from: number, to: number): number {
  let letters = false;
  let leet = false;
  for (let i = from; i < to; i++) {
    const s = w[i]!;
    if (s < DIGIT_0) letters = true;
    else if (LEET_LETTER[s - DIGIT_0]! > 0) leet = true;
  }
  if (letters && leet && !isNumberWord(w, from, to))
    for (let i = from; i < to; i++) {
      const s = w[i]!;
      if (s >= DIGIT_0 && LEET_LETTER[s - DIGIT_0]! > 0) w[i] = LEET_LETTER[s - DIGIT_0]!;
    }
  let out = from;
  for (let i = from; i < to; ) {
    let j = i + 1;
    while (j < to && w[j] === w[i]) j++;
    const run = j - i;
    const isLetter = w[i]! < DIGIT_0;
    const keep = isLetter && run >= 3 ? 1 : run;
    for (let k = 0; k < keep; k++) w[out++] = w[i]!;
    i = j;
  }
  return out;
}

const EMOJI = /\p{Extended_Pictographic}/gu;

// The symbols of a word being tidied (its first MAX_WORD). The buffers below are reused between
// calls: reading a text allocates only when it is longer than any before.
const symbols = new Int32Array(MAX_WORD);
let wordHash = new Int32Array(256);
// Features already sent for this text: an open-addressing set stamped with the text's number,
// so it is emptied by moving to the next number rather than by clearing.
let seenKey = new Int32Array(1024);
let seenStamp = new Int32Array(1024);
let stamp = 0;

/** True the first time a feature is seen in the current text. */
function firstTime(hash: number): boolean {
  const mask = seenKey.length - 1;
  let i = hash & mask;
  while (seenStamp[i] === stamp) {
    if (seenKey[i] === hash) return false;
    i = (i + 1) & mask;
  }
  seenStamp[i] = stamp;
  seenKey[i] = hash;
  return true;
}

/** A copy twice as long. */
function doubled(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The text rewritten for reading when it needs it (URL-encoded, or NFKC-only forms); else null. */
function rewritten(text: string, flags: number): View | null {
  let v = identity(text);
  if (flags & PERCENT) v = queryView(v) ?? v;
  if (flags & NEEDS_NFKC) v = nfkcView(v) ?? v;
  return v.text === text ? null : v;
}

// The text being read: module state so the per-word step is a plain function, not a closure
// over the loop's variables (which V8 keeps in a heap context and would slow every character).
let view: View = identity('');
let spansOut: TokenSpans | undefined;
let words = 0;

// Features of the current reading, handed to the sink only once the text is read through: a text
// that turns out to need decoding is read again and its first reading dropped.
let featHash = new Int32Array(1024);
let featFirst = new Int32Array(1024);
let featLast = new Int32Array(1024);
let feats = 0;

function emit(hash: number, first: number, last: number): void {
  if (!firstTime(hash)) return;
  if (feats === featHash.length) {
    featHash = doubled(featHash);
    featFirst = doubled(featFirst);
    featLast = doubled(featLast);
  }
  featHash[feats] = hash;
  featFirst[feats] = first;
  featLast[feats] = last;
  feats++;
}

/** A word's hash that says the word needs tidying first; a plain word hashing to 0 takes the same slow path, to the same hash. */
const NEEDS_TIDY = 0;

/** A word's hash from its running hash `h` over `len` symbols, or NEEDS_TIDY when it needs tidying. */
const plainHash = (h: number, len: number, needsTidy: boolean): number =>
  needsTidy ? NEEDS_TIDY : fmix(h ^ len);

/**
 * Ends the word that spans view text [start, end). `plain` is its hash as hashSymbols(WORD, ...)
 * gives it, found while it was read, or NEEDS_TIDY when tidyWord would change it (leet beside
 * letters, a letter run of three).
 */
function closeWord(start: number, end: number, plain: number): void {
  // Most words need no tidying and were hashed as they were read; the rest are folded again
  // (every character of the span is a word symbol or skipped), rewritten and hashed as rewritten.
  let w = plain;
  if (w === NEEDS_TIDY) {
    const to = tidyWord(symbols, 0, wordSymbols(view.text, start, end));
    w = hashSymbols(WORD, symbols, 0, to);
  }
  if (words === wordHash.length) wordHash = doubled(wordHash);
  if (spansOut && words >= spansOut.start.length) growSpans(spansOut);
  wordHash[words] = w;
  if (spansOut) {
    spansOut.start[words] = mapStart(view, start);
    spansOut.end[words] = mapEnd(view, end);
  }
  emit(w, words, words);
  if (words > 0) emit(fmix(wordHash[words - 1]! ^ Math.imul(w, 0x9e3779b1) ^ PAIR), words - 1, words);
  words++;
}

/** Folds the word at [start, end) of `t` into `symbols`, its first MAX_WORD symbols; returns their count. */
function wordSymbols(t: string, start: number, end: number): number {
  let len = 0;
  for (let i = start; i < end && len < MAX_WORD; i++) {
    const s = FOLD[t.charCodeAt(i)]! & SYMBOL_MASK;
    if (s !== SKIP) symbols[len++] = s;
  }
  return len;
}

/** Makes room for a text of `length` code units and starts a new set of features. */
function prepare(length: number): void {
  words = 0;
  feats = 0;
  // At most four features per character; the set stays under half full. Shrunk again after a
  // long text: a page of 200,000 characters leaves a set of 16 MB, which the extension's worker
  // would keep, and into which every later text's features would land at random.
  let size = 1024;
  while (size < length * 8) size *= 2;
  if (seenKey.length < size || seenKey.length > size * 16) {
    seenKey = new Int32Array(size);
    seenStamp = new Int32Array(size);
    stamp = 0;
  }
  stamp++;
  if (stamp === 0x7fffffff) {
    seenStamp.fill(0);
    stamp = 1;
  }
}

/** A flag of its own: the text has characters beyond U+2000 (emoji among them). */
const WIDE = 1 << 30;

// fastCheck's bits for the text and trigger table of the last read (0 when it had no table).
let checked = 0;

/**
 * Reads the words of `t` (the view's text); returns the FOLD flags of every character seen. With a
 * trigger table it also does fastCheck's work (trigger.ts) in the same pass and leaves its bits in
 * `checked`: scan() needs both for every text, and one walk over the characters, folding each once
 * and finding each word's bounds once, is cheaper than two (ordinary texts' scan ~0.9x). The
 * trigger's hash (letter runs collapsed, its own seed) is kept beside the model's, as fastCheck
 * computes it, so the bits are fastCheck's exactly.
 */
function readWords(t: string, trigger: TriggerTable | null): number {
  let flags = 0;
  let start = -1;
  let len = 0;
  // Locals, not module state, inside the per-character loop.
  const fold = FOLD;
  const leetLetter = LEET_LETTER;
  // The word's hash and whether it needs tidying, found symbol by symbol as it is read (over its
  // first MAX_WORD symbols, the ones kept), rather than in a second pass over the kept symbols.
  let h = WORD;
  let letters = false;
  let leet = false;
  let stretched = false;
  let run = 0;
  let last = -1;
  // fastCheck's state, under its names there (t for trigger where the model has its own).
  if (trigger !== null) newCall();
  let fired = trigger === null || VERIFY.exhaustive;
  let tFlags = 0;
  let wordFlags = 0;
  let mixed = 0;
  let chunk = 0;
  let th = HASH_SEED;
  let r = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  let p6 = 0;
  let tLen = 0;
  let tLast = 0;
  let prev = 0;
  let prevAlt = 0;
  let repeatAt = -2;
  let tDoubled = false;
  let tStretched = false;
  let singles = 0;
  let out = 0;
  const n = t.length;
  // One step past the end, as a boundary, closes the last word.
  for (let i = 0; i <= n; i++) {
    // Code 0 folds to BOUNDARY alone (alphabet.ts), so it closes the text as a boundary does.
    const code = i < n ? t.charCodeAt(i) : 0;
    const f = fold[code]!;
    flags |= f;
    const s = f & SYMBOL_MASK;
    if (s >= LETTER_A && s < DIGIT_0 + 10) {
      if (start < 0) start = i;
      if (len < MAX_WORD) {
        len++;
        if (s < DIGIT_0) {
          letters = true;
          run = s === last ? run + 1 : 1;
          if (run === 3) stretched = true;
        } else {
          run = 0;
          if (leetLetter[s - DIGIT_0]! > 0) leet = true;
        }
        last = s;
        h = Math.imul(h ^ s, 0x01000193);
      }
      // Once a key fired, the rest of the text is read for the model alone.
      if (fired) continue;
      if (s === tLast) {
        if (repeatAt === i - 1) tStretched = true;
        repeatAt = i;
        tDoubled = true;
        continue;
      }
      tLast = s;
      wordFlags |= f;
      th = Math.imul(th ^ s, HASH_PRIME);
      r = (r << 6) | s;
      if (++tLen <= 6) {
        if (tLen === 2) p2 = r;
        else if (tLen === 3) p3 = th;
        else if (tLen === 4) p4 = th;
        else if (tLen === 6) p6 = th;
      }
      continue;
    }
    if (s === SKIP) continue;
    if (code >= 0x2000) flags |= WIDE;
    if (start >= 0) {
      closeWord(start, i, plainHash(h, len, stretched || (letters && leet)));
      start = -1;
      len = 0;
      h = WORD;
      letters = false;
      leet = false;
      stretched = false;
      run = 0;
      last = -1;
    }
    if (fired) continue;
    tFlags |= f;
    chunk |= wordFlags;
    if (s === SPACE) {
      mixed |= chunk & (chunk >>> 3);
      chunk = 0;
    } else if (s !== BANG || (i + 1 < n && isWordSymbol(fold[t.charCodeAt(i + 1)]! & SYMBOL_MASK))) {
      chunk |= LEETISH;
    }
    if (tLen === 0) continue;
    const key = tDoubled ? th ^ DOUBLE_SALT : th;
    const alt = tStretched ? key ^ DOUBLE_SALT : 0;
    fired = probeWord(trigger!, key, alt, tLen, r, p2, p3, p4, p6, prev, prevAlt);
    if (tLen === 1) {
      if (++singles >= 3) out |= SPACED;
    } else singles = 0;
    if (tLen >= GLUED_LETTERS) out |= GLUED;
    prev = key;
    prevAlt = alt;
    tDoubled = false;
    tStretched = false;
    th = HASH_SEED;
    r = 0;
    tLen = 0;
    tLast = 0;
    wordFlags = 0;
  }
  if (trigger === null) checked = 0;
  else if (fired) checked = FIRED;
  else checked = readingBits(mixed, tFlags) | out;
  return flags;
}

function growSpans(spans: TokenSpans): void {
  spans.start = doubled(spans.start);
  spans.end = doubled(spans.end);
}

const list: FeatureList = { count: 0, hash: featHash, first: featFirst, last: featLast };

/**
 * Reads the distinct features of a text, and fills `spans` with the original span of every token
 * (words first, then emoji). The list is reused by the next read. With a trigger table, the read
 * also does fastCheck's work on the text, whose bits checkedBits() gives until the next read.
 */
export function readFeatureList(
  text: string,
  spans?: TokenSpans,
  trigger: TriggerTable | null = null,
): FeatureList {
  view = identity(text);
  spansOut = spans;
  prepare(text.length);
  const flags = readWords(text, trigger);
  // Rare: the text must be decoded first. Its words are read again from the rewritten text (the
  // trigger bits stay the literal text's, as fastCheck's are).
  const again = flags & (PERCENT | NEEDS_NFKC) ? rewritten(text, flags) : null;
  if (again) {
    view = again;
    prepare(again.text.length);
    const bits = checked;
    readWords(again.text, null);
    checked = bits;
  }
  let tokens = words;
  if (flags & WIDE) {
    for (const m of text.matchAll(EMOJI)) {
      let h = EMOJI_SEED;
      for (let k = 0; k < m[0].length; k++) h = Math.imul(h ^ m[0].charCodeAt(k), 0x01000193);
      if (spans) {
        if (tokens >= spans.start.length) growSpans(spans);
        spans.start[tokens] = m.index;
        spans.end[tokens] = m.index + m[0].length;
      }
      emit(fmix(h), tokens, tokens);
      tokens++;
    }
  }
  if (words <= 3) emit(SHORT_TEXT, -1, -1);
  if (spans) spans.count = tokens;
  list.count = feats;
  list.hash = featHash;
  list.first = featFirst;
  list.last = featLast;
  return list;
}

/** fastCheck's bits (trigger.ts) for the text and trigger table of the last read; 0 when it had no table. */
export const checkedBits = (): number => checked;

/** Calls `onFeature` once per distinct feature of a text (see readFeatureList). */
export function readFeatures(text: string, onFeature: FeatureSink, spans?: TokenSpans): void {
  const f = readFeatureList(text, spans);
  for (let i = 0; i < f.count; i++) onFeature(f.hash[i]!, f.first[i]!, f.last[i]!);
}

/** Every feature of a text, for training. */
export function featureHashes(text: string): Int32Array {
  const out: number[] = [];
  readFeatures(text, (h) => out.push(h));
  return Int32Array.from(out);
}
