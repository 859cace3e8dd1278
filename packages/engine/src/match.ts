// The full matcher, run only on texts where a trigger fired: the text as words (each with the
// terms it meets), then every pattern of every list followed word by word through its position
// automaton. Matches start from pairs of adjacent words (or a single word for one-word
// patterns), so a common first word ("i", "my") only wakes the patterns its next word continues.
import { FOLD, SKIP, SYMBOL_MASK } from './alphabet.js';
import { groupById, type IntMultiMap, idsByFirstUse, packIntMultiMap, slotFor } from './intmap.js';
import type { Positions } from './positions.js';
import { HASH_PRIME, HASH_SEED, type TermIndex, type TermTable, termsOf } from './terms.js';
import { STRIDE, WORD_CACHE_SYMBOLS, WORD_CACHE_TERMS, wordCacheOf, wordSlot } from './word-cache.js';

/** A whole-pattern match, offsets in the scanned text. */
export interface ListHit {
  list: number;
  start: number;
  end: number;
}

/** Start indices over a position automaton, built at load. */
export interface StartIndex {
  /**
   * Term t's one-word matches (first positions that are also final), as the list of each:
   * singleLists[singleStart[t]..singleStart[t+1]).
   */
  singleStart: Int32Array;
  singleLists: Int32Array;
  /**
   * (first term, second term) -> second positions. Beside each value i, what starting it needs:
   * pairSet[i] = q's step (StartIndex.stepShift), and for a matcher run with a wanted mask pairList[i]
   * = q's list (else null; 16 bits while there are fewer than 65,536 lists: the extension worker's
   * heap), so a pair start reads its key's run rather than tables of a megabyte at random (q's list
   * from the matcher's runs instead, listAt, made fired texts ~5% slower). A key's positions come
   * in pattern order, which is list order: a wanted run passes over an unwanted list's positions
   * together.
   */
  pairs: IntMultiMap;
  pairSet: Int32Array;
  pairList: Uint16Array | Int32Array | null;
  /** 1 for a term that begins some pair, and a bit filter over pair keys: most adjacent words begin none. */
  pairFirst: Uint8Array;
  pairBits: Int32Array;
  terms: number;
  /**
   * The follow links with what a step of the walk needs of each follower, side by side: for link
   * j, edges[3j] = the follower q, edges[3j+1] = term[q], edges[3j+2] = q's step (StartIndex.stepShift).
   * The position arrays are megabytes and a walk touches them at random, so reading one place per
   * link instead of four is most of the full matcher's cost.
   */
  edges: Int32Array;
  /**
   * A bit filter over (follow set, term) for every set: most active positions die at the next
   * word (about three in four on a risky text), and one bit in a table of a few hundred KB says
   * so where the set's bounds and links are read at random from megabytes.
   */
  followBits: Int32Array;
  /**
   * A position's step is its follow set s, a signature of the terms that set holds and its final
   * flag in one integer: s << stepShift | signature << 1 | final. The signature has a bit for
   * each term of the set (one of stepShift - 1, chosen by the term: termSigBit), so a position
   * whose set cannot meet the next word's term is dropped from the step it was read with, before
   * the follow filter is read (at random, from 128 KB): more than half the probes of a risky text.
   */
  stepShift: number;
}

/** Signature bits of a step: 14 while the follow sets fit in the other 16 bits. */
const MAX_SIG_BITS = 14;

/** The signature bit (of `width`) of term t, as a bit of a step (above its final flag). */
const termSigBit = (t: number, width: number): number =>
  1 << (1 + (Math.imul(Math.imul(t, 0x2545f491) >>> 16, width) >>> 16));

/** stepShift for `sets` follow sets: the most signature bits that leave the set a positive step. */
function stepShiftFor(sets: number): number {
  const setBits = 32 - Math.clz32(Math.max(1, sets - 1));
  const width = Math.min(MAX_SIG_BITS, 30 - setBits);
  if (width < 1) throw new Error(`too many follow sets (${sets})`);
  return width + 1;
}

