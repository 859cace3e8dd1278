// Aho-Corasick over the folded alphabet, materialised as one dense transition table in a typed
// array so a scan costs one lookup per character whatever the number of phrases.
//
// Table entries are target states pre-multiplied by ALPHABET (so the scan adds the symbol
// without a multiply) and negated when the target reports a phrase, so the hot loop tests a
// sign instead of reading a second array. Root is 0 and never reports.
import { ALPHABET, CANDIDATES, DIGIT_0, isLetter, REAL_SYMBOLS, SPACE } from './alphabet.js';

const AFTER_LETTER = CANDIDATES.map((c) => [
  ...c.filter((x) => isLetter(x)),
  ...c.filter((x) => !isLetter(x)),
]);

export interface Automaton {
  delta: Int32Array;
  /** Phrases ending exactly at a state: outPhrases[outStart[s]..outStart[s+1]). */
  outStart: Int32Array;
  outPhrases: Int32Array;
  /** Nearest proper suffix state that reports phrases, or -1. */
  dictLink: Int32Array;
  states: number;
}

/** The trie in a compact, serialisable form: state k > 0 hangs off parent[k] by label[k]. */
export interface Trie {
  parent: Int32Array;
  label: Uint8Array;
  outStart: Int32Array;
  outPhrases: Int32Array;
}

/** A trie over some of the phrases; `ids` are their ids in the shared phrase table. */
export function buildTrie(all: readonly Uint8Array[], ids: readonly number[]): Trie {
  const phrases = ids.map((id) => all[id]!);
  let cap = 1024;
  let children = new Int32Array(cap * REAL_SYMBOLS).fill(-1);
  let parent = new Int32Array(cap);
  let label = new Uint8Array(cap);
  let states = 1;
  const ends: number[] = new Array(phrases.length);
  for (let p = 0; p < phrases.length; p++) {
    const syms = phrases[p]!;
    let s = 0;
    for (let k = 0; k < syms.length; k++) {
      const sym = syms[k]!;
      let next = children[s * REAL_SYMBOLS + sym]!;
      if (next < 0) {
        if (states === cap) {
          cap *= 2;
          const grown = new Int32Array(cap * REAL_SYMBOLS).fill(-1);
          grown.set(children);
          children = grown;
          const p2 = new Int32Array(cap);
          p2.set(parent);
          parent = p2;
          const l2 = new Uint8Array(cap);
          l2.set(label);
          label = l2;
        }
        next = states++;
        children[s * REAL_SYMBOLS + sym] = next;
        parent[next] = s;
        label[next] = sym;
      }
      s = next;
    }
    ends[p] = s;
  }
  const counts = new Int32Array(states + 1);
  for (const e of ends) counts[e + 1]!++;
  for (let s = 0; s < states; s++) counts[s + 1]! += counts[s]!;
  const outPhrases = new Int32Array(phrases.length);
  const fill = counts.slice(0, states);
  for (let p = 0; p < phrases.length; p++) outPhrases[fill[ends[p]!]!++] = ids[p]!;
  return { parent: parent.slice(0, states), label: label.slice(0, states), outStart: counts, outPhrases };
}

/** Materialises the dense table from the trie: O(states x alphabet), no pattern work. */
export function buildAutomaton(trie: Trie): Automaton {
  const states = trie.parent.length;
  const { label, outStart } = trie;
  // Raw (unencoded) transitions first; -1 marks "no trie edge".
  const next = new Int32Array(states * ALPHABET).fill(-1);
  for (let s = 1; s < states; s++) next[trie.parent[s]! * ALPHABET + label[s]!] = s;
  const fail = new Int32Array(states);
  const dictLink = new Int32Array(states).fill(-1);
  const hasOut = (s: number): boolean => outStart[s + 1]! > outStart[s]!;
  const edge = new Int32Array(states * REAL_SYMBOLS);
  // Keep the pure trie edges for class resolution (the dense fill below overwrites `next`).
  for (let s = 0; s < states; s++) {
    for (let x = 0; x < REAL_SYMBOLS; x++) edge[s * REAL_SYMBOLS + x] = next[s * ALPHABET + x]!;
  }
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  while (head < tail) {
    const s = queue[head++]!;
    const f = fail[s]!;
    for (let x = 0; x < REAL_SYMBOLS; x++) {
      const child = edge[s * REAL_SYMBOLS + x]!;
      if (child >= 0) {
        const cf = s === 0 ? 0 : next[f * ALPHABET + x]!;
        fail[child] = cf;
        dictLink[child] = hasOut(cf) ? cf : dictLink[cf]!;
        queue[tail++] = child;
      } else if (s !== 0 && x === label[s] && (x === SPACE || isLetter(x))) {
        // A repeated letter (fuuuck) or boundary stays put: patterns are stored with runs
        // collapsed and the run lengths are checked when a phrase is reported.
        next[s * ALPHABET + x] = s;
      } else {
        next[s * ALPHABET + x] = s === 0 ? 0 : next[f * ALPHABET + x]!;
      }
    }
    for (let x = REAL_SYMBOLS; x < ALPHABET; x++) next[s * ALPHABET + x] = -1;
    for (let x = DIGIT_0; x < ALPHABET; x++) {
      // After a letter a digit reads as a letter first ("r3tard"); elsewhere as itself ("1488").
      const cands = isLetter(label[s]!) && s !== 0 ? AFTER_LETTER[x]! : CANDIDATES[x]!;
      if (cands.length < 2) continue;
      let target = -1;
      for (const c of cands) {
        const child = edge[s * REAL_SYMBOLS + c]!;
        if (child >= 0) {
          target = child;
          break;
        }
      }
      if (target < 0 && s !== 0 && cands.includes(label[s]!) && (isLetter(label[s]!) || label[s] === SPACE)) {
        target = s;
      }
      if (target < 0) target = s === 0 ? 0 : next[f * ALPHABET + x]!;
      next[s * ALPHABET + x] = target;
    }
  }
  // Renumber states in BFS order so the shallow states every scan visits share cache lines.
  const rank = new Int32Array(states);
  for (let k = 0; k < states; k++) rank[queue[k]!] = k;
  const delta = new Int32Array(states * ALPHABET);
  const newOutStart = new Int32Array(states + 1);
  const newDict = new Int32Array(states);
  for (let k = 0; k < states; k++) {
    const old = queue[k]!;
    newOutStart[k + 1] = newOutStart[k]! + (outStart[old + 1]! - outStart[old]!);
    newDict[k] = dictLink[old]! >= 0 ? rank[dictLink[old]!]! : -1;
    for (let x = 0; x < ALPHABET; x++) {
      const t = next[old * ALPHABET + x]!;
      const r = rank[t]! * ALPHABET;
      delta[k * ALPHABET + x] = hasOut(t) || dictLink[t]! >= 0 ? -r : r;
    }
  }
  const newOut = new Int32Array(trie.outPhrases.length);
  for (let k = 0; k < states; k++) {
    const old = queue[k]!;
    newOut.set(trie.outPhrases.subarray(outStart[old]!, outStart[old + 1]!), newOutStart[k]!);
  }
  return { delta, outStart: newOutStart, outPhrases: newOut, dictLink: newDict, states };
}
