// Patterns as position automata (Glushkov): every word of a pattern is a position; a match is a
// path from a first position through follow links to a final one, one text word per position.
// No pattern is expanded into its phrases, so `(13 subjects) [(9 fillers)] (16 insults)` costs
// 38 positions, not 3,000 phrases, and compiling stays linear in the size of the rules.
import { checkWord, type Node, PatternError, parsePattern, type Word } from './pattern.js';
import { EXACT, PREFIX, SUFFIX, type TermBuilder } from './terms.js';

export interface Positions {
  /** Term of position p. */
  term: Int32Array;
  /** Positions that may follow p: follow[followStart[p]..followStart[p+1]). */
  followStart: Int32Array;
  follow: Int32Array;
  /** Pattern owning position p. */
  pattern: Int32Array;
  /** 1 when a match may end at p. */
  final: Uint8Array;
  /** First positions of pattern k: first[firstStart[k]..firstStart[k+1]). */
  firstStart: Int32Array;
  first: Int32Array;
}

/**
 * Keys every match of a part contains (see trigger.ts), with their estimated frequency in
 * ordinary text: the fast path looks for the cheapest such set.
 */
export interface Cut {
  keys: number[];
  cost: number;
  pairs: boolean;
  /** Affix key kinds used (trigger.ts P3, P4, S3, S4). */
  affixes: number;
}

/** How the compiler prices terms and word pairs as trigger keys. */
export interface CutModel {
  unigram(term: number): Cut;
  /** null when the pair cannot be a key (a wildcard on either side). */
  pair(a: number, b: number): Cut | null;
}

/** A part of a pattern: where a match of it can start and end, whether it can be empty, its cheapest cut. */
export interface Part {
  first: number[];
  last: number[];
  nullable: boolean;
  cut: Cut | null;
}

const EMPTY: Part = { first: [], last: [], nullable: true, cut: null };
/** Word pairs one cut may hold before a single word is preferred. */
const MAX_PAIRS = 256;

const LEET_DIGIT = /[013457]/g;
const LEET_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

export class PositionBuilder {
  private readonly terms: TermBuilder;
  private readonly model: CutModel | null;
  readonly term: number[] = [];
  private readonly follows: number[][] = [];
  private readonly owner: number[] = [];
  private readonly final: number[] = [];
  private readonly firsts: number[][] = [];

  constructor(terms: TermBuilder, model: CutModel | null = null) {
    this.terms = terms;
    this.model = model;
  }

  get patterns(): number {
    return this.firsts.length;
  }

  /** Adds a pattern; returns its id and its cheapest cut (when the builder has a cut model). */
  add(source: string): { id: number; cut: Cut | null } {
    if (typeof source !== 'string' || source.trim() === '') throw new PatternError('empty pattern');
    if (source !== source.trim()) throw new PatternError(`leading or trailing space in '${source}'`);
    const nodes = parsePattern(source);
    const id = this.firsts.length;
    const from = this.term.length;
    const whole = this.nodes(nodes, source, id);
    if (whole.nullable) throw new PatternError(`'${source}' can match nothing (all optional)`);
    const starts = new Set(whole.first);
    for (let p = from; p < this.term.length; p++) {
      if (this.kinds[p] === SUFFIX && !starts.has(p))
        throw new PatternError(`'${source}': a suffix wildcard only on the first word`);
    }
    for (const p of whole.last) this.final[p] = 1;
    this.firsts.push([...starts]);
    return { id, cut: whole.cut };
  }

  private readonly kinds: number[] = [];

  private position(w: Word, source: string, id: number): Part {
    const kind = w.stem ? PREFIX : w.suffix ? SUFFIX : EXACT;
    const p = this.term.length;
    this.term.push(this.terms.add(kind, w.text, source));
    this.kinds.push(kind);
    this.follows.push([]);
    this.owner.push(id);
    this.final.push(0);
    return { first: [p], last: [p], nullable: false, cut: this.model?.unigram(this.term[p]!) ?? null };
  }

  private sequence(words: Word[], source: string, id: number): Part {
    return this.chain(words.map((w) => this.position(w, source, id)));
  }

