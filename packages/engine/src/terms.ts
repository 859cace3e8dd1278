// Terms: the word-level atoms patterns are made of. A term is a whole word, a stem (`word*`, any
// word starting with it) or a suffix (`*word`, any word ending with it), each stored as folded
// symbols with letter runs collapsed ("kill" is k-i-l) and the run each letter needs, so
// "kiiill" and "k i l l" meet the same term as "kill" while "kil" and "kill" stay apart.
import { DIGIT_0, isLetter, patternSymbol } from './alphabet.js';
import { PatternError } from './pattern.js';

export const EXACT = 0;
export const PREFIX = 1;
export const SUFFIX = 2;

/** Run requirement of a symbol: 0 none (digits), 1 a single letter, 2 a doubled letter. */
export interface Canon {
  syms: number[];
  runs: number[];
}

/** Folds a pattern word (lower-case letters and digits) into collapsed symbols and runs. */
export function canonWord(text: string, source: string): Canon {
  const syms: number[] = [];
  const runs: number[] = [];
  for (const ch of text) {
    const sym = patternSymbol(ch);
    if (sym < 0) throw new PatternError(`unsupported character '${ch}' in '${source}'`);
    const last = syms.length - 1;
    if (isLetter(sym) && syms[last] === sym) runs[last] = 2;
    else {
      syms.push(sym);
      runs.push(isLetter(sym) ? 1 : 0);
    }
  }
  return { syms, runs };
}

/**
 * What a symbol contributes to a word's key: a letter written twice ("ll" in kill) is a symbol
 * of its own, so "of" and "off", "to" and "too" stay apart; a letter stretched three times or
 * more (fuuuck) counts once, and the fast path also tries it as doubled (killll).
 */
export const DOUBLED = 40;
export const keyValue = (sym: number, run: number): number => (run === 2 ? sym + DOUBLED : sym);

/** FNV-1a over key values: the hash the fast path and the term index share. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

export function hashValues(values: ArrayLike<number>, from = 0, to = values.length): number {
  let h = HASH_SEED;
  for (let k = from; k < to; k++) h = Math.imul(h ^ values[k]!, HASH_PRIME);
  return h;
}

/** Key values packed seven bits each, most recent lowest: the fast path's affix registers. */
export function packValues(values: ArrayLike<number>, from: number, to: number): number {
  let r = 0;
  for (let k = from; k < to; k++) r = (r << 7) | values[k]!;
  return r;
}

/** Affix keys use the first (stems) or last (suffixes) three or four symbols. */
export const AFFIX = 3;
export const LONG_AFFIX = 4;
export const PREFIX3_TAG = 1 << 28;
export const PREFIX4_TAG = 2 << 28;
export const SUFFIX3_TAG = 3 << 28;
export const SUFFIX4_TAG = 4 << 28;

const affixLength = (n: number): number => (n >= LONG_AFFIX ? LONG_AFFIX : AFFIX);

