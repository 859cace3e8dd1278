// The fast path every text takes: one pass over the characters, folding each through one table
// lookup, hashing each word (letter runs collapsed) and probing a small set of trigger keys at
// each word end: whole words, stem and suffix keys (first or last four symbols), and pairs of
// adjacent words.
// Nothing is allocated. A text with no trigger key, and nothing that another reading of it
// (leet, spaced letters, NFKC, URL escapes) could change, is done here.
import {
  BANG,
  BOUNDARY,
  FOLD,
  isWordSymbol,
  LEETISH,
  NEEDS_NFKC,
  PERCENT,
  SKIP,
  SPACE,
  STAR,
  SYMBOL_MASK,
} from './alphabet.js';
import { groupById, IntIds, idsByFirstUse } from './intmap.js';
import { addKey, mayHold, newKeyFilter } from './key-filter.js';
import { homeSlotOf, MAX_SLOTS } from './slots.js';
import { DOUBLE_SALT, HASH_PRIME, HASH_SEED, prefixKey, SUFFIX_MASKS, suffixKey } from './terms.js';
import type { WordStarts } from './words.js';

/** fastCheck result bits. */
export const FIRED = 1;
/** A chunk mixing letters and leet characters (w33d, $hit, k!ll): the leet reading differs. */
export const LEET = 2;
/** Three or more one-character words in a row (k i l l, f.u.c.k). */
export const SPACED = 4;
/** Characters only NFKC reads (ligatures, surrogate pairs). */
export const NFKC = 8;
/** '%' escapes (URL-encoded search terms). */
export const ESCAPED = 16;
/** '*' inside or after a word (f*ck). */
export const MASKED = 32;
/**
 * A word of at least GLUED_LETTERS symbols (repeats collapsed): words typed with no spaces
 * between them ("howtohidecutsfromyourmum"), which the glued reading splits.
 */
export const GLUED = 64;
export const GLUED_LETTERS = 14;

export const pairKey = (h1: number, h2: number): number => Math.imul(h1 ^ 0x5bd1e995, 0x9e3779b1) ^ h2;

/** Bits of TriggerKinds.affixes (terms.ts affixBit): stems keyed on 3, 4, 6 symbols, suffixes on 3, 4, 5. */
const P3 = 1;
const P4 = 2;
const P6 = 4;
const S3 = 8;
const S4 = 16;
const S5 = 32;
const [MASK3, MASK4, MASK5] = SUFFIX_MASKS as [number, number, number];

/**
 * Trigger keys as a bit filter (most probes end in one cached load) over an exact hash set.
 * A key fires at once, or sets one half of one or more conjunction groups; a group fires when
 * both its halves are set in the same text.
 */
export interface TriggerTable {
  /**
   * Slot s: the key at 2s (0 when empty) and beside it, in the same cache line, what it does: -1
   * fires at once; -2 - e sets the one group half e (most half keys have one); else v, the key is
   * the v-th of several halves, which are halfList[halfStart[v]..halfStart[v+1]). Common words are halves of
   * conjunctions, so a text finds several keys here and each costs one read, not two to four.
   */
  slots: Int32Array;
  /**
   * Only keys of several group halves have a list here (one half is kept in the slot), and a half
   * fits 16 bits while there are fewer than 32,768 groups: of 1.45 MB for every half key as Int32,
   * 0.4 MB is left (the extension worker's heap budget).
   */
  halfStart: Int32Array;
  halfList: Uint16Array | Int32Array;
  bits: Int32Array;
  /** Per group: the call that last touched it, and which halves that call has seen. */
  stamp: Int32Array;
  seen: Uint8Array;
  affixes: number;
  pairs: boolean;
  /** Bit sets over the first (last) two symbols, six bits each, of every stem (suffix). */
  prefix2: Int32Array;
  suffix2: Int32Array;
}

/**
 * A key's home slot among `size` (slots.ts), so the table need not be a power of two. Sized to a
 * power of two, it doubled just past each one (178,198 keys took 524,288 slots, 4 MB, a third
 * full): the largest table in the extension worker, whose heap budget is 30 MB.
 */
