// Terms: the word-level atoms patterns are made of. A term is a whole word, a stem (`word*`, any
// word starting with it) or a suffix (`*word`, any word ending with it), each stored as folded
// symbols with letter runs collapsed ("kill" is k-i-l) and the run each letter needs, so
// "kiiill" and "k i l l" meet the same term as "kill" while "kil" and "kill" stay apart.
import { isLetter, patternSymbol, SKIP, symbolOf } from './alphabet.js';
import {
  ByteList,
  groupById,
  IntIds,
  IntList,
  type IntMultiMap,
  packIntMultiMap,
  slotFor,
} from './intmap.js';
import { PatternError } from './pattern.js';

export const EXACT = 0;
export const PREFIX = 1;
export const SUFFIX = 2;

/**
 * Run requirement of a symbol: 1 a single letter (or one stretched: fuuuck), 2 a doubled letter
 * (or more: killll), 10 + n exactly n of a digit (88 is not 888).
 */
export interface Canon {
  syms: number[];
  runs: number[];
}

const DIGIT_RUN = 10;

/** Folds a pattern word (lower-case letters and digits) into collapsed symbols and runs. */
export function canonWord(text: string, source: string): Canon {
  const syms: number[] = [];
  const runs: number[] = [];
  for (const ch of text) {
    const sym = patternSymbol(ch);
    if (sym < 0) throw new PatternError(`unsupported character '${ch}' in '${source}'`);
    const last = syms.length - 1;
    if (syms[last] === sym) runs[last] = isLetter(sym) ? 2 : runs[last]! + 1;
    else {
      syms.push(sym);
      runs.push(isLetter(sym) ? 1 : DIGIT_RUN + 1);
    }
  }
  return { syms, runs };
}

/**
 * FNV-1a over collapsed symbols: the hash the fast path and the term index share. Runs are
 * collapsed (kill and kil hash alike, as do fuuuck and fuck); the run lengths are checked when
 * a word is matched against its terms.
 */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashSyms(syms: ArrayLike<number>, from = 0, to = syms.length): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = Math.imul(h ^ syms[k]!, HASH_PRIME);
  return h;
}

/** Symbols packed six bits each, most recent lowest: the fast path's affix registers. */
export function packSyms(syms: ArrayLike<number>, from: number, to: number): number {
  let r = 0;
  for (let k = from; k < to; k++) r = (r << 6) | syms[k]!;
  return r;
}

/**
 * Stems are keyed on their first 3, 4 or 6 symbols and suffixes on their last 3, 4 or 5 (as
 * many as they have, up to that): long enough that "selfharm*" does not fire on every "self".
 * Each length has its own salt, and a bit in the set of affix kinds a rule set uses.
 */
export const PREFIX_LENGTHS = [3, 4, 6] as const;
const MIN_AFFIX = 3;
export const SUFFIX_LENGTHS = [3, 4, 5] as const;
const PREFIX_SALT = [0x2545f491, 0x6c8e9cf5, 0x1b873593];
const SUFFIX_SALT = [0x7ed55d16, 0x165667b1, 0x27d4eb2f];

const affixIndex = (lengths: readonly number[], n: number): number => {
  let k = 0;
  while (k + 1 < lengths.length && lengths[k + 1]! <= n) k++;
  return k;
};

/** The affix kind bit (trigger.ts) of a stem or suffix with n symbols. */
export const affixBit = (kind: number, n: number): number =>
  kind === PREFIX ? 1 << affixIndex(PREFIX_LENGTHS, n) : 8 << affixIndex(SUFFIX_LENGTHS, n);

export const prefixKey = (k: number, firstHash: number): number => firstHash ^ PREFIX_SALT[k]!;
export const suffixKey = (k: number, lastPacked: number): number => lastPacked ^ SUFFIX_SALT[k]!;
export const SUFFIX_MASKS = SUFFIX_LENGTHS.map((n) => 2 ** (6 * n) - 1);