/** Each follow set's step without its final flag: s << stepShift | signature << 1. */
function setSteps(pos: Positions, edges: Int32Array, shift: number): Int32Array {
  const { followStart } = pos;
  const sets = followStart.length - 1;
  const steps = new Int32Array(sets);
  for (let s = 0; s < sets; s++) {
    let sig = 0;
    for (let j = followStart[s]!; j < followStart[s + 1]!; j++)
      sig |= termSigBit(edges[3 * j + 1]!, shift - 1);
    steps[s] = (s << shift) | sig;
  }
  return steps;
}

// 2^20 bits (128 KB): the rules' 262,144 pair keys set a fifth of them. At 2^18 they set half,
// and every other pair of adjacent words that begins some pair went on to the pair map (2 MB,
// a cache miss or two) to find nothing.
const PAIR_FILTER_WORDS = 1 << 15;
const pairBit = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 12;
const followBit = (set: number, term: number, mask: number): number =>
  ((Math.imul(set, 0x9e3779b1) ^ Math.imul(term, 0x85ebca6b)) >>> 3) & mask;

/**
 * The follow filter: BITS_PER_FOLLOW bits per (set, term) entry, each set keyed by its step
 * without the final flag (step >> 1), which a probe has at hand.
 */
function buildFollowBits(pos: Positions, edges: Int32Array, steps: Int32Array): Int32Array {
  const { followStart } = pos;
  const entries = followStart[followStart.length - 1]!;
  let bits = 1024;
  while (bits < entries * BITS_PER_FOLLOW) bits *= 2;
  const words = new Int32Array(bits >>> 5);
  for (let s = 0; s < followStart.length - 1; s++) {
    for (let j = followStart[s]!; j < followStart[s + 1]!; j++) {
      const b = followBit(steps[s]! >> 1, edges[3 * j + 1]!, bits - 1);
      words[b >>> 5]! |= 1 << (b & 31);
    }
  }
  return words;
}

/** About one probe in five of a term a set lacks still passes: the filter is kept small (worker heap). */
const BITS_PER_FOLLOW = 4;

/**
 * `lists`: the list of each pattern. `masked`: the matcher runs with a wanted mask (scan.ts matches
 * the other lists only with one), so its pair starts keep their lists beside them.
 */
