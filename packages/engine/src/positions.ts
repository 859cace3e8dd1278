// Patterns as position automata (Glushkov): every word of a pattern is a position; a match is a
// path from a first position through follow links to a final one, one text word per position.
// No pattern is expanded into its phrases, so `(13 subjects) [(9 fillers)] (16 insults)` costs
// 38 positions, not 3,000 phrases, and compiling stays linear in the size of the rules.
import { checkWord, type Node, PatternError, parsePattern, type Word } from './pattern.js';
import { txtSpellings } from './spellings.js';
import { EXACT, PREFIX, SUFFIX, type TermBuilder } from './terms.js';

export interface Positions {
  /** Term of position p. */
  term: Int32Array;
  /**
   * Positions that may follow p, in term order: follow[followStart[s]..followStart[s+1]) where
   * s = followSet[p]. Positions with the same followers share one list: every word of a long
   * alternation is followed by the same words, and stored once that is a + b links, not a x b.
   */
  followSet: Int32Array;
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
 * Keys every match of a part contains (see trigger.ts), with the estimated share of ordinary
 * texts that hold one: the fast path looks for the cheapest such set. A match holds one of
 * `keys`, or both halves of one of `conj` (words from two different parts of the pattern).
 */
export interface Cut {
  keys: number[];
  conj: [number[], number[]][];
  cost: number;
  /** A plain key set (no conjunction) every match also holds, and its share: for combining. */
  flat: number[];
  flatCost: number;
  pairs: boolean;
  /** Affix key kinds used (terms.ts affixBit). */
  affixes: number;
}

/**
 * A priced cut whose keys are built only if it is chosen: a chain weighs many candidates and
 * keeps one, and building the keys of word pairs is the costly part of compiling.
 */
export interface Plan {
  cost: number;
  /** The share of the plain key set the cut would give a conjunction (see Cut.flat). */
  flatCost: number;
  build(): Cut;
}

const planOf = (cut: Cut): Plan => ({ cost: cut.cost, flatCost: cut.flatCost, build: () => cut });

/** How the compiler prices terms and word pairs as trigger keys. */
export interface CutModel {
  unigram(term: number): Cut;
  /** A cut across the joint of two adjacent parts (their last and first terms). */
  joint(lefts: Set<number>, rights: Set<number>): Plan;
}

/** A part of a pattern: where a match of it can start and end, whether it can be empty, its cheapest cut. */
export interface Part {
  first: number[];
  last: number[];
  nullable: boolean;
  cut: Cut | null;
  /** The alternatives, when the part is a choice: a joint with the next part is cut per alternative. */
  choices?: Part[];
}

const EMPTY: Part = { first: [], last: [], nullable: true, cut: null };
/** Word pairs one cut may hold before a single word is preferred. */
const MAX_PAIRS = 2048;
/**
 * Two parts of one pattern are not independent (a text about knives mentions school more
 * often than chance says), so a conjunction's share is the product of its halves times this.
 */
const CORRELATION = 5;

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

  /** Set while adding a pattern whose cut is wanted. */
  private cutting: CutModel | null = null;