const slotOf = (key: number, size: number): number => homeSlotOf(Math.imul(key, 0x85ebca6b), size);
const nonZero = (k: number): number => k | 0 || 1;

export function buildTriggerTable(
  keys: ArrayLike<number>,
  halves: ArrayLike<number>,
  kinds: { affixes: number; pairs: boolean; prefix2: number[]; suffix2: number[] },
): TriggerTable {
  const set = (values: number[]): Int32Array => {
    const b = new Int32Array(128);
    for (const v of values) b[v >>> 5]! |= 1 << (v & 31);
    return b;
  };
  // Keys that fire at once, then keys that only set halves of groups, each once, in order.
  const full = new IntIds(keys.length);
  for (let i = 0; i < keys.length; i++) full.add(nonZero(keys[i]!));
  const halfKey = new Int32Array(halves.length >> 1);
  const halfGroup = new Int32Array(halves.length >> 1);
  let n = 0;
  let groups = 0;
  for (let i = 0; i < halves.length; i += 2) {
    const k = nonZero(halves[i]!);
    const e = halves[i + 1]!;
    groups = Math.max(groups, (e >> 1) + 1);
    if (full.id(k) >= 0) continue;
    halfKey[n] = k;
    halfGroup[n++] = e;
  }
  const halfKeys = idsByFirstUse(halfKey, n);
  // Each half key's groups, in order: groups[starts[v]..starts[v + 1]) for half key v.
  const { starts, lists: groupsOf } = groupById(halfKeys.count, halfKeys.id, halfGroup, n);
  // Only keys of several halves keep a list, numbered in turn: halfList[halfStart[m]..halfStart[m + 1]).
  let multi = 0;
  let multiEntries = 0;
  for (let v = 0; v < halfKeys.count; v++) {
    if (starts[v + 1]! - starts[v]! > 1) {
      multi++;
      multiEntries += starts[v + 1]! - starts[v]!;
    }
  }
  const halfStart = new Int32Array(multi + 1);
  const halfList = 2 * groups <= 0x10000 ? new Uint16Array(multiEntries) : new Int32Array(multiEntries);
  const count = full.size + halfKeys.count;
  // At most 70% full: the bit filter answers almost every probe before the table, where a miss
  // that passes it walks ~6 slots (two cache lines at most).
  const size = Math.max(64, Math.ceil(count / 0.7));
  if (size >= MAX_SLOTS) throw new Error(`too many trigger keys (${count})`);
  const slots = new Int32Array(2 * size);
  const bits = newKeyFilter();
  const put = (key: number, val: number): void => {
    let s = slotOf(key, size);
    while (slots[2 * s] !== 0) s = s + 1 === size ? 0 : s + 1;
    slots[2 * s] = key;
    slots[2 * s + 1] = val;
    addKey(bits, key);
  };
  for (let v = 0; v < full.size; v++) put(full.keys[v]!, -1);
  let m = 0;
  for (let v = 0; v < halfKeys.count; v++) {
    const from = starts[v]!;
    const to = starts[v + 1]!;
    if (to - from === 1) {
      put(halfKeys.keyOf[v]!, -2 - groupsOf[from]!);
      continue;
    }
    let at = halfStart[m]!;
    for (let j = from; j < to; j++) halfList[at++] = groupsOf[j]!;
    halfStart[m + 1] = at;
    put(halfKeys.keyOf[v]!, m++);
  }
  return {
    slots,
    halfStart,
    halfList,
    bits,
    stamp: new Int32Array(groups),
    seen: new Uint8Array(groups),
    affixes: kinds.affixes,
    pairs: kinds.pairs,
    prefix2: set(kinds.prefix2),
    suffix2: set(kinds.suffix2),
  };
}

let call = 0;

/**
 * For tests only: send every text to the full matcher, so a test can prove the fast path never
 * hides a match the full matcher would find.
 */
export const VERIFY = { exhaustive: false };

function filtered(t: TriggerTable, key: number): boolean {
  return mayHold(t.bits, key) && has(t, key);
}