/** The trigger and index key of a term, from its key values. */
export function termKey(kind: number, values: ArrayLike<number>, from: number, to: number): number {
  const n = to - from;
  if (kind === EXACT) return hashValues(values, from, to);
  const a = affixLength(n);
  if (kind === PREFIX) return (a === AFFIX ? PREFIX3_TAG : PREFIX4_TAG) | packValues(values, from, from + a);
  return (a === AFFIX ? SUFFIX3_TAG : SUFFIX4_TAG) | packValues(values, to - a, to);
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
  private readonly index = new Map<string, number>();
  private readonly kinds: number[] = [];
  private readonly starts: number[] = [0];
  private readonly syms: number[] = [];
  private readonly runs: number[] = [];
  /** The word each term was written as, for frequency estimates (not serialised). */
  readonly texts: string[] = [];

  get size(): number {
    return this.kinds.length;
  }

  add(kind: number, text: string, source: string): number {
    const c = canonWord(text, source);
    if (kind !== EXACT && c.syms.length < AFFIX)
      throw new PatternError(`'${text}': a wildcard needs at least ${AFFIX} distinct letters in '${source}'`);
    const key = `${kind}${String.fromCharCode(...c.syms)}:${c.runs.join('')}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const id = this.kinds.length;
    this.index.set(key, id);
    this.kinds.push(kind);
    for (const s of c.syms) this.syms.push(s);
    for (const r of c.runs) this.runs.push(r);
    this.starts.push(this.syms.length);
    this.texts.push(text);
    return id;
  }

  kindOf(id: number): number {
    return this.kinds[id]!;
  }

  /** Collapsed symbols of the term. */
  lengthOf(id: number): number {
    return this.starts[id + 1]! - this.starts[id]!;
  }

  /** The key the fast path probes for this term (see trigger.ts). */
  triggerKey(id: number): number {
    const a = this.starts[id]!;
    const b = this.starts[id + 1]!;
    const values: number[] = [];
    for (let k = a; k < b; k++) values.push(keyValue(this.syms[k]!, this.runs[k]!));
    return termKey(this.kinds[id]!, values, 0, values.length);
  }

  table(): TermTable {
    return {
      kind: Uint8Array.from(this.kinds),
      start: Int32Array.from(this.starts),
      syms: Uint8Array.from(this.syms),
      runs: Uint8Array.from(this.runs),
    };
  }
}

/** Lookup structures over a term table, built at load. */
export interface TermIndex {
  /** Whole-word hash -> exact terms with that hash. */
  exact: Map<number, number[]>;
  /** Tagged affix key -> stems and suffixes with that key. */
  affix: Map<number, number[]>;
  /** Affix lengths in use, so a word is not probed for keys no term has. */
  prefix3: boolean;
  prefix4: boolean;
  suffix3: boolean;
  suffix4: boolean;
}

export function indexTerms(t: TermTable): TermIndex {
  const exact = new Map<number, number[]>();
  const affix = new Map<number, number[]>();
  const ix: TermIndex = { exact, affix, prefix3: false, prefix4: false, suffix3: false, suffix4: false };
  const values: number[] = [];
  for (let k = 0; k < t.kind.length; k++) {
    const a = t.start[k]!;
    const b = t.start[k + 1]!;
    values.length = 0;
    for (let j = a; j < b; j++) values.push(keyValue(t.syms[j]!, t.runs[j]!));
    const kind = t.kind[k]!;
    const key = termKey(kind, values, 0, values.length);
    const m = kind === EXACT ? exact : affix;
    const l = m.get(key);
    if (l) l.push(k);
    else m.set(key, [k]);
    const long = b - a >= LONG_AFFIX;
    if (kind === PREFIX) ix[long ? 'prefix4' : 'prefix3'] = true;
    if (kind === SUFFIX) ix[long ? 'suffix4' : 'suffix3'] = true;
  }
  return ix;
}

/** Does text run `got` satisfy a pattern's run requirement? */
const runOk = (need: number, got: number): boolean => need === 0 || (need === 1 ? got !== 2 : got >= 2);

/**
 * Appends to `out` the terms a word satisfies. The word is given as collapsed symbols, the
 * length of each run and their key values; `hash` is hashValues over them and `stretched`, when
 * not 0, the hash with every run of three or more read as doubled.
 */
export function termsOf(
  t: TermTable,
  ix: TermIndex,
  w: { syms: Uint8Array; runs: Uint8Array; values: Uint8Array },
  len: number,
  hash: number,
  stretched: number,
  out: number[],
): void {
  const { syms, runs, values } = w;
  const from = out.length;
  const probe = (m: Map<number, number[]>, key: number): void => {
    const l = m.get(key);
    if (!l) return;
    for (const k of l) if (matches(t, k, syms, runs, len) && out.indexOf(k, from) < 0) out.push(k);
  };
  probe(ix.exact, hash);
  if (stretched !== 0) probe(ix.exact, stretched);
  if (len < AFFIX) return;
  if (ix.prefix3) probe(ix.affix, PREFIX3_TAG | packValues(values, 0, AFFIX));
  if (ix.suffix3) probe(ix.affix, SUFFIX3_TAG | packValues(values, len - AFFIX, len));
  if (len < LONG_AFFIX) return;
  if (ix.prefix4) probe(ix.affix, PREFIX4_TAG | packValues(values, 0, LONG_AFFIX));
  if (ix.suffix4) probe(ix.affix, SUFFIX4_TAG | packValues(values, len - LONG_AFFIX, len));
}

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
    if (need !== 0 && !(kind === PREFIX && j === n - 1) && !runOk(need, runs[off + j]!)) return false;
  }
  return true;
}

export const isWordSymbol = (x: number): boolean => x >= 1 && x < DIGIT_0 + 10;