export function buildStartIndex(
  pos: Positions,
  terms: number,
  lists: Int32Array,
  masked: boolean,
): StartIndex {
  // Pair keys are first * terms + second: exact, so they must fit a 32-bit integer.
  if (terms * terms >= 2 ** 31) throw new Error(`too many distinct pattern words (${terms})`);
  const pairFirst = new Uint8Array(terms);
  const pairBits = new Int32Array(PAIR_FILTER_WORDS);
  const { first, firstStart, term, follow, followSet, followStart, final } = pos;
  // One-word matches as (term, position) entries, each position once.
  const singleTerm: number[] = [];
  const singlePos: number[] = [];
  const isSingle = new Uint8Array(term.length);
  // Pairs as (pair key id, second position) entries, each pair of key and position once. A
  // pattern's followers are its own positions (checked here), so an entry can repeat only when
  // two of a pattern's first positions have the same term: only such patterns are deduplicated.
  const owner = pos.pattern;
  let links = 0;
  let most = 0;
  let foreign = false;
  for (let k = 0; k < firstStart.length - 1; k++) {
    const before = links;
    for (let i = firstStart[k]!; i < firstStart[k + 1]!; i++) {
      const s = followSet[first[i]!]!;
      links += followStart[s + 1]! - followStart[s]!;
      for (let j = followStart[s]!; j < followStart[s + 1]! && !foreign; j++)
        foreign = owner[follow[j]!] !== k;
    }
    most = Math.max(most, links - before);
  }
  const pairKey = new Int32Array(links);
  const pairPos = new Int32Array(links);
  // Entries seen, per pattern (or over all of them when a follower lies in another pattern).
  const seen = new EntrySet(foreign ? links : most);
  const termSeen = new Int32Array(terms).fill(-1);
  let pairs = 0;
  for (let k = 0; k < firstStart.length - 1; k++) {
    let repeats = foreign;
    for (let i = firstStart[k]!; i < firstStart[k + 1]! && !repeats; i++) {
      const t = term[first[i]!]!;
      repeats = termSeen[t] === k;
      termSeen[t] = k;
    }
    for (let i = firstStart[k]!; i < firstStart[k + 1]!; i++) {
      const p = first[i]!;
      const t = term[p]!;
      if (final[p] && !isSingle[p]) {
        isSingle[p] = 1;
        singleTerm.push(t);
        singlePos.push(p);
      }
      const s = followSet[p]!;
      for (let j = followStart[s]!; j < followStart[s + 1]!; j++) {
        const q = follow[j]!;
        const key = t * terms + term[q]!;
        if (!repeats || seen.add(key, q, foreign ? 1 : k + 1)) {
          pairKey[pairs] = key;
          pairPos[pairs++] = q;
        }
        pairFirst[t] = 1;
        const b = pairBit(key);
        pairBits[b >>> 5]! |= 1 << (b & 31);
      }
    }
  }
  const edges = new Int32Array(follow.length * 3);
  for (let j = 0; j < follow.length; j++) {
    const q = follow[j]!;
    edges[3 * j] = q;
    edges[3 * j + 1] = term[q]!;
  }
  const stepShift = stepShiftFor(followStart.length - 1);
  const steps = setSteps(pos, edges, stepShift);
  for (let j = 0; j < follow.length; j++) {
    const q = follow[j]!;
    edges[3 * j + 2] = steps[followSet[q]!]! | final[q]!;
  }
  const singles = groupById(terms, singleTerm, singlePos);
  const singleLists = singles.lists;
  for (let i = 0; i < singleLists.length; i++) singleLists[i] = lists[owner[singleLists[i]!]!]!;
  // Keys numbered in order of first use, so the map's layout is that of adding them in turn.
  const keys = idsByFirstUse(pairKey, pairs);
  const grouped = groupById(keys.count, keys.id, pairPos, pairs);
  const packed = packIntMultiMap(
    keys.count,
    keys.keyOf.subarray(0, keys.count),
    grouped.starts,
    grouped.lists,
  );
  const values = packed.values;
  const pairSet = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) pairSet[i] = steps[followSet[values[i]!]!]! | final[values[i]!]!;
  let pairList: Uint16Array | Int32Array | null = null;
  if (masked) {
    pairList = lists.every((l) => l < 0x10000)
      ? new Uint16Array(values.length)
      : new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) pairList[i] = lists[owner[values[i]!]!]!;
  }
  return {
    singleStart: singles.starts,
    singleLists,
    pairs: packed,
    pairSet,
    pairList,
    pairFirst,
    pairBits,
    terms,
    edges,
    followBits: buildFollowBits(pos, edges, steps),
    stepShift,
  };
}

/**
 * A set of (id, value) pairs in generations: a pair added in an earlier generation counts as
 * absent, so starting a new generation empties the set without clearing it.
 */
class EntrySet {
  private readonly gen: Int32Array;
  private readonly ids: Int32Array;
  private readonly values: Int32Array;

  constructor(most: number) {
    let n = 16;
    while (n < most * 2) n *= 2;
    this.gen = new Int32Array(n);
    this.ids = new Int32Array(n);
    this.values = new Int32Array(n);
  }

  /** Adds the pair to generation g (> 0); false when it is there already. */
  add(id: number, value: number, g: number): boolean {
    const { gen, ids, values } = this;
    const mask = gen.length - 1;
    let s = ((Math.imul(id, 0x9e3779b1) ^ Math.imul(value, 0x85ebca6b)) >>> 8) & mask;
    for (; gen[s] === g; s = (s + 1) & mask) if (ids[s] === id && values[s] === value) return false;
    gen[s] = g;
    ids[s] = id;
    values[s] = value;
    return true;
  }
}