/** The slot holding this key in the table, or -1. */
function slotOfKey(t: TriggerTable, key: number): number {
  const k = nonZero(key);
  const slots = t.slots;
  const size = slots.length >> 1;
  for (let s = slotOf(k, size); ; s = s + 1 === size ? 0 : s + 1) {
    const v = slots[2 * s]!;
    if (v === 0) return -1;
    if (v === k) return s;
  }
}

/** Does this key fire, alone or by completing a conjunction? (Call when the filter passed.) */
function has(t: TriggerTable, key: number): boolean {
  const s = slotOfKey(t, key);
  if (s < 0) return false;
  const val = t.slots[2 * s + 1]!;
  if (val === -1) return true;
  if (val < 0) return completes(t, -2 - val);
  const { halfStart, halfList } = t;
  for (let j = halfStart[val]!; j < halfStart[val + 1]!; j++) if (completes(t, halfList[j]!)) return true;
  return false;
}

/** Sets group half `e` (group e >> 1, half e & 1) for this call; true when both halves are set. */
function completes(t: TriggerTable, e: number): boolean {
  const { stamp, seen } = t;
  const g = e >> 1;
  const bit = 1 << (e & 1);
  if (stamp[g] !== call) {
    stamp[g] = call;
    seen[g] = bit;
    return false;
  }
  seen[g]! |= bit;
  return seen[g] === 3;
}

/**
 * The other readings a text needs, from the LEETISH bit of its chunks' `mixed` and the FOLD flags
 * of its characters outside words.
 */
export function readingBits(mixed: number, flags: number): number {
  let out = 0;
  if (mixed & LEETISH) out |= LEET;
  if (flags & STAR) out |= MASKED;
  if (flags & NEEDS_NFKC) out |= NFKC;
  if (flags & PERCENT) out |= ESCAPED;
  return out;
}

/** Starts a new text: every conjunction half seen before is forgotten. */
export function newCall(): void {
  call = (call + 1) | 0;
}

/**
 * The probes of one word (fastCheck's, for a reader that hashes words its own way too): its key,
 * its stretched alternative (0 for none), its stems and suffixes, and its pairs with the word before.
 */
export function probeWord(
  t: TriggerTable,
  key: number,
  alt: number,
  len: number,
  r: number,
  p2: number,
  p3: number,
  p4: number,
  p6: number,
  prev: number,
  prevAlt: number,
): boolean {
  const { affixes, bits } = t;
  if (mayHold(bits, key) && has(t, key)) return true;
  if (alt !== 0 && filtered(t, alt)) return true;
  if (affixes !== 0 && len >= 3) {
    if ((t.prefix2[p2 >>> 5]! & (1 << (p2 & 31))) !== 0) {
      if (affixes & P3 && filtered(t, prefixKey(0, p3))) return true;
      if (affixes & P4 && len >= 4 && filtered(t, prefixKey(1, p4))) return true;
      if (affixes & P6 && len >= 6 && filtered(t, prefixKey(2, p6))) return true;
    }
    const s2 = r & 0xfff;
    if ((t.suffix2[s2 >>> 5]! & (1 << (s2 & 31))) !== 0) {
      if (affixes & S3 && filtered(t, suffixKey(0, r & MASK3))) return true;
      if (affixes & S4 && len >= 4 && filtered(t, suffixKey(1, r & MASK4))) return true;
      if (affixes & S5 && len >= 5 && filtered(t, suffixKey(2, r & MASK5))) return true;
    }
  }
  if (t.pairs && prev !== 0) {
    const kb = pairKey(prev, key);
    if (mayHold(bits, kb) && has(t, kb)) return true;
    if ((prevAlt | alt) !== 0) {
      if (alt !== 0 && filtered(t, pairKey(prev, alt))) return true;
      if (
        prevAlt !== 0 &&
        (filtered(t, pairKey(prevAlt, key)) || (alt !== 0 && filtered(t, pairKey(prevAlt, alt))))
      )
        return true;
    }
  }
  return false;
}

/**
 * Does a trigger key occur in the text (FIRED)? Otherwise, which other readings could differ
 * from the literal one (LEET, SPACED, NFKC, ESCAPED, MASKED)?
 */
