// The scanning loops. quickScan is the path almost every text takes: the trigger automaton with
// one fold lookup and one table lookup per character, no allocation, and a few bits learnt on
// the way that say which other readings (NFKC, leet, spaced letters) the text needs.
// matchText is the full matcher, run only on texts where a trigger fired: it keeps the position
// and the repeat count of every step so each phrase is reported with its span.
import {
  ALPHABET,
  BOUNDARY,
  DIGIT_0,
  EXOTIC,
  FOLD,
  LEETISH,
  SKIP,
  SPACE,
  SYMBOL_MASK,
  symbolOf,
} from './alphabet.js';
import { type Automaton, step } from './automaton.js';
import { LEAD, type PhraseTable, TRAIL } from './compiled.js';

/** A phrase found in the scanned text, offsets in that text. */
export interface Hit {
  phrase: number;
  start: number;
  end: number;
}

/** quickScan result bits. */
export const FIRED = 1;
export const NON_ASCII = 2;
export const HAS_LEET = 4;
export const SPACED = 8;

/**
 * Runs the trigger automaton over the text and stops at the first real phrase. Returns FIRED when
 * a trigger occurs, else what the text contains: non-ASCII characters (NFKC may change it), leet
 * characters, and single letters between separators (k i l l; marker phrases of the automaton).
 */
export function quickScan(a: Automaton, text: string): number {
  const { delta, dense, real, reports, childStart, label, fail } = a;
  const fold = FOLD;
  const n = text.length;
  let s = delta[SPACE]!;
  let flags = 0;
  let spaced = 0;
  for (let i = 0; i <= n; i++) {
    // One virtual boundary after the text closes the last word.
    const f = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
    flags |= f;
    s = delta[s + (f & SYMBOL_MASK)]!;
    if (s >= 0) continue;
    // Rare: a reporting state, or one without a dense row.
    let t = -s / ALPHABET;
    if (real[t]) return FIRED;
    if (reports[t]) spaced = SPACED;
    if (t >= dense) {
      // Follow the trie edges until the automaton is back among the dense states: most deep
      // states have one child, and their failure states are shallow, so a step is a few loads.
      for (i++; i <= n && t >= dense; i++) {
        const d = i < n ? fold[text.charCodeAt(i)]! : BOUNDARY;
        flags |= d;
        let x = d & SYMBOL_MASK;
        if (x === SKIP) continue;
        if (x > SKIP) x = SPACE;
        for (;;) {
          let c = childStart[t]!;
          const end = childStart[t + 1]!;
          while (c < end && label[c] !== x) c++;
          if (c < end) {
            t = c;
            break;
          }
          // A repeated letter or boundary stays put (see automaton.ts).
          if (x === label[t] && x < DIGIT_0) break;
          t = fail[t]!;
          if (t < dense) {
            const e = delta[t * ALPHABET + x]!;
            t = (e < 0 ? -e : e) / ALPHABET;
            break;
          }
        }
        if (real[t]) return FIRED;
        if (reports[t]) spaced = SPACED;
      }
      i--;
    }
    s = t * ALPHABET;
  }
  return (flags & EXOTIC ? NON_ASCII : 0) | (flags & LEETISH ? HAS_LEET : 0) | spaced;
}

let pos = new Int32Array(1024);
let run = new Uint8Array(1024);
// Reporting states and their steps, checked after the loop when every run length is final.
let pendingState = new Int32Array(64);
let pendingStep = new Int32Array(64);

/** Appends hits to `out`; returns true when the text has spaced-out letters (k i l l) worth a joined pass. */
export function matchText(a: Automaton, phrases: PhraseTable, text: string, out: Hit[]): boolean {
  const n = text.length;
  if (pos.length < n + 2) {
    pos = new Int32Array(n + 1024);
    run = new Uint8Array(n + 1024);
  }
  const ps = pos;
  const rs = run;
  const reports = a.reports;
  let pending = 0;
  let at = 0;
  ps[0] = 0;
  rs[0] = 1;
  let s = step(a, 0, SPACE);
  let singles = 0;
  let lastSpace = 0;
  let spaced = false;
  for (let i = 0; i <= n; i++) {
    // One virtual boundary after the text closes the last word.
    let x = i < n ? symbolOf(text.charCodeAt(i)) : SPACE;
    if (x === SKIP) continue;
    if (x > SKIP) x = SPACE;
    const t = step(a, s, x);
    if (t === s) {
      if (rs[at]! < 255) rs[at]!++;
      continue;
    }
    at++;
    ps[at] = i;
    rs[at] = 1;
    s = t;
    if (reports[t]) {
      if (pending === pendingState.length) {
        pendingState = grow(pendingState);
        pendingStep = grow(pendingStep);
      }
      pendingState[pending] = t;
      pendingStep[pending++] = at;
    }
    if (x === SPACE) {
      if (at - lastSpace === 2) {
        if (++singles >= 3) spaced = true;
      } else singles = 0;
      lastSpace = at;
    }
  }
  for (let h = 0; h < pending; h++) {
    for (let r = pendingState[h]!; r >= 0; r = a.dictLink[r]!) {
      for (let k = a.outStart[r]!; k < a.outStart[r + 1]!; k++) {
        const hit = verify(phrases, text, a.outPhrases[k]!, pendingStep[h]!);
        if (hit) out.push(hit);
      }
    }
  }
  return spaced;
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function verify(phrases: PhraseTable, text: string, p: number, endStep: number): Hit | null {
  const { start: ps, runs, flags } = phrases;
  const from = ps[p]!;
  const len = ps[p + 1]! - from;
  const first = endStep - len + 1;
  for (let k = 0; k < len; k++) {
    const need = runs[from + k]!;
    if (need === 0) continue;
    const got = run[first + k]!;
    if (need === 1 ? got === 2 : got < 2) return null;
  }
  const f = flags[p]!;
  let start = pos[(f & LEAD) !== 0 ? first + 1 : first]!;
  let end: number;
  if ((f & TRAIL) !== 0) {
    end = pos[endStep]!;
  } else {
    end = pos[endStep]! + 1;
    while (end < text.length && symbolOf(text.charCodeAt(end)) !== SPACE) end++;
  }
  if ((f & LEAD) === 0) while (start > 0 && symbolOf(text.charCodeAt(start - 1)) !== SPACE) start--;
  while (end > start && symbolOf(text.charCodeAt(end - 1)) === SKIP) end--;
  return { phrase: p, start, end };
}