export interface Matcher {
  terms: TermTable;
  termIndex: TermIndex;
  positions: Positions;
  start: StartIndex;
  /**
   * The list of each position, as runs: positions runStart[r]..runStart[r + 1]) belong to list
   * runList[r], and runAt[q >> RUN_BLOCK_BITS] is the run of the block's first position. Positions
   * are numbered pattern by pattern and patterns list by list, so there is a run per list and a
   * block meets a few: a match's list is a load and a short walk, where a pattern and a list per
   * position were 2 MB of the extension worker's heap.
   */
  runStart: Int32Array;
  runList: Int32Array;
  runAt: Int32Array;
}

const RUN_BLOCK_BITS = 6;

/** The runs of equal lists over positions (Matcher.runStart, runList, runAt). */
export function listRuns(
  pattern: Int32Array,
  lists: Int32Array,
): { runStart: Int32Array; runList: Int32Array; runAt: Int32Array } {
  const start: number[] = [];
  const list: number[] = [];
  const runAt = new Int32Array((pattern.length >> RUN_BLOCK_BITS) + 1);
  for (let q = 0; q < pattern.length; q++) {
    const l = lists[pattern[q]!]!;
    if (list.length === 0 || list[list.length - 1] !== l) {
      start.push(q);
      list.push(l);
    }
    if ((q & ((1 << RUN_BLOCK_BITS) - 1)) === 0) runAt[q >> RUN_BLOCK_BITS] = list.length - 1;
  }
  start.push(pattern.length);
  return { runStart: Int32Array.from(start), runList: Int32Array.from(list), runAt };
}

/** The list of position q. */
function listAt(m: Matcher, q: number): number {
  const { runStart } = m;
  let r = m.runAt[q >> RUN_BLOCK_BITS]!;
  while (runStart[r + 1]! <= q) r++;
  return m.runList[r]!;
}

// Scratch space, grown as needed and reused across calls (scan is synchronous).
let word = { syms: new Uint8Array(256), runs: new Uint8Array(256) };
let tokStart = new Int32Array(256);
let tokEnd = new Int32Array(256);
let tokTerms = new Int32Array(257);
const termBuf: number[] = [];

// The last text tokenised and its term table: the rule and other matchers of one rule set share
// terms, so the second matcher over the same text reuses the words.
let lastText: string | null = null;
let lastTerms: TermTable | null = null;
let lastWords = 0;

/** Splits text into words and finds the terms of each; returns the word count. */
function tokenise(m: Matcher, text: string): number {
  if (text === lastText && m.terms === lastTerms) return lastWords;
  lastText = text;
  lastTerms = m.terms;
  lastWords = splitWords(m, text);
  return lastWords;
}