export function fastCheck(t: TriggerTable, text: string): number {
  if (VERIFY.exhaustive) return FIRED;
  // A new call number forgets every half seen in earlier texts without clearing anything.
  call = (call + 1) | 0;
  const fold = FOLD;
  const n = text.length;
  const { affixes, pairs, bits, prefix2, suffix2 } = t;
  let flags = 0;
  let wordFlags = 0;
  let mixed = 0;
  let chunk = 0;
  let h = HASH_SEED;
  let r = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  let p6 = 0;
  let len = 0;
  let last = 0;
  let prev = 0;
  let prevAlt = 0;
  let repeatAt = -2;
  let doubled = false;
  let stretched = false;
  let singles = 0;
  let out = 0;
  for (let i = 0; i <= n; i++) {
    const f = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
    const x = f & SYMBOL_MASK;
    if (x !== 0 && x < SKIP) {
      // A symbol repeated in place is one symbol (kill, fuuuck); run lengths are checked later.
      if (x === last) {
        // Two repeats in a row: a run of three or more (fuuuck, killll).
        if (repeatAt === i - 1) stretched = true;
        repeatAt = i;
        doubled = true;
        continue;
      }
      last = x;
      wordFlags |= f;
      h = Math.imul(h ^ x, HASH_PRIME);
      r = (r << 6) | x;
      if (++len <= 6) {
        if (len === 2) p2 = r;
        else if (len === 3) p3 = h;
        else if (len === 4) p4 = h;
        else if (len === 6) p6 = h;
      }
      continue;
    }
    if (x === SKIP) continue;
    flags |= f;
    // The leet reading changes a chunk (what lies between spaces) that holds a letter and a leet
    // character: a digit, @, $, or a '!' before a letter or digit ("k!ll", not "kill!").
    chunk |= wordFlags;
    if (x === SPACE) {
      // LETTER sits three bits above LEETISH: a chunk holding both sets LEETISH in `mixed`.
      mixed |= chunk & (chunk >>> 3);
      chunk = 0;
    } else if (x !== BANG || (i + 1 < n && isWordSymbol(fold[text.charCodeAt(i + 1)]! & SYMBOL_MASK))) {
      chunk |= LEETISH;
    }
    if (len === 0) continue;
    // A word spelt with a double keys apart (terms.ts DOUBLE_SALT); a stretched one (fuuuck,
    // killll) is looked up both ways.
    const key = doubled ? h ^ DOUBLE_SALT : h;
    const alt = stretched ? key ^ DOUBLE_SALT : 0;
    // Each probe: two bits of one word of the filter (almost never both set), then the table.
    if (mayHold(bits, key) && has(t, key)) return FIRED;
    if (alt !== 0 && filtered(t, alt)) return FIRED;
    // Stems and suffixes are few: their first (last) two symbols gate the affix probes.
    if (affixes !== 0 && len >= 3) {
      if ((prefix2[p2 >>> 5]! & (1 << (p2 & 31))) !== 0) {
        if (affixes & P3 && filtered(t, prefixKey(0, p3))) return FIRED;
        if (affixes & P4 && len >= 4 && filtered(t, prefixKey(1, p4))) return FIRED;
        if (affixes & P6 && len >= 6 && filtered(t, prefixKey(2, p6))) return FIRED;
      }
      const s2 = r & 0xfff;
      if ((suffix2[s2 >>> 5]! & (1 << (s2 & 31))) !== 0) {
        if (affixes & S3 && filtered(t, suffixKey(0, r & MASK3))) return FIRED;
        if (affixes & S4 && len >= 4 && filtered(t, suffixKey(1, r & MASK4))) return FIRED;
        if (affixes & S5 && len >= 5 && filtered(t, suffixKey(2, r & MASK5))) return FIRED;
      }
    }
    if (pairs && prev !== 0) {
      const kb = pairKey(prev, key);
      if (mayHold(bits, kb) && has(t, kb)) return FIRED;
      if ((prevAlt | alt) !== 0) {
        if (alt !== 0 && filtered(t, pairKey(prev, alt))) return FIRED;
        if (
          prevAlt !== 0 &&
          (filtered(t, pairKey(prevAlt, key)) || (alt !== 0 && filtered(t, pairKey(prevAlt, alt))))
        )
          return FIRED;
      }
    }
    if (len === 1) {
      if (++singles >= 3) out |= SPACED;
    } else singles = 0;
    if (len >= GLUED_LETTERS) out |= GLUED;
    prev = key;
    prevAlt = alt;
    doubled = false;
    stretched = false;
    h = HASH_SEED;
    r = 0;
    len = 0;
    last = 0;
    wordFlags = 0;
  }
  return out | readingBits(mixed, flags);
}