/**
 * A whole word written with a doubled letter keys apart from the same letters single ("off"
 * and "of", "too" and "to"); a text word with any repeat is looked up both ways, so "fuuuck"
 * still meets "fuck" and "killll" meets "kill".
 */
export const DOUBLE_SALT = 0x3c6ef372;

/** The trigger and index key of a term, from its symbols and runs. */
export function termKey(
  kind: number,
  syms: ArrayLike<number>,
  runs: ArrayLike<number>,
  from: number,
  to: number,
): number {
  const n = to - from;
  if (kind === EXACT) {
    let doubled = false;
    for (let k = from; k < to; k++) if (runs[k] !== 1 && runs[k] !== DIGIT_RUN + 1) doubled = true;
    return hashSyms(syms, from, to) ^ (doubled ? DOUBLE_SALT : 0);
  }
  if (kind === PREFIX) {
    const k = affixIndex(PREFIX_LENGTHS, n);
    return prefixKey(k, hashSyms(syms, from, from + PREFIX_LENGTHS[k]!));
  }
  const k = affixIndex(SUFFIX_LENGTHS, n);
  return suffixKey(k, packSyms(syms, to - SUFFIX_LENGTHS[k]!, to));
}

/** The terms of a compiled rule set, flat and serialisable. */
export interface TermTable {
  kind: Uint8Array;
  /** Term k's symbols and runs: syms[start[k]..start[k+1]). */
  start: Int32Array;
  syms: Uint8Array;
  runs: Uint8Array;
}

export class TermBuilder {
  // Typed lists, not arrays of numbers: the library has tens of thousands of terms, and pushing
  // their symbols one by one onto plain arrays was a tenth of building them.
  private readonly kinds = new ByteList();
  private readonly starts = new IntList();
  private readonly syms = new ByteList();
  private readonly runs = new ByteList();
  /** The word each term was written as, for frequency estimates (not serialised). */
  readonly texts: string[] = [];
  private readonly keys = new IntList();
  /**
   * Terms by a hash of their kind, symbols and runs: hashIds numbers the hashes, hashHead[h] is
   * the newest term with hash h and sameHash[t] the one before t.
   */
  private hashIds: IntIds | null = null;
  private readonly hashHead = new IntList();
  private readonly sameHash = new IntList();

  constructor() {
    this.starts.push(0);
  }

  get size(): number {
    return this.kinds.length;
  }

  // No map from a word's text to its term: the template builder works out each distinct pattern
  // word once, so most texts come here once, and a lookup by string cost more than folding.
  add(kind: number, text: string, source: string): number {
    return this.addCanon(kind, text, source);
  }

  private addCanon(kind: number, text: string, source: string): number {
    const c = canonWord(text, source);
    const n = c.syms.length;
    if (kind !== EXACT && n < MIN_AFFIX)
      throw new PatternError(
        `'${text}': a wildcard needs at least ${MIN_AFFIX} distinct letters in '${source}'`,
      );
    let h = kind;
    for (let k = 0; k < n; k++) h = Math.imul(Math.imul(h ^ c.syms[k]!, HASH_PRIME) ^ c.runs[k]!, HASH_PRIME);
    this.hashIds ??= new IntIds();
    const hash = this.hashIds.add(h);
    if (hash === this.hashHead.length) this.hashHead.push(-1);
    for (let t = this.hashHead.at(hash); t >= 0; t = this.sameHash.at(t))
      if (this.equals(t, kind, c)) return t;
    const id = this.kinds.length;
    this.sameHash.push(this.hashHead.at(hash));
    this.hashHead.set(hash, id);
    this.kinds.push(kind);
    for (const s of c.syms) this.syms.push(s);
    for (const r of c.runs) this.runs.push(r);
    this.starts.push(this.syms.length);
    this.texts.push(text);
    this.keys.push(termKey(kind, c.syms, c.runs, 0, n));
    return id;
  }