function splitWords(m: Matcher, text: string): number {
  const n = text.length;
  // Shrunk again after a long text, which the extension's worker would otherwise hold on to.
  if (tokStart.length < n + 1 || tokStart.length > 16 * (n + 256)) {
    tokStart = new Int32Array(n + 64);
    tokEnd = new Int32Array(n + 64);
    tokTerms = new Int32Array(n + 65);
  }
  termBuf.length = 0;
  const cache = wordCacheOf(m.terms);
  let words = 0;
  let len = 0;
  let from = 0;
  let lastEnd = 0;
  let h = HASH_SEED;
  let repeated = false;
  // The word's first five symbols and next five, six bits each: its key in the word cache, with
  // its runs of two and three (runKey: two bits a symbol); a run of four or more is not cached.
  let key0 = 0;
  let key1 = 0;
  let runKey = 0;
  let stretched = false;
  for (let i = 0; i <= n; i++) {
    const x = i < n ? FOLD[text.charCodeAt(i)]! & SYMBOL_MASK : 0;
    if (x !== 0 && x < SKIP) {
      if (len === 0) from = i;
      lastEnd = i + 1;
      if (len > 0 && word.syms[len - 1] === x) {
        const run = word.runs[len - 1]!;
        if (run < 255) word.runs[len - 1] = run + 1;
        if (run < 3) runKey += 1 << (2 * len - 2);
        else stretched = true;
        repeated = true;
        continue;
      }
      if (len === word.syms.length) word = grow(word);
      if (len < 5) key0 = (key0 << 6) | x;
      else if (len < WORD_CACHE_SYMBOLS) key1 = (key1 << 6) | x;
      word.syms[len] = x;
      word.runs[len++] = 1;
      h = Math.imul(h ^ x, HASH_PRIME);
      continue;
    }
    if (x === SKIP || len === 0) continue;
    tokStart[words] = from;
    tokEnd[words] = lastEnd;
    const at = termBuf.length;
    tokTerms[words] = at;
    if (stretched || len > WORD_CACHE_SYMBOLS) {
      termsOf(m.terms, m.termIndex, word.syms, word.runs, len, h, repeated, termBuf);
    } else {
      const slot = wordSlot(h) * STRIDE;
      const head = len | (runKey << 4);
      if (cache[slot] === head && cache[slot + 1] === key0 && cache[slot + 2] === key1) {
        const end = slot + 4 + cache[slot + 3]!;
        for (let k = slot + 4; k < end; k++) termBuf.push(cache[k]!);
      } else {
        termsOf(m.terms, m.termIndex, word.syms, word.runs, len, h, repeated, termBuf);
        const count = termBuf.length - at;
        if (count <= WORD_CACHE_TERMS) {
          cache[slot] = head;
          cache[slot + 1] = key0;
          cache[slot + 2] = key1;
          cache[slot + 3] = count;
          for (let k = 0; k < count; k++) cache[slot + 4 + k] = termBuf[at + k]!;
        }
      }
    }
    words++;
    len = 0;
    h = HASH_SEED;
    repeated = false;
    key0 = 0;
    key1 = 0;
    runKey = 0;
    stretched = false;
  }
  tokTerms[words] = termBuf.length;
  return words;
}

function grow(w: typeof word): typeof word {
  const g = (a: Uint8Array): Uint8Array<ArrayBuffer> => {
    const b = new Uint8Array(a.length * 2);
    b.set(a);
    return b;
  };
  return { syms: g(w.syms), runs: g(w.runs) };
}

/** Is t among termBuf[from..to) (a word's terms)? */
function hasTerm(from: number, to: number, t: number): boolean {
  for (let k = from; k < to; k++) if (termBuf[k] === t) return true;
  return false;
}

// The active set: per entry, the position, the word its match started at, and the position's
// step (follow set and final flag: what the next step reads, so it need not look the position up),
// side by side in one array (entry k at 3k), as is the next set that push fills.
let act = new Int32Array(3 * 64);
let nxt = new Int32Array(3 * 64);

/**
 * Appends every whole-pattern match in text to `out`; with `wanted`, only matches of the lists it
 * marks (1): the others are not even started, so they cost nothing.
 */