  private node(n: Node, source: string, id: number): Part {
    if (n.kind === 'word') {
      const options: Part[] = [];
      for (const words of checkWord(n.word, source)) {
        options.push(this.sequence(words, source, id));
        // A word mixing letters and leet digits ("pr0n", "b4") is also stored with the digits
        // read as letters, as the text's leet channel reads them.
        const k = words.findIndex((w) => /\p{L}/u.test(w.text) && /[013457]/.test(w.text));
        if (k >= 0) {
          const read = words.map((w) => ({ ...w, text: w.text.replace(LEET_DIGIT, (d) => LEET_LETTER[d]!) }));
          options.push(this.sequence(read, source, id));
        }
      }
      return union(options);
    }
    if (n.kind === 'alt') return union(n.options.map((o) => this.nodes(o, source, id)));
    return { ...this.nodes(n.body, source, id), nullable: true, cut: null };
  }

  private nodes(ns: Node[], source: string, id: number): Part {
    return this.chain(ns.map((n) => this.node(n, source, id)));
  }

  /** Parts one after another; the cut is the cheapest of any required part or adjacent pair. */
  private chain(parts: Part[]): Part {
    const whole = parts.reduce((a, b) => this.concat(a, b), EMPTY);
    if (!this.model || whole.nullable) return whole;
    let best: Cut | null = null;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part.nullable) continue;
      if (part.cut && (!best || part.cut.cost < best.cost)) best = part.cut;
      const next = parts[k + 1];
      if (!next || next.nullable) continue;
      const pairs = this.pairCut(part, next);
      if (pairs && (!best || pairs.cost < best.cost)) best = pairs;
    }
    return { ...whole, cut: best };
  }

  private pairCut(a: Part, b: Part): Cut | null {
    const lefts = new Set(a.last.map((p) => this.term[p]!));
    const rights = new Set(b.first.map((p) => this.term[p]!));
    if (lefts.size * rights.size > MAX_PAIRS) return null;
    const cuts: Cut[] = [];
    for (const x of lefts) {
      for (const y of rights) {
        const c = this.model!.pair(x, y);
        if (!c) return null;
        cuts.push(c);
      }
    }
    return merge(cuts);
  }

  private concat(a: Part, b: Part): Part {
    for (const p of a.last) for (const q of b.first) this.follows[p]!.push(q);
    return {
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...a.last, ...b.last] : b.last,
      nullable: a.nullable && b.nullable,
      cut: null,
    };
  }

  build(): Positions {
    const n = this.term.length;
    const followStart = new Int32Array(n + 1);
    const flat: number[] = [];
    for (let p = 0; p < n; p++) {
      const seen = this.follows[p]!;
      const uniq = seen.length > 1 ? [...new Set(seen)] : seen;
      for (const q of uniq) flat.push(q);
      followStart[p + 1] = flat.length;
    }
    const firstStart = new Int32Array(this.firsts.length + 1);
    const first: number[] = [];
    this.firsts.forEach((f, k) => {
      for (const p of f) first.push(p);
      firstStart[k + 1] = first.length;
    });
    return {
      term: Int32Array.from(this.term),
      followStart,
      follow: Int32Array.from(flat),
      pattern: Int32Array.from(this.owner),
      final: Uint8Array.from(this.final),
      firstStart,
      first: Int32Array.from(first),
    };
  }
}

/** Any one of the parts; its cut holds a cut of each. */
function union(parts: Part[]): Part {
  if (parts.length === 1) return parts[0]!;
  const nullable = parts.some((p) => p.nullable);
  const cuts = parts.map((p) => p.cut);
  return {
    first: parts.flatMap((p) => p.first),
    last: parts.flatMap((p) => p.last),
    nullable,
    cut: nullable || cuts.some((c) => c === null) ? null : merge(cuts as Cut[]),
  };
}

function merge(cuts: Cut[]): Cut {
  const keys = new Set<number>();
  let cost = 0;
  for (const c of cuts) {
    for (const k of c.keys) keys.add(k);
    cost += c.cost;
  }
  return {
    keys: [...keys],
    cost,
    pairs: cuts.some((c) => c.pairs),
    affixes: cuts.reduce((m, c) => m | c.affixes, 0),
  };
}
