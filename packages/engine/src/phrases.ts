// Turns expanded pattern words into canonical symbol strings, deduplicated into a phrase table.

import { isLetter, patternSymbol, SPACE } from './alphabet.js';
import { type Chain, LEAD, type PhraseTable, TRAIL } from './compiled.js';
import { expand, expandPiece, PatternError, parsePattern, splitPattern, type Word } from './pattern.js';
import { partsFrequency, rarestWindow, triggerRange } from './rarity.js';

/** Largest number of phrases one piece of a pattern may expand to before it is split. */
const MAX_PIECE = 96;

// A stem inside a phrase ("suicid* thoughts") cannot be a trie wildcard, so it expands into the
// common English endings instead; a stem on the last word is a true prefix match.
const ENDINGS = [
  '',
  's',
  'e',
  'es',
  'ed',
  'd',
  'ing',
  'in',
  'er',
  'ers',
  'y',
  'ies',
  'ied',
  'al',
  'ally',
  'ly',
  'ist',
  'ists',
  'ism',
  'ic',
  'ous',
  'ness',
  'ment',
  'ion',
  'ions',
  'ive',
  'a',
  'o',
  'ah',
  'z',
];

/** Throws PatternError when a pattern is malformed or uses characters the engine cannot match. */
export function checkPattern(source: string): void {
  new PhraseBuilder().addChain(source);
}

const LEET_DIGIT = /[013457]/g;
const LEET_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * A pattern word mixing letters and leet digits ("bet365", "b4", "pr0n") is stored as written
 * (matched by the literal reading) and with the digits as letters (matched by the leet channel,
 * which reads every leet digit of a word holding a letter as that letter).
 */
function expandLeet(words: Word[]): Word[][] {
  const k = words.findIndex((w) => /\p{L}/u.test(w.text) && /[013457]/.test(w.text));
  if (k < 0) return [words];
  const read = { ...words[k]!, text: words[k]!.text.replace(LEET_DIGIT, (d) => LEET_LETTER[d]!) };
  const rest = expandLeet(words.slice(k + 1));
  return rest.flatMap((tail) => [
    [...words.slice(0, k), words[k]!, ...tail],
    [...words.slice(0, k), read, ...tail],
  ]);
}

/** Trigger phrases gating a list, with their summed estimated frequency in ordinary text. */
export interface Gate {
  ids: Set<number>;
  cost: number;
}

export class PhraseBuilder {
  private readonly index = new Map<string, number>();
  private readonly syms: number[] = [];
  private readonly runs: number[] = [];
  private readonly flags: number[] = [];
  private readonly starts: number[] = [0];
  readonly list: Uint8Array[] = [];

  get size(): number {
    return this.list.length;
  }

  /**
   * Adds a pattern as a chain of pieces. Throws PatternError. The triggers are the expansions of
   * the run of pattern parts rarest in ordinary English: "(he|she) (was|is) (18|19|...)" is gated
   * on "he was 18", not on "he was". The anchor (where chain matching starts) is the rarest piece.
   */
  addChain(source: string, gate?: Gate): Chain {
    const split = splitPattern(source, MAX_PIECE);
    let anchor = 0;
    let best = Number.POSITIVE_INFINITY;
    const pieces = split.map((piece, k) => {
      const ids = new Set<number>();
      for (const words of expandPiece(piece, source, k === 0)) {
        for (const variant of expandInnerStems(words).flatMap(expandLeet)) {
          ids.add(this.addWords(variant, source, 0, variant.length));
        }
      }
      const f = partsFrequency(piece, source);
      if (f < best) {
        best = f;
        anchor = k;
      }
      return [...ids];
    });
    if (!gate) return { pieces, anchor };
    const nodes = parsePattern(source);
    const range = triggerRange(nodes, source);
    for (const words of expand(nodes.slice(range.from, range.to), source)) {
      if (words.length === 0) continue;
      // Each phrase of the range is gated on its own rarest run of up to three words, so a long
      // range costs few states: "down a bottle of vodka" is gated on "vodka".
      const w = rarestWindow(words);
      const window = words.slice(w.from, w.to);
      for (const variant of expandInnerStems(window).flatMap(expandLeet)) {
        const id = this.addWords(variant, source, 0, variant.length);
        if (!gate.ids.has(id)) {
          gate.ids.add(id);
          gate.cost += w.frequency;
        }
      }
    }
    return { pieces, anchor };
  }

  /** Adds words[from, to) as a phrase; the ends are word boundaries unless a wildcard is there. */
  private addWords(words: Word[], source: string, from: number, to: number): number {
    const syms: number[] = [];
    const runs: number[] = [];
    const lead = !words[from]!.suffix;
    const trail = !words[to - 1]!.stem;
    if (lead) {
      syms.push(SPACE);
      runs.push(0);
    }
    for (let k = from; k < to; k++) {
      const w = words[k]!;
      if (k > from) {
        syms.push(SPACE);
        runs.push(0);
      }
      for (const ch of w.text) {
        const sym = patternSymbol(ch);
        if (sym < 0) throw new PatternError(`unsupported character '${ch}' in '${source}'`);
        const last = syms.length - 1;
        if (isLetter(sym) && syms[last] === sym && syms.length > (lead ? 1 : 0) && runs[last]! > 0) {
          runs[last] = 2;
        } else {
          syms.push(sym);
          runs.push(isLetter(sym) ? 1 : 0);
        }
      }
    }
    if (trail) {
      syms.push(SPACE);
      runs.push(0);
    }
    const key = String.fromCharCode(...syms) + String.fromCharCode(...runs);
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const id = this.list.length;
    this.index.set(key, id);
    this.list.push(Uint8Array.from(syms));
    for (const x of syms) this.syms.push(x);
    for (const r of runs) this.runs.push(r);
    this.flags.push((lead ? LEAD : 0) | (trail ? TRAIL : 0));
    this.starts.push(this.syms.length);
    return id;
  }

  table(): PhraseTable {
    return {
      start: Int32Array.from(this.starts),
      syms: Uint8Array.from(this.syms),
      runs: Uint8Array.from(this.runs),
      flags: Uint8Array.from(this.flags),
    };
  }
}

function expandInnerStems(words: Word[]): Word[][] {
  let acc: Word[][] = [[]];
  words.forEach((w, k) => {
    const inner = w.stem && k < words.length - 1;
    const forms = inner ? ENDINGS.map((e) => ({ text: w.text + e, stem: false, suffix: w.suffix })) : [w];
    acc = acc.flatMap((a) => forms.map((f) => [...a, f]));
  });
  return acc;
}