export function findHits(m: Matcher, text: string, out: ListHit[], wanted: Uint8Array | null = null): void {
  const words = tokenise(m, text);
  if (termBuf.length === 0) return;
  const { followStart } = m.positions;
  const {
    singleStart,
    singleLists,
    pairs,
    pairSet,
    pairList,
    pairFirst,
    pairBits,
    terms,
    edges,
    followBits,
  } = m.start;
  aheadBits = followBits;
  aheadMask = followBits.length * 32 - 1;
  const followMask = aheadMask;
  const stepShift = m.start.stepShift;
  const sigWidth = stepShift - 1;
  const pairValues = pairs.values;
  let active = 0;
  for (let w = 0; w < words; w++) {
    const t0 = tokTerms[w]!;
    const t1 = tokTerms[w + 1]!;
    // The next word's terms (none after the last word): what a position pushed now must meet.
    ahead0 = t1;
    ahead1 = w + 1 < words ? tokTerms[w + 2]! : t1;
    // The next word's terms as signature bits of a step (0: no next word; MANY: several terms),
    // and, most next words having one term, its half of the follow filter's hash, mixed once.
    let want = 0;
    let aheadOne = 0;
    if (ahead1 - ahead0 === 1) {
      const t = termBuf[ahead0]!;
      want = termSigBit(t, sigWidth);
      aheadOne = Math.imul(t, 0x85ebca6b);
    } else if (ahead1 > ahead0) {
      want = MANY;
      for (let k = ahead0; k < ahead1; k++) want |= termSigBit(termBuf[k]!, sigWidth);
    }
    next = 0;
    if (++stamp === 0x7fffffff) {
      seen.fill(0);
      stamp = 1;
    }
    if (t1 > t0) {
      for (let k = t0; k < t1; k++) {
        const t = termBuf[k]!;
        for (let i = singleStart[t]!; i < singleStart[t + 1]!; i++) {
          const list = singleLists[i]!;
          if (wanted === null || wanted[list] === 1) out.push({ list, start: tokStart[w]!, end: tokEnd[w]! });
        }
      }
      // Every active position passed the follow filter for this word's terms when it was pushed
      // (a final one need not have): with one term, for that term, so a long list skips the filter.
      const single = t1 - t0 === 1;
      for (let a = 0; a < active; a++) {
        const step = act[3 * a + 2]!;
        const s = step >>> stepShift;
        const checked = single && (step & 1) === 0;
        const from = followStart[s]!;
        const to = followStart[s + 1]!;
        if (to - from <= LINEAR_FOLLOW) {
          for (let j = from; j < to; j++) {
            if (
              hasTerm(t0, t1, edges[3 * j + 1]!) &&
              alive(edges[3 * j + 2]!, want, aheadOne, followBits, followMask)
            )
              push(edges[3 * j]!, act[3 * a + 1]!, edges[3 * j + 2]!);
          }
          continue;
        }
        // A long list (an alternation of many words): find each of the word's terms in it.
        for (let k = t0; k < t1; k++) {
          const t = termBuf[k]!;
          if (!checked) {
            if ((step & termSigBit(t, sigWidth)) === 0) continue;
            const b = followBit(step >> 1, t, followMask);
            if ((followBits[b >>> 5]! & (1 << (b & 31))) === 0) continue;
          }
          let lo = from;
          let hi = to;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (edges[3 * mid + 1]! < t) lo = mid + 1;
            else hi = mid;
          }
          for (let j = lo; j < to && edges[3 * j + 1] === t; j++)
            if (alive(edges[3 * j + 2]!, want, aheadOne, followBits, followMask))
              push(edges[3 * j]!, act[3 * a + 1]!, edges[3 * j + 2]!);
        }
      }
      if (w > 0) {
        for (let a = tokTerms[w - 1]!; a < t0; a++) {
          if (pairFirst[termBuf[a]!] === 0) continue;
          const base = termBuf[a]! * terms;
          for (let k = t0; k < t1; k++) {
            const key = base + termBuf[k]!;
            const b = pairBit(key);
            if ((pairBits[b >>> 5]! & (1 << (b & 31))) === 0) continue;
            const s = slotFor(pairs, key);
            if (s < 0) continue;
            const end = pairs.start[s + 1]!;
            for (let i = pairs.start[s]!; i < end; i++) {
              if (wanted !== null) {
                if (pairList === null) {
                  if (wanted[listAt(m, pairValues[i]!)] !== 1) continue;
                } else {
                  const list = pairList[i]!;
                  if (wanted[list] !== 1) {
                    while (i + 1 < end && pairList[i + 1] === list) i++;
                    continue;
                  }
                }
              }
              if (alive(pairSet[i]!, want, aheadOne, followBits, followMask))
                push(pairValues[i]!, w - 1, pairSet[i]!);
            }
          }
        }
      }
      for (let k = 0; k < next; k++) {
        if (nxt[3 * k + 2]! & 1)
          out.push({
            list: listAt(m, nxt[3 * k]!),
            start: tokStart[nxt[3 * k + 1]!]!,
            end: tokEnd[w]!,
          });
      }
    }
    // Swap the active and next sets.
    const ta = act;
    act = nxt;
    nxt = ta;
    active = next;
  }
}

