// The fast path every text takes: one pass over the characters, folding each through one table
// lookup, hashing each word (letter runs collapsed) and probing a small set of trigger keys at
// each word end: whole words, three-letter stem and suffix keys, and pairs of adjacent words.
// Nothing is allocated. A text with no trigger key, and nothing that another reading of it
// (leet, spaced letters, NFKC, URL escapes) could change, is done here.
import {
  BOUNDARY,
  DIGIT_0,
  FOLD,
  LEETISH,
  LETTER,
  NEEDS_NFKC,
  PERCENT,
  SKIP,
  STAR,
  SYMBOL_MASK,
} from './alphabet.js';
import {
  DOUBLED,
  HASH_PRIME,
  HASH_SEED,
  PREFIX3_TAG,
  PREFIX4_TAG,
  SUFFIX3_TAG,
  SUFFIX4_TAG,
} from './terms.js';

/** fastCheck result bits. */
export const FIRED = 1;
/** A word mixing letters and leet characters, or @ $ ! next to a word: the leet channel may differ. */
export const LEET = 2;
/** Three or more one-character words in a row (k i l l, f.u.c.k). */
export const SPACED = 4;
/** Characters only NFKC reads (ligatures, surrogate pairs). */
export const NFKC = 8;
/** '%' escapes (URL-encoded search terms). */
export const ESCAPED = 16;
/** '*' inside or after a word (f*ck). */
export const MASKED = 32;

export const pairKey = (h1: number, h2: number): number => Math.imul(h1 ^ 0x5bd1e995, 0x9e3779b1) ^ h2;

/** Bits of TriggerKinds.affixes: which affix keys the set holds. */
export const P3 = 1;
export const P4 = 2;
export const S3 = 4;
export const S4 = 8;

/** Trigger keys as a bit filter (most probes end in one cached load) over an exact hash set. */
export interface TriggerTable {
  keys: Int32Array;
  bits: Int32Array;
  affixes: number;
  pairs: boolean;
}

const FILTER_WORDS = 1 << 13;

const filterIndex = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 14;
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x85ebca6b) >>> 7) & mask;

export function buildTriggerTable(
  keys: ArrayLike<number>,
  kinds: { affixes: number; pairs: boolean },
): TriggerTable {
  const uniq = [...new Set(Array.from(keys, (k) => k | 0 || 1))];
  let size = 64;
  while (size < uniq.length * 3) size *= 2;
  const table = new Int32Array(size);
  const bits = new Int32Array(FILTER_WORDS);
  for (const key of uniq) {
    let s = slotOf(key, size - 1);
    while (table[s] !== 0) s = (s + 1) & (size - 1);
    table[s] = key;
    const f = filterIndex(key);
    bits[f >>> 5]! |= 1 << (f & 31);
  }
  return { keys: table, bits, affixes: kinds.affixes, pairs: kinds.pairs };
}

function has(t: TriggerTable, key: number): boolean {
  const k = key | 0 || 1;
  const f = filterIndex(k);
  if ((t.bits[f >>> 5]! & (1 << (f & 31))) === 0) return false;
  const keys = t.keys;
  const mask = keys.length - 1;
  for (let s = slotOf(k, mask); ; s = (s + 1) & mask) {
    const v = keys[s]!;
    if (v === k) return true;
    if (v === 0) return false;
  }
}

/** The word's hash with every letter run of three or more read as doubled (killll -> kill). */
function stretchedHash(text: string, from: number, to: number): number {
  let h = HASH_SEED;
  let last = 0;
  let run = 0;
  for (let i = from; i <= to; i++) {
    const x = i < to ? FOLD[text.charCodeAt(i)]! & SYMBOL_MASK : 0;
    if (x === SKIP) continue;
    if (x === last && x < DIGIT_0 && x !== 0) {
      run++;
      continue;
    }
    if (last !== 0) h = Math.imul(h ^ (run >= 2 ? last + DOUBLED : last), HASH_PRIME);
    last = x;
    run = 1;
  }
  return h;
}

const MASK3 = 0x1fffff;
const MASK4 = 0xfffffff;

/**
 * Does a trigger key occur in the text (FIRED)? Otherwise, which other readings could differ
 * from the literal one (LEET, SPACED, NFKC, ESCAPED, MASKED)?
 */
export function fastCheck(t: TriggerTable, text: string): number {
  const fold = FOLD;
  const n = text.length;
  const { affixes, pairs } = t;
  let flags = 0;
  let wordFlags = 0;
  let h = HASH_SEED;
  let r = 0;
  let p3 = 0;
  let p4 = 0;
  let len = 0;
  let last = 0;
  let run = 0;
  let stretched = false;
  let wordStart = 0;
  let prev = 0;
  let prevAlt = 0;
  let singles = 0;
  let out = 0;
  for (let i = 0; i <= n; i++) {
    const f = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
    const x = f & SYMBOL_MASK;
    if (x !== 0 && x < SKIP) {
      wordFlags |= f;
      // A letter repeated in place is one symbol (doubled or stretched); digits count each time.
      if (x === last && x < DIGIT_0) {
        run++;
        continue;
      }
      if (last !== 0) {
        const v = run === 2 ? last + DOUBLED : last;
        if (run > 2) stretched = true;
        h = Math.imul(h ^ v, HASH_PRIME);
        r = (r << 7) | v;
        if (++len === 3) p3 = r;
        else if (len === 4) p4 = r;
      } else wordStart = i;
      last = x;
      run = 1;
      continue;
    }
    if (x === SKIP) continue;
    flags |= f;
    if (last === 0) continue;
    const v = run === 2 ? last + DOUBLED : last;
    if (run > 2) stretched = true;
    h = Math.imul(h ^ v, HASH_PRIME);
    r = (r << 7) | v;
    if (++len === 3) p3 = r;
    else if (len === 4) p4 = r;
    if (has(t, h)) return FIRED;
    const alt = stretched ? stretchedHash(text, wordStart, i) : 0;
    if (alt !== 0 && has(t, alt)) return FIRED;
    if (affixes !== 0 && len >= 3) {
      if (affixes & P3 && has(t, PREFIX3_TAG | p3)) return FIRED;
      if (affixes & S3 && has(t, SUFFIX3_TAG | (r & MASK3))) return FIRED;
      if (len >= 4) {
        if (affixes & P4 && has(t, PREFIX4_TAG | p4)) return FIRED;
        if (affixes & S4 && has(t, SUFFIX4_TAG | (r & MASK4))) return FIRED;
      }
    }
    if (pairs && prev !== 0) {
      if (has(t, pairKey(prev, h))) return FIRED;
      // Stretched words (xxx, sooo) pair in both readings.
      if ((alt | prevAlt) !== 0) {
        if (alt !== 0 && has(t, pairKey(prev, alt))) return FIRED;
        if (prevAlt !== 0 && (has(t, pairKey(prevAlt, h)) || (alt !== 0 && has(t, pairKey(prevAlt, alt)))))
          return FIRED;
      }
    }
    if ((wordFlags & (LETTER | LEETISH)) === (LETTER | LEETISH) || (f & LEETISH) !== 0) out |= LEET;
    if (f & STAR) out |= MASKED;
    if (len === 1) {
      if (++singles >= 3) out |= SPACED;
    } else singles = 0;
    prev = h;
    prevAlt = alt;
    h = HASH_SEED;
    r = 0;
    len = 0;
    last = 0;
    stretched = false;
    wordFlags = 0;
  }
  if (flags & NEEDS_NFKC) out |= NFKC;
  if (flags & PERCENT) out |= ESCAPED;
  return out;
}
