// Aho-Corasick over the folded alphabet. The text alphabet has no ambiguous symbol (leetspeak
// is read in its own channel, views.ts), so the automaton is an exact DFA: no reading of a
// character is ever chosen over another.
//
// States are numbered breadth-first, so the children of a state are contiguous and shallow
// states (the ones every scan visits) come first. The first `dense` states get a full row of
// the transition table; deeper states keep only their trie edges and a failure link, which
// keeps a large phrase set cheap to build and small in memory while the hot states stay one
// lookup per character.
//
// Dense entries are target states pre-multiplied by ALPHABET (the scan adds the symbol without
// a multiply) and negated when the target needs attention (it reports a phrase, or has no dense
// row), so the hot loop tests one sign per character. Root is 0 and never reports.
import { ALPHABET, AT, BANG, DOLLAR, isLetter, REAL_SYMBOLS, SKIP, SPACE } from './alphabet.js';

/** The trie in a compact, serialisable form, in breadth-first order: state k > 0 hangs off parent[k] by label[k]. */
export interface Trie {
  parent: Int32Array;
  label: Uint8Array;
  /** Phrases ending exactly at a state: outPhrases[outStart[s]..outStart[s+1]). */
  outStart: Int32Array;
  outPhrases: Int32Array;
}

export interface Automaton extends Trie {
  states: number;
  /** States below this have a row in `delta`. */
  dense: number;
  delta: Int32Array;
  /** Children of s: childStart[s]..childStart[s+1] (breadth-first order makes them contiguous). */
  childStart: Int32Array;
  fail: Int32Array;
  /** Nearest proper suffix state that reports phrases, or -1. */
  dictLink: Int32Array;
  /** 1 when a state reports (its own phrases or through dictLink). */
  reports: Uint8Array;
  /**
   * 1 when a state reports a real phrase; the others report only marker phrases (ids at or
   * above the phrase table's size), which quickScan notes without stopping.
   */
  real: Uint8Array;
}

/**
 * A trie over some of the phrases; `ids` are their ids in the shared phrase table. Children are
 * linked lists while building (most states have one child), then renumbered breadth-first.
 */
export function buildTrie(all: readonly Uint8Array[], ids: readonly number[]): Trie {
  let cap = 1024;
  let first = new Int32Array(cap).fill(-1);
  let sibling = new Int32Array(cap);
  let label = new Uint8Array(cap);
  let states = 1;
  const ends = new Int32Array(ids.length);
  for (let p = 0; p < ids.length; p++) {
    const syms = all[ids[p]!]!;
    let s = 0;
    for (let k = 0; k < syms.length; k++) {
      const sym = syms[k]!;
      let c = first[s]!;
      while (c >= 0 && label[c] !== sym) c = sibling[c]!;
      if (c < 0) {
        if (states === cap) {
          cap *= 2;
          first = grow(first, cap, -1);
          sibling = grow(sibling, cap, 0);
          const l2 = new Uint8Array(cap);
          l2.set(label);
          label = l2;
        }
        c = states++;
        label[c] = sym;
        sibling[c] = first[s]!;
        first[s] = c;
      }
      s = c;
    }
    ends[p] = s;
  }
  // Breadth-first renumbering, children in symbol order.
  const order = new Int32Array(states);
  const rank = new Int32Array(states);
  const parent = new Int32Array(states);
  const kids: number[] = [];
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const s = order[head]!;
    kids.length = 0;
    for (let c = first[s]!; c >= 0; c = sibling[c]!) kids.push(c);
    kids.sort((a, b) => label[a]! - label[b]!);
    for (const c of kids) {
      rank[c] = tail;
      parent[tail] = head;
      order[tail++] = c;
    }
  }
  const outStart = new Int32Array(states + 1);
  for (let p = 0; p < ids.length; p++) outStart[rank[ends[p]!]! + 1]!++;
  for (let s = 0; s < states; s++) outStart[s + 1]! += outStart[s]!;
  const fill = outStart.slice(0, states);
  const outPhrases = new Int32Array(ids.length);
  for (let p = 0; p < ids.length; p++) outPhrases[fill[rank[ends[p]!]!]!++] = ids[p]!;
  const newLabel = new Uint8Array(states);
  for (let k = 0; k < states; k++) newLabel[k] = label[order[k]!]!;
  return { parent, label: newLabel, outStart, outPhrases };
}