  /** Is term t of this kind, with these symbols and runs? */
  private equals(t: number, kind: number, c: Canon): boolean {
    const a = this.starts.at(t);
    if (this.kinds.at(t) !== kind || this.starts.at(t + 1) - a !== c.syms.length) return false;
    for (let k = 0; k < c.syms.length; k++)
      if (this.syms.at(a + k) !== c.syms[k] || this.runs.at(a + k) !== c.runs[k]) return false;
    return true;
  }

  kindOf(id: number): number {
    return this.kinds.at(id);
  }

  /** First two symbols of every stem and last two of every suffix, packed six bits each. */
  affixHeads(): { prefix2: number[]; suffix2: number[] } {
    const prefix2 = new Set<number>();
    const suffix2 = new Set<number>();
    const starts = this.starts.view();
    const syms = this.syms.view();
    for (let k = 0; k < this.kinds.length; k++) {
      const a = starts[k]!;
      const b = starts[k + 1]!;
      if (this.kinds.at(k) === PREFIX) prefix2.add(packSyms(syms, a, a + 2));
      else if (this.kinds.at(k) === SUFFIX) suffix2.add(packSyms(syms, b - 2, b));
    }
    return { prefix2: [...prefix2], suffix2: [...suffix2] };
  }

  /** Collapsed symbols of the term. */
  lengthOf(id: number): number {
    return this.starts.at(id + 1) - this.starts.at(id);
  }

  /** The key the fast path probes for this term (see trigger.ts). */
  triggerKey(id: number): number {
    return this.keys.at(id);
  }

  table(): TermTable {
    return {
      kind: this.kinds.view().slice(),
      start: this.starts.view().slice(),
      syms: this.syms.view().slice(),
      runs: this.runs.view().slice(),
    };
  }
}

/** Lookup structures over a term table, built at load. */
export interface TermIndex {
  /** Whole-word key -> exact terms with that key. */
  exact: IntMultiMap;
  /** Salted affix key -> stems and suffixes with that key. */
  affix: IntMultiMap;
  /** Affix kinds in use (affixBit), so a word is not probed for keys no term has. */
  affixes: number;
  /** Bit sets over the first (last) two symbols of every stem (suffix): most words begin (end) none. */
  prefix2: Int32Array;
  suffix2: Int32Array;
}

export function indexTerms(t: TermTable): TermIndex {
  // Keys numbered in order of first use, each term beside its key's number: the tables are
  // those a Map of lists in insertion order would give, without a list per key.
  const n = t.kind.length;
  const exactIds = new IntIds(n);
  const affixIds = new IntIds();
  const exactId = new IntList();
  const exactTerm = new IntList();
  const affixId = new IntList();
  const affixTerm = new IntList();
  let affixes = 0;
  const prefix2 = new Int32Array(128);
  const suffix2 = new Int32Array(128);
  for (let k = 0; k < n; k++) {
    const a = t.start[k]!;
    const b = t.start[k + 1]!;
    const kind = t.kind[k]!;
    const key = termKey(kind, t.syms, t.runs, a, b);
    if (kind === EXACT) {
      exactId.push(exactIds.add(key));
      exactTerm.push(k);
      continue;
    }
    const two = kind === PREFIX ? packSyms(t.syms, a, a + 2) : packSyms(t.syms, b - 2, b);
    const set = kind === PREFIX ? prefix2 : suffix2;
    set[two >>> 5]! |= 1 << (two & 31);
    affixId.push(affixIds.add(key));
    affixTerm.push(k);
    affixes |= affixBit(kind, b - a);
  }
  return {
    exact: packIds(exactIds, exactId, exactTerm),
    affix: packIds(affixIds, affixId, affixTerm),
    affixes,
    prefix2,
    suffix2,
  };
}

/** The multimap of each numbered key to its entries' values, in order. */
function packIds(ids: IntIds, id: IntList, value: IntList): IntMultiMap {
  const { starts, lists } = groupById(ids.size, id.view(), value.view());
  return packIntMultiMap(ids.size, ids.keys.subarray(0, ids.size), starts, lists);
}

/**
 * Appends to `out` the terms a word satisfies. The word is given as collapsed symbols and the
 * length of each run; `hash` is hashSyms over the symbols, `repeated` whether any run is longer
 * than one.
 */
