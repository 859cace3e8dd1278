// Turns expanded pattern words into canonical symbol strings, deduplicated into a phrase table.

import { isLetter, patternSymbol, SPACE } from './alphabet.js';
import { COMMON_WORDS } from './common.js';
import { type Chain, LEAD, type PhraseTable, TRAIL } from './compiled.js';
import { expandPiece, PatternError, splitPattern, type Word } from './pattern.js';

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

const LEET_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

export class PhraseBuilder {
  private readonly index = new Map<string, number>();
  private readonly syms: number[] = [];
  private readonly runs: number[] = [];
  private readonly flags: number[] = [];
  private readonly starts: number[] = [0];
  readonly list: Uint8Array[] = [];
  /** Letters outside common words, per phrase (a common word counts a tenth). */
  readonly rarity: number[] = [];

  get size(): number {
    return this.list.length;
  }

  /** Adds a pattern as a chain of pieces. Throws PatternError. */
  addChain(source: string): Chain {
    const pieces = splitPattern(source, MAX_PIECE).map((piece, k) => {
      const ids = new Set<number>();
      for (const words of expandPiece(piece, source, k === 0)) {
        for (const variant of expandInnerStems(words)) ids.add(this.addWords(variant, source));
      }
      return [...ids];
    });
    // The anchor (the piece scanned on every text) is the one whose weakest phrase has the most
    // letters outside the common words: the rarest trigger.
    let anchor = 0;
    let best = -1;
    pieces.forEach((ids, k) => {
      const weakest = Math.min(...ids.map((id) => this.rarity[id]!));
      if (weakest > best) {
        best = weakest;
        anchor = k;
      }
    });
    return { pieces, anchor };
  }

  /** Adds every phrase a pattern expands to, as one flat set (cues, allow-lists). */
  addPattern(source: string): number[] {
    const ids = new Set<number>();
    for (const words of expandPiece(splitPattern(source, Number.POSITIVE_INFINITY)[0]!, source, true)) {
      for (const variant of expandInnerStems(words)) ids.add(this.addWords(variant, source));
    }
    return [...ids];
  }

  private addWords(words: Word[], source: string): number {
    const syms: number[] = [];
    const runs: number[] = [];
    const lead = !words[0]!.suffix;
    const trail = !words[words.length - 1]!.stem;
    if (lead) {
      syms.push(SPACE);
      runs.push(0);
    }
    words.forEach((w, k) => {
      if (k > 0) {
        syms.push(SPACE);
        runs.push(0);
      }
      // A leet digit after a letter ("r3tard", "pr0n", "b4") is stored as the letter: the scan
      // reads a digit after a letter as a letter first, so both sides agree.
      const text = w.text.replace(/(?<=\p{L}[013457]*)[013457]/gu, (d) => LEET_LETTER[d]!);
      for (const ch of text) {
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
    });
    if (trail) {
      syms.push(SPACE);
      runs.push(0);
    }
    const key = `${syms.join(',')}|${runs.join('')}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const id = this.list.length;
    this.index.set(key, id);
    this.list.push(Uint8Array.from(syms));
    this.rarity.push(
      words.reduce((n, w) => n + (COMMON_WORDS.has(w.text) ? w.text.length / 10 : w.text.length), 0),
    );
    this.syms.push(...syms);
    this.runs.push(...runs);
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