/** Follow lists up to this long are scanned; longer ones are binary-searched. */
const LINEAR_FOLLOW = 3;

/** Entries in the next active set. */
let next = 0;
// Which (position, start word) pairs the next set holds: a small open-addressing table stamped
// per word, so nothing is cleared. A table indexed by position would be megabytes read at random
// (a cache miss for nearly every step of a new text); this one stays in the nearest cache.
// Slot i: seen[3i] the stamp, seen[3i+1] the position, seen[3i+2] the start word.
let stamp = 0;
let seen = new Int32Array(3 * 256);
// Slots of seen - 1, kept beside it: push would otherwise divide its length by 3 every time.
let seenMask = 255;

const seenSlot = (q: number, s: number, mask: number): number =>
  (Math.imul(q ^ Math.imul(s, 0x27d4eb2d), 0x9e3779b1) >>> 16) & mask;

// The next word's terms, termBuf[ahead0..ahead1), and the follow filter of the matcher running.
let ahead0 = 0;
let ahead1 = 0;
let aheadBits: Int32Array = new Int32Array(1);
let aheadMask = 31;

/** `want` of a next word of several terms (the sign bit, which no step has). */
const MANY = 1 << 31;

/**
 * May a position with this step (as in `edges`) go on? A final one may (its match is reported);
 * another only if its set's signature and then the filter say its set may meet a term of the next
 * word.
 * About three in four positions found on a risky text fail here, each of which would cost a
 * place in the active set and the next word a look at its follow set. Small, so it is inlined
 * where push is not. `want`: the next word's terms' signature bits (MANY set for several terms);
 * `one`: the filter's hash half of its term when it has one, so the usual probe reads locals, not
 * the module's state.
 */
function alive(step: number, want: number, one: number, bits: Int32Array, mask: number): boolean {
  if ((step & 1) !== 0) return true;
  if ((step & want) === 0) return false;
  const h = Math.imul(step >> 1, 0x9e3779b1);
  if (want > 0) {
    const b = ((h ^ one) >>> 3) & mask;
    return (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
  return aliveMany(h);
}

/** alive() when the next word has several terms (a stem and the word, say). */
function aliveMany(h: number): boolean {
  for (let k = ahead0; k < ahead1; k++) {
    const b = ((h ^ Math.imul(termBuf[k]!, 0x85ebca6b)) >>> 3) & aheadMask;
    if ((aheadBits[b >>> 5]! & (1 << (b & 31))) !== 0) return true;
  }
  return false;
}

/** Adds (position, start word) to the next active set, once; `step` as in `edges`. */
function push(q: number, s: number, step: number): void {
  const mask = seenMask;
  let i = seenSlot(q, s, mask);
  for (; seen[3 * i] === stamp; i = (i + 1) & mask) {
    if (seen[3 * i + 1] === q && seen[3 * i + 2] === s) return;
  }
  seen[3 * i] = stamp;
  seen[3 * i + 1] = q;
  seen[3 * i + 2] = s;
  if (3 * next === nxt.length) nxt = grow32(nxt);
  const at = 3 * next++;
  nxt[at] = q;
  nxt[at + 1] = s;
  nxt[at + 2] = step;
  // At most half full, so a probe ends soon.
  if (next * 2 > mask) growSeen();
}

/** Doubles the table and puts the next set back in it (it holds exactly the next set's pairs). */
function growSeen(): void {
  seen = new Int32Array(seen.length * 2);
  const mask = seen.length / 3 - 1;
  seenMask = mask;
  for (let k = 0; k < next; k++) {
    let i = seenSlot(nxt[3 * k]!, nxt[3 * k + 1]!, mask);
    while (seen[3 * i] === stamp) i = (i + 1) & mask;
    seen[3 * i] = stamp;
    seen[3 * i + 1] = nxt[3 * k]!;
    seen[3 * i + 2] = nxt[3 * k + 1]!;
  }
}

function grow32(a: Int32Array, atLeast = 0): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, atLeast));
  b.set(a);
  return b;
}