function grow(a: Int32Array, cap: number, fillValue: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(cap).fill(fillValue);
  b.set(a);
  return b;
}

/** Can a run of this symbol repeat in place (fuuuck, several spaces)? Patterns store runs collapsed. */
const repeats = (x: number): boolean => x === SPACE || isLetter(x);

/**
 * Materialises the automaton from a breadth-first trie: failure links for every state, a dense
 * row for the first `denseLimit` states. O(states x alphabet) at most, no pattern work.
 */
export function buildAutomaton(
  trie: Trie,
  denseLimit = Number.POSITIVE_INFINITY,
  realPhrases = Number.POSITIVE_INFINITY,
): Automaton {
  const { parent, label, outStart } = trie;
  const states = parent.length;
  const dense = Math.min(states, denseLimit);
  const childStart = new Int32Array(states + 1);
  for (let k = 1; k < states; k++) childStart[parent[k]! + 1]!++;
  for (let s = 0; s < states; s++) childStart[s + 1]! += childStart[s]!;
  // Breadth-first order: the children of s start right after those of s - 1, at index 1.
  for (let s = 0; s <= states; s++) childStart[s]! += 1;
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  const reports = new Uint8Array(states);
  const real = new Uint8Array(states);
  const delta = new Int32Array(dense * ALPHABET);
  const a: Automaton = { ...trie, states, dense, delta, childStart, fail, dictLink, reports, real };
  const { outPhrases } = trie;
  for (let k = 1; k < states; k++) {
    const p = parent[k]!;
    const f = p === 0 ? 0 : transition(a, fail[p]!, label[k]!, true);
    fail[k] = f;
    dictLink[k] = outStart[f + 1]! > outStart[f]! ? f : dictLink[f]!;
    reports[k] = outStart[k + 1]! > outStart[k]! || dictLink[k]! >= 0 ? 1 : 0;
    let own = 0;
    for (let o = outStart[k]!; o < outStart[k + 1]!; o++) if (outPhrases[o]! < realPhrases) own = 1;
    real[k] = own || (dictLink[k]! >= 0 && real[dictLink[k]!]) ? 1 : 0;
  }
  const code = (t: number): number => (reports[t] || t >= dense ? -t * ALPHABET : t * ALPHABET);
  // Rows in breadth-first order: a missing edge reuses the row of the (shallower) failure state.
  for (let k = 0; k < dense; k++) {
    const row = k * ALPHABET;
    const frow = fail[k]! * ALPHABET;
    for (let x = 0; x < REAL_SYMBOLS; x++) {
      const c = child(a, k, x);
      if (c >= 0) delta[row + x] = code(c);
      else if (k === 0) delta[row + x] = 0;
      else if (x === label[k] && repeats(x)) delta[row + x] = code(k);
      else delta[row + x] = delta[frow + x]!;
    }
    delta[row + SKIP] = code(k);
    delta[row + AT] = delta[row + SPACE]!;
    delta[row + DOLLAR] = delta[row + SPACE]!;
    delta[row + BANG] = delta[row + SPACE]!;
  }
  return a;
}

/** The child of s labelled x, or -1. */
function child(a: Automaton, s: number, x: number): number {
  const label = a.label;
  for (let c = a.childStart[s]!; c < a.childStart[s + 1]!; c++) {
    const l = label[c]!;
    if (l === x) return c;
    if (l > x) break;
  }
  return -1;
}

/** One step of s on symbol x from the trie itself (used for states without a dense row). */
function transition(a: Automaton, s: number, x: number, building: boolean): number {
  for (;;) {
    const c = child(a, s, x);
    if (c >= 0) return c;
    if (s === 0) return 0;
    // A repeated letter (fuuuck) or boundary stays put; run lengths are checked on report.
    if (x === a.label[s] && repeats(x)) return s;
    const f = a.fail[s]!;
    if (f < a.dense && !building) {
      const t = a.delta[f * ALPHABET + x]!;
      return (t < 0 ? -t : t) / ALPHABET;
    }
    s = f;
  }
}

/** The state after reading symbol x (0..REAL_SYMBOLS) in state s. */
export function step(a: Automaton, s: number, x: number): number {
  if (s < a.dense && a.delta.length > 0) {
    const t = a.delta[s * ALPHABET + x]!;
    return (t < 0 ? -t : t) / ALPHABET;
  }
  return transition(a, s, x, false);
}