export function termsOf(
  t: TermTable,
  ix: TermIndex,
  syms: Uint8Array,
  runs: Uint8Array,
  len: number,
  hash: number,
  repeated: boolean,
  out: number[],
): void {
  const from = out.length;
  probe(t, ix.exact, hash, syms, runs, len, from, out);
  if (repeated) probe(t, ix.exact, hash ^ DOUBLE_SALT, syms, runs, len, from, out);
  if (ix.affixes === 0 || len < MIN_AFFIX) return;
  const head = packSyms(syms, 0, 2);
  const tail = packSyms(syms, len - 2, len);
  const stems = (ix.prefix2[head >>> 5]! & (1 << (head & 31))) !== 0;
  const ends = (ix.suffix2[tail >>> 5]! & (1 << (tail & 31))) !== 0;
  if (!stems && !ends) return;
  for (let k = 0; stems && k < PREFIX_LENGTHS.length; k++) {
    const n = PREFIX_LENGTHS[k]!;
    if ((ix.affixes & (1 << k)) === 0 || len < n) continue;
    probe(t, ix.affix, prefixKey(k, hashSyms(syms, 0, n)), syms, runs, len, from, out);
  }
  for (let k = 0; ends && k < SUFFIX_LENGTHS.length; k++) {
    const n = SUFFIX_LENGTHS[k]!;
    if ((ix.affixes & (8 << k)) === 0 || len < n) continue;
    probe(t, ix.affix, suffixKey(k, packSyms(syms, len - n, len)), syms, runs, len, from, out);
  }
}

function probe(
  t: TermTable,
  map: IntMultiMap,
  key: number,
  syms: Uint8Array,
  runs: Uint8Array,
  len: number,
  from: number,
  out: number[],
): void {
  const s = slotFor(map, key);
  if (s < 0) return;
  const values = map.values;
  for (let i = map.start[s]!; i < map.start[s + 1]!; i++) {
    const k = values[i]!;
    if (matches(t, k, syms, runs, len) && out.indexOf(k, from) < 0) out.push(k);
  }
}

/** Does text run `got` satisfy a pattern's run requirement? */
const runOk = (need: number, got: number): boolean =>
  need > DIGIT_RUN ? got === need - DIGIT_RUN : need === 1 ? got !== 2 : got >= 2;

/** Does the word meet term k: all of it, its start, or its end? */
function matches(t: TermTable, k: number, syms: Uint8Array, runs: Uint8Array, len: number): boolean {
  const a = t.start[k]!;
  const n = t.start[k + 1]! - a;
  const kind = t.kind[k]!;
  if (kind === EXACT ? n !== len : n > len) return false;
  const off = kind === SUFFIX ? len - n : 0;
  for (let j = 0; j < n; j++) {
    if (t.syms[a + j] !== syms[off + j]) return false;
    const need = t.runs[a + j]!;
    // A stem's last letter may run on into the rest of the word ("kill*" in "killling").
    if (!(kind === PREFIX && j === n - 1) && !runOk(need, runs[off + j]!)) return false;
  }
  return true;
}

/** Is this string of letters a word some term of the rules matches (a whole word, stem or suffix)? */
export function isRuleWord(t: TermTable, ix: TermIndex, letters: string): boolean {
  const syms: number[] = [];
  const runs: number[] = [];
  let repeated = false;
  for (let i = 0; i < letters.length; i++) {
    const x = symbolOf(letters.charCodeAt(i));
    if (x === SKIP) continue;
    if (x < 1 || x >= SKIP) return false;
    if (syms.length > 0 && syms[syms.length - 1] === x) {
      runs[runs.length - 1]!++;
      repeated = true;
    } else {
      syms.push(x);
      runs.push(1);
    }
  }
  if (syms.length === 0) return false;
  const out: number[] = [];
  termsOf(t, ix, Uint8Array.from(syms), Uint8Array.from(runs), syms.length, hashSyms(syms), repeated, out);
  return out.length > 0;
}