  /** Adds a pattern; returns its id and, when `withCut` (and the builder has a model), its cheapest cut. */
  add(source: string, withCut = false): { id: number; cut: Cut | null } {
    this.cutting = withCut ? this.model : null;
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

  /** A pattern word's readings as (kind, term) sequences, worked out once per distinct word. */
  private readonly words = new Map<string, { kind: number; term: number }[][]>();

  private readings(raw: string, source: string): { kind: number; term: number }[][] {
    const known = this.words.get(raw);
    if (known) return known;
    const out: { kind: number; term: number }[][] = [];
    const add = (words: Word[]): void => {
      out.push(
        words.map((w) => {
          const kind = w.stem ? PREFIX : w.suffix ? SUFFIX : EXACT;
          return { kind, term: this.terms.add(kind, w.text, source) };
        }),
      );
    };
    for (const words of checkWord(raw, source)) {
      add(words);
      // Each plain word also as pupils spell it in txt (wiv, 2nite, hurtin, stabed).
      words.forEach((w, k) => {
        if (w.stem || w.suffix) return;
        for (const form of txtSpellings(w.text))
          add(words.map((x, j) => (j === k ? { ...x, text: form } : x)));
      });
      // A word mixing letters and leet digits ("pr0n", "b4") is also stored with the digits
      // read as letters, as the text's leet channel reads them.
      if (words.some((w) => /[013457]/.test(w.text) && /\p{L}/u.test(w.text)))
        add(words.map((w) => ({ ...w, text: w.text.replace(LEET_DIGIT, (d) => LEET_LETTER[d]!) })));
    }
    this.words.set(raw, out);
    return out;
  }

  private position(kind: number, term: number, id: number): Part {
    const p = this.term.length;
    this.term.push(term);
    this.kinds.push(kind);
    this.follows.push([]);
    this.owner.push(id);
    this.final.push(0);
    const one = [p];
    return { first: one, last: one, nullable: false, cut: this.cutting?.unigram(term) ?? null };
  }

  private node(n: Node, source: string, id: number): Part {
    if (n.kind === 'word') {
      const options = this.readings(n.word, source).map((seq) =>
        seq.length === 1
          ? this.position(seq[0]!.kind, seq[0]!.term, id)
          : this.chain(seq.map((w) => this.position(w.kind, w.term, id))),
      );
      return union(options);
    }
    if (n.kind === 'alt') return union(n.options.map((o) => this.nodes(o, source, id)));
    return { ...this.nodes(n.body, source, id), nullable: true, cut: null };
  }

  private nodes(ns: Node[], source: string, id: number): Part {
    return this.chain(ns.map((n) => this.node(n, source, id)));
  }

  /**
   * Parts one after another; the cut is the cheapest of: any required part's cut, the word
   * pairs across two adjacent required parts, or two such cuts over different parts together.
   */
  private chain(parts: Part[]): Part {
    const whole = parts.reduce((a, b) => this.concat(a, b), EMPTY);
    if (!this.cutting || whole.nullable) return whole;
    const options: { plan: Plan; from: number; to: number }[] = [];
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part.nullable) continue;
      if (part.cut) options.push({ plan: planOf(part.cut), from: k, to: k });
      const next = parts[k + 1];
      if (!next || next.nullable) continue;
      const pairs = this.pairCut(part, next);
      if (pairs) options.push({ plan: pairs, from: k, to: k + 1 });
    }
    let best: Plan | null = null;
    let conj: [Plan, Plan] | null = null;
    for (const o of options) if (!best || o.plan.cost < best.cost) best = o.plan;
    let bestCost = best?.cost ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < options.length; i++) {
      const a = options[i]!;
      for (let j = i + 1; j < options.length; j++) {
        const b = options[j]!;
        if (b.from <= a.to) continue;
        const cost = conjunctionCost(a.plan, b.plan);
        if (cost >= bestCost) continue;
        conj = [a.plan, b.plan];
        bestCost = cost;
      }
    }
    const cut = conj ? conjunction(conj[0].build(), conj[1].build()) : (best?.build() ?? null);
    return { ...whole, cut };
  }

  private pairCut(a: Part, b: Part): Plan | null {
    if (a.last.length * b.first.length > MAX_PAIRS * 4) return null;
    const rights = new Set(b.first.map((p) => this.term[p]!));
    const lefts = new Set(a.last.map((p) => this.term[p]!));
    if (lefts.size * rights.size > MAX_PAIRS) return null;
    const whole = this.cutting!.joint(lefts, rights);
    if (!a.choices || a.choices.some((c) => c.nullable || !c.cut)) return whole;
    // Per alternative: its own cut ("knock out" as a pair) or its joint with the next part
    // ("smash" + "him"), whichever is rarer.
    const per: Plan[] = [];
    let cost = 0;
    let flatCost = 0;
    for (const choice of a.choices) {
      const own = planOf(choice.cut!);
      const joint = this.cutting!.joint(new Set(choice.last.map((p) => this.term[p]!)), rights);
      const pick = joint.cost < own.cost ? joint : own;
      per.push(pick);
      cost += pick.cost;
      flatCost += pick.flatCost;
    }
    if (whole.cost <= cost) return whole;
    return {
      cost: Math.min(1, cost),
      flatCost: Math.min(1, flatCost),
      build: () => merge(per.map((x) => x.build())),
    };
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
    const followSet = new Int32Array(n);
    const starts: number[] = [0];
    const flat: number[] = [];
    const term = this.term;
    const sets = new Map<string, number>();
    for (let p = 0; p < n; p++) {
      // Sorted by term, so the matcher can binary-search long lists for a word's terms
      // (match.ts LINEAR_FOLLOW), and so equal lists are spelt alike and stored once.
      const seen = this.follows[p]!.sort((a, b) => term[a]! - term[b]! || a - b);
      const list = seen.filter((q, i) => i === 0 || q !== seen[i - 1]);
      const key = list.join(',');
      let set = sets.get(key);
      if (set === undefined) {
        set = starts.length - 1;
        sets.set(key, set);
        for (const q of list) flat.push(q);
        starts.push(flat.length);
      }
      followSet[p] = set;
    }
    const followStart = Int32Array.from(starts);
    const firstStart = new Int32Array(this.firsts.length + 1);
    const first: number[] = [];
    this.firsts.forEach((f, k) => {
      for (const p of f) first.push(p);
      firstStart[k + 1] = first.length;
    });
    return {
      term: Int32Array.from(this.term),
      followSet,
      followStart,
      follow: Int32Array.from(flat),
      pattern: Int32Array.from(this.owner),
      final: Uint8Array.from(this.final),
      firstStart,
      first: Int32Array.from(first),
    };
  }
}