/**
 * The readings other than the literal one a text needs (fastCheck's bits, without the probes),
 * and in the same pass where its words start (words.ts WordIndex: runs of anything but spaces
 * and skipped characters), which the full matcher's spans need next: one pass over a fired text
 * instead of two.
 */
export function otherReadings(text: string, words: WordStarts): number {
  const fold = FOLD;
  const n = text.length;
  const starts = words.starts;
  let count = 0;
  let inWord = false;
  let flags = 0;
  let wordFlags = 0;
  let chunk = 0;
  let mixed = 0;
  let len = 0;
  let singles = 0;
  let out = 0;
  for (let i = 0; i <= n; i++) {
    const f = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
    const x = f & SYMBOL_MASK;
    if (x !== 0 && x < SKIP) {
      if (!inWord) starts[count++] = i;
      inWord = true;
      wordFlags |= f;
      len++;
      continue;
    }
    if (x === SKIP) continue;
    // Symbols past SKIP ('*', '%'...) are not word symbols here but are inside a word there.
    if (x !== SPACE) {
      if (!inWord) starts[count++] = i;
      inWord = true;
    } else inWord = false;
    flags |= f;
    chunk |= wordFlags;
    if (x === SPACE) {
      mixed |= chunk & (chunk >>> 3);
      chunk = 0;
    } else if (x !== BANG || (i + 1 < n && isWordSymbol(fold[text.charCodeAt(i + 1)]! & SYMBOL_MASK))) {
      chunk |= LEETISH;
    }
    if (len === 0) continue;
    if (len === 1) {
      if (++singles >= 3) out |= SPACED;
    } else singles = 0;
    // Counted with repeats, so a superset of fastCheck's (gluedView decides on the collapsed count).
    if (len >= GLUED_LETTERS) out |= GLUED;
    len = 0;
    wordFlags = 0;
  }
  words.count = count;
  // As fastCheck: any '*' or '#' (f*ck, #iwanttodie), not only one after a word.
  return out | readingBits(mixed, flags);
}

/** Is the key in the table at all, firing at once or as a half of a conjunction (no half is set)? */
const present = (t: TriggerTable, key: number): boolean => mayHold(t.bits, key) && slotOfKey(t, key) >= 0;

const isWordCode = (code: number): boolean => isWordSymbol(FOLD[code]! & SYMBOL_MASK);
/** Neither a word's symbol nor one skipped inside a word (an apostrophe, an invisible mark). */
const isBoundary = (code: number): boolean => {
  const x = FOLD[code]! & SYMBOL_MASK;
  return x !== SKIP && !isWordSymbol(x);
};

/**
 * Could fastCheck fire on `view`, a reading of `text` on which it did not fire? Only through a
 * probe the text's own check did not make (it made every one, as nothing fired): a key that fires
 * at once, or a conjunction half the text lacked. The view's probes outside the words it changes
 * and the word either side of them (their pairs) are the text's, so only those words are probed,
 * and a key of the table there (half or not) that the same words of the text did not probe says
 * maybe. Common words are conjunction halves: most views probe some, the text's words the same.
 */
