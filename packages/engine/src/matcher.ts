// The hot loop: folds each character through FOLD and steps the automaton in the same pass.
// Repeated letters are self-loops in the table; their run lengths are kept per step so a
// phrase can insist on a doubled letter ("ass" is not "as", "good" is not "god").
import { ALPHABET, FOLD, SKIP, SPACE } from './alphabet.js';
import type { Automaton } from './automaton.js';
import { LEAD, type PhraseTable, TRAIL } from './compiled.js';

/** A phrase found in the scanned text, offsets in that text. */
export interface Hit {
  phrase: number;
  start: number;
  end: number;
}

let pos = new Int32Array(1024);
let run = new Uint8Array(1024);
let hitState = new Int32Array(64);
let hitStep = new Int32Array(64);

/** Appends hits to `out`; returns true when the text has spaced-out letters (k i l l) worth a joined pass. */
export function matchText(a: Automaton, phrases: PhraseTable, text: string, out: Hit[]): boolean {
  const n = text.length;
  if (pos.length < n + 2) {
    pos = new Int32Array(n + 1024);
    run = new Uint8Array(n + 1024);
  }
  // Locals, not module bindings, inside the hot loop.
  const delta = a.delta;
  const fold = FOLD;
  const ps = pos;
  const rs = run;
  let hitS = hitState;
  let hitT = hitStep;
  let hits = 0;
  let step = 0;
  pos[0] = 0;
  run[0] = 1;
  let s = delta[SPACE]!;
  if (s < 0) s = -s;
  let singles = 0;
  let lastSpace = 0;
  let spaced = false;
  for (let i = 0; i <= n; i++) {
    // One virtual boundary after the text closes the last word.
    const x = i < n ? fold[text.charCodeAt(i)]! : SPACE;
    if (x === SKIP) continue;
    let t = delta[s + x]!;
    if (t < 0) {
      t = -t;
      if (t === s) {
        if (rs[step]! < 255) rs[step]!++;
        continue;
      }
      step++;
      if (hits === hitS.length) {
        const grownS = new Int32Array(hits * 2);
        grownS.set(hitS);
        hitS = grownS;
        hitState = grownS;
        const grownT = new Int32Array(hits * 2);
        grownT.set(hitT);
        hitT = grownT;
        hitStep = grownT;
      }
      hitS[hits] = t;
      hitT[hits] = step;
      hits++;
    } else if (t === s) {
      if (rs[step]! < 255) rs[step]!++;
      continue;
    } else {
      step++;
    }
    ps[step] = i;
    rs[step] = 1;
    s = t;
    if (x === SPACE) {
      if (step - lastSpace === 2) {
        if (++singles >= 3) spaced = true;
      } else singles = 0;
      lastSpace = step;
    }
  }
  for (let h = 0; h < hits; h++) report(a, phrases, text, hitState[h]! / ALPHABET, hitStep[h]!, out);
  return spaced;
}

function report(
  a: Automaton,
  phrases: PhraseTable,
  text: string,
  state: number,
  endStep: number,
  out: Hit[],
): void {
  for (let s = state; s >= 0; s = a.dictLink[s]!) {
    for (let k = a.outStart[s]!; k < a.outStart[s + 1]!; k++) {
      const p = a.outPhrases[k]!;
      const hit = verify(phrases, text, p, endStep);
      if (hit) out.push(hit);
    }
  }
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
    while (end < text.length && FOLD[text.charCodeAt(end)] !== SPACE) end++;
  }
  if ((f & LEAD) === 0) while (start > 0 && FOLD[text.charCodeAt(start - 1)] !== SPACE) start--;
  while (end > start && FOLD[text.charCodeAt(end - 1)] === SKIP) end--;
  return { phrase: p, start, end };
}