/**
 * A conjunction's halves are looked up wherever they occur, fired or not: each occurrence costs
 * a table probe, about this fraction of what sending a text to the full matcher costs.
 */
const PROBE_COST = 0.005;

export const conjunctionCost = (a: { flatCost: number }, b: { flatCost: number }): number =>
  Math.min(1, a.flatCost * b.flatCost * CORRELATION + PROBE_COST * (a.flatCost + b.flatCost));

/** Both cuts at once (they cover different words of every match). */
export function conjunction(a: Cut, b: Cut): Cut {
  const cheaper = a.flatCost <= b.flatCost ? a : b;
  return {
    keys: [],
    conj: [[a.flat, b.flat]],
    cost: conjunctionCost(a, b),
    flat: cheaper.flat,
    flatCost: cheaper.flatCost,
    pairs: a.pairs || b.pairs,
    affixes: a.affixes | b.affixes,
  };
}

/** Any one of the parts; its cut holds a cut of each. */
function union(parts: Part[]): Part {
  if (parts.length === 1) return parts[0]!;
  const first: number[] = [];
  const last: number[] = [];
  let nullable = false;
  let cutless = false;
  for (const p of parts) {
    for (const x of p.first) first.push(x);
    for (const x of p.last) last.push(x);
    if (p.nullable) nullable = true;
    if (p.cut === null) cutless = true;
  }
  return {
    first,
    last,
    nullable,
    cut: nullable || cutless ? null : merge(parts.map((p) => p.cut!)),
    choices: parts,
  };
}

/** Any one of the cuts: a match of any holds a key of its own. */
export function merge(cuts: Cut[]): Cut {
  // Keys may repeat: the trigger table keeps each once.
  const keys: number[] = [];
  const flat: number[] = [];
  let cost = 0;
  let flatCost = 0;
  for (const c of cuts) {
    for (const k of c.keys) keys.push(k);
    for (const k of c.flat) flat.push(k);
    cost += c.cost;
    flatCost += c.flatCost;
  }
  return {
    keys,
    conj: cuts.flatMap((c) => c.conj),
    cost: Math.min(1, cost),
    flat,
    flatCost: Math.min(1, flatCost),
    pairs: cuts.some((c) => c.pairs),
    affixes: cuts.reduce((m, c) => m | c.affixes, 0),
  };
}