export function viewMayFire(t: TriggerTable, text: string, view: string): boolean {
  const tn = text.length;
  const vn = view.length;
  const most = Math.min(tn, vn);
  let p = 0;
  while (p < most && text.charCodeAt(p) === view.charCodeAt(p)) p++;
  let s = 0;
  while (s < most - p && text.charCodeAt(tn - 1 - s) === view.charCodeAt(vn - 1 - s)) s++;
  // Back to the start of the changed word, then of the word before it.
  let a = p;
  while (a > 0 && !isBoundary(view.charCodeAt(a - 1))) a--;
  while (a > 0 && !isWordCode(view.charCodeAt(a - 1))) a--;
  while (a > 0 && !isBoundary(view.charCodeAt(a - 1))) a--;
  // On to the end of the changed word, then of the word after it.
  let b = vn - s;
  while (b < vn && !isBoundary(view.charCodeAt(b))) b++;
  while (b < vn && !isWordCode(view.charCodeAt(b))) b++;
  while (b < vn && !isBoundary(view.charCodeAt(b))) b++;
  const old = windowKeys;
  old.length = 0;
  keysIn(t, text, a, b + tn - vn, old);
  const now = viewKeys;
  now.length = 0;
  keysIn(t, view, a, b, now);
  for (const k of now) if (!old.includes(k)) return true;
  return false;
}

const windowKeys: number[] = [];
const viewKeys: number[] = [];

/**
 * fastCheck's probes of the words of text[from, to) (from a word start to a boundary or the end)
 * that are keys of the table, firing at once or conjunction halves, into `found`.
 */
function keysIn(t: TriggerTable, text: string, from: number, to: number, found: number[]): void {
  const fold = FOLD;
  const n = text.length;
  const { affixes, pairs, prefix2, suffix2 } = t;
  let h = HASH_SEED;
  let r = 0;
  let p2 = 0;
  let p3 = 0;
  let p4 = 0;
  let p6 = 0;
  let len = 0;
  let last = 0;
  let prev = 0;
  let prevAlt = 0;
  let repeatAt = -2;
  let doubled = false;
  let stretched = false;
  for (let i = from; i <= to; i++) {
    const f = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
    const x = f & SYMBOL_MASK;
    if (x !== 0 && x < SKIP) {
      if (x === last) {
        if (repeatAt === i - 1) stretched = true;
        repeatAt = i;
        doubled = true;
        continue;
      }
      last = x;
      h = Math.imul(h ^ x, HASH_PRIME);
      r = (r << 6) | x;
      if (++len <= 6) {
        if (len === 2) p2 = r;
        else if (len === 3) p3 = h;
        else if (len === 4) p4 = h;
        else if (len === 6) p6 = h;
      }
      continue;
    }
    if (x === SKIP || len === 0) continue;
    const key = doubled ? h ^ DOUBLE_SALT : h;
    const alt = stretched ? key ^ DOUBLE_SALT : 0;
    probe(t, found, key);
    if (alt !== 0) probe(t, found, alt);
    if (affixes !== 0 && len >= 3) {
      if ((prefix2[p2 >>> 5]! & (1 << (p2 & 31))) !== 0) {
        if (affixes & P3) probe(t, found, prefixKey(0, p3));
        if (affixes & P4 && len >= 4) probe(t, found, prefixKey(1, p4));
        if (affixes & P6 && len >= 6) probe(t, found, prefixKey(2, p6));
      }
      const s2 = r & 0xfff;
      if ((suffix2[s2 >>> 5]! & (1 << (s2 & 31))) !== 0) {
        if (affixes & S3) probe(t, found, suffixKey(0, r & MASK3));
        if (affixes & S4 && len >= 4) probe(t, found, suffixKey(1, r & MASK4));
        if (affixes & S5 && len >= 5) probe(t, found, suffixKey(2, r & MASK5));
      }
    }
    if (pairs && prev !== 0) {
      probe(t, found, pairKey(prev, key));
      if (alt !== 0) probe(t, found, pairKey(prev, alt));
      if (prevAlt !== 0) {
        probe(t, found, pairKey(prevAlt, key));
        if (alt !== 0) probe(t, found, pairKey(prevAlt, alt));
      }
    }
    prev = key;
    prevAlt = alt;
    doubled = false;
    stretched = false;
    h = HASH_SEED;
    r = 0;
    len = 0;
    last = 0;
  }
}

function probe(t: TriggerTable, found: number[], key: number): void {
  if (present(t, key)) found.push(key);
}
