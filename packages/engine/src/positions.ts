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
 * Trigger keys as a tree of lists: merging cuts nests their lists rather than copying them, so
 * a cut costs the same whatever it is built from, and only the cuts the compiler keeps are ever
 * flattened (forEachKey, in order, repeats included).
 */
export type Keys = number | readonly Keys[];

/** Calls fn on every key of the tree, depth first, in order. */
export function forEachKey(keys: Keys, fn: (key: number) => void): void {
  if (typeof keys === 'number') fn(keys);
  else for (const k of keys) forEachKey(k, fn);
}

/**
 * Keys every match of a part contains (see trigger.ts), with the estimated share of ordinary
 * texts that hold one: the fast path looks for the cheapest such set. A match holds one of
 * `keys`, or both halves of one of `conj` (words from two different parts of the pattern).
 */
export interface Cut {
  keys: Keys;
  conj: readonly (readonly [Keys, Keys])[];
  cost: number;
  /** A plain key set (no conjunction) every match also holds, and its share: for combining. */
  flat: Keys;
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
  first: readonly number[];
  last: readonly number[];
  nullable: boolean;
  cut: Cut | null;
  /** The alternatives, when the part is a choice: a joint with the next part is cut per alternative. */
  choices?: Part[];
}

const NONE: readonly number[] = [];
const EMPTY: Part = { first: NONE, last: NONE, nullable: true, cut: null };
/** Word pairs one cut may hold before a single word is preferred. */
const MAX_PAIRS = 2048;
/**
 * Two parts of one pattern are not independent (a text about knives mentions school more
 * often than chance says), so a conjunction's share is the product of its halves times this.
 */
const CORRELATION = 5;

const LEET_DIGIT = /[013457]/g;
const LEET_LETTER: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

/**
 * One pattern compiled in its own numbering (its positions from 0). Placing it adds an offset,
 * so a pattern that recurs in the rules (lexicons make many) is worked out once.
 */
interface Template {
  term: Int32Array;
  final: Uint8Array;
  /** First positions, each once, in the order the pattern gives them. */
  first: Int32Array;
  /** Per position: its follow list among the template's own lists, or -1 when nothing follows. */
  followOf: Int32Array;
  /** List s is list[listStart[s]..listStart[s+1]), numbered in order of first use. */
  listStart: Int32Array;
  list: Int32Array;
  cut: Cut | null;
}

/** A pattern word's readings as (kind, term) sequences. */
type Reading = { kind: number; term: number }[];

/**
 * What two builders over the same terms and model can share: a word's readings, and the
 * template of each pattern source (with or without its cut).
 */
export class PatternCache {
  readonly words = new Map<string, Reading[]>();
  readonly plain = new Map<string, Template>();
  readonly cut = new Map<string, Template>();
}

export class PositionBuilder {
  private readonly terms: TermBuilder;
  private readonly model: CutModel | null;
  private readonly cache: PatternCache;
  /** The automaton so far, pattern after pattern (see Positions). */
  private readonly term: number[] = [];
  private readonly owner: number[] = [];
  private readonly final: number[] = [];
  private readonly followSet: number[] = [];
  private readonly followStart: number[] = [0];
  private readonly follow: number[] = [];
  private readonly firstStart: number[] = [0];
  private readonly first: number[] = [];
  /** The one list of positions with no followers, shared by all patterns; -1 until used. */
  private emptySet = -1;

  constructor(terms: TermBuilder, model: CutModel | null = null, cache = new PatternCache()) {
    this.terms = terms;
    this.model = model;
    this.cache = cache;
  }

  get patterns(): number {
    return this.firstStart.length - 1;
  }

  /** Adds a pattern; returns its id and, when `withCut` (and the builder has a model), its cheapest cut. */
  add(source: string, withCut = false): { id: number; cut: Cut | null } {
    const cutting = withCut ? this.model : null;
    const templates = cutting ? this.cache.cut : this.cache.plain;
    let t = typeof source === 'string' ? templates.get(source) : undefined;
    if (!t) {
      t = new TemplateBuilder(this.terms, cutting, this.cache.words).compile(source);
      templates.set(source, t);
    }
    return { id: this.place(t), cut: t.cut };
  }

  /** Appends a template's positions, follow lists and first positions; returns the pattern id. */
  private place(t: Template): number {
    const id = this.firstStart.length - 1;
    const from = this.term.length;
    const n = t.term.length;
    // Template list -> this builder's list, set on first use (lists are numbered in that order).
    const lists = new Int32Array(t.listStart.length - 1);
    let placed = 0;
    for (let p = 0; p < n; p++) {
      this.term.push(t.term[p]!);
      this.owner.push(id);
      this.final.push(t.final[p]!);
      const s = t.followOf[p]!;
      if (s < 0) {
        if (this.emptySet < 0) this.emptySet = this.newSet();
        this.followSet.push(this.emptySet);
        continue;
      }
      if (s === placed) {
        for (let j = t.listStart[s]!; j < t.listStart[s + 1]!; j++) this.follow.push(t.list[j]! + from);
        lists[placed++] = this.newSet();
      }
      this.followSet.push(lists[s]!);
    }
    for (const p of t.first) this.first.push(p + from);
    this.firstStart.push(this.first.length);
    return id;
  }

  /** Closes the follow list just appended; returns its id. */
  private newSet(): number {
    this.followStart.push(this.follow.length);
    return this.followStart.length - 2;
  }

  build(): Positions {
    return {
      term: Int32Array.from(this.term),
      followSet: Int32Array.from(this.followSet),
      followStart: Int32Array.from(this.followStart),
      follow: Int32Array.from(this.follow),
      pattern: Int32Array.from(this.owner),
      final: Uint8Array.from(this.final),
      firstStart: Int32Array.from(this.firstStart),
      first: Int32Array.from(this.first),
    };
  }
}

/**
 * Compiles one pattern into a template: parses it, gives each word (reading) a position, links
 * the positions and, when cutting, prices its cuts. Follow links are recorded as "position p is
 * followed by the first positions of that part" (one record per p, not one per link), and turned
 * into sorted, shared lists at the end.
 */
class TemplateBuilder {
  private readonly term: number[] = [];
  private readonly kinds: number[] = [];
  /** Follow records: position refFrom[i] is followed by every position of lists[refList[i]]. */
  private readonly refFrom: number[] = [];
  private readonly refList: number[] = [];
  private readonly lists: (readonly number[])[] = [];

  constructor(
    private readonly terms: TermBuilder,
    private readonly cutting: CutModel | null,
    private readonly words: Map<string, Reading[]>,
  ) {}

  compile(source: string): Template {
    if (typeof source !== 'string' || source.trim() === '') throw new PatternError('empty pattern');
    if (source !== source.trim()) throw new PatternError(`leading or trailing space in '${source}'`);
    const whole = this.nodes(parsePattern(source), source);
    if (whole.nullable) throw new PatternError(`'${source}' can match nothing (all optional)`);
    const starts = new Set(whole.first);
    for (let p = 0; p < this.term.length; p++) {
      if (this.kinds[p] === SUFFIX && !starts.has(p))
        throw new PatternError(`'${source}': a suffix wildcard only on the first word`);
    }
    const final = new Uint8Array(this.term.length);
    for (const p of whole.last) final[p] = 1;
    return {
      term: Int32Array.from(this.term),
      final,
      first: Int32Array.from(starts),
      ...this.followLists(),
      cut: whole.cut,
    };
  }

  /**
   * Each position's followers, sorted by term (so the matcher can binary-search long lists for a
   * word's terms, match.ts LINEAR_FOLLOW) and by position, each once; equal lists stored once.
   */
  private followLists(): Pick<Template, 'followOf' | 'listStart' | 'list'> {
    const n = this.term.length;
    const refs = this.refFrom.length;
    // The records of each position, in order: a counting sort by position.
    const at = new Int32Array(n + 1);
    for (let i = 0; i < refs; i++) at[this.refFrom[i]! + 1]!++;
    for (let p = 0; p < n; p++) at[p + 1]! += at[p]!;
    const byFrom = new Int32Array(refs);
    const fill = at.slice(0, n);
    for (let i = 0; i < refs; i++) byFrom[fill[this.refFrom[i]!]!++] = this.refList[i]!;
    const followOf = new Int32Array(n).fill(-1);
    // A position followed by one part's first positions (the usual case) takes that part's list.
    const listOfPart = new Int32Array(this.lists.length).fill(-1);
    const listStart: number[] = [0];
    const list: number[] = [];
    const byHash = new Map<number, number[]>();
    const term = this.term;
    for (let p = 0; p < n; p++) {
      const a = at[p]!;
      const b = at[p + 1]!;
      if (a === b) continue;
      const one = b - a === 1 ? byFrom[a]! : -1;
      if (one >= 0 && listOfPart[one]! >= 0) {
        followOf[p] = listOfPart[one]!;
        continue;
      }
      // Sort keys term * n + position: exact in a double while terms * positions < 2^53.
      let size = 0;
      for (let r = a; r < b; r++) size += this.lists[byFrom[r]!]!.length;
      const keys = new Float64Array(size);
      let k = 0;
      for (let r = a; r < b; r++) for (const q of this.lists[byFrom[r]!]!) keys[k++] = term[q]! * n + q;
      keys.sort();
      const items: number[] = [];
      let hash = 0;
      for (let i = 0; i < size; i++) {
        if (i > 0 && keys[i] === keys[i - 1]) continue;
        const q = keys[i]! % n;
        items.push(q);
        hash = (Math.imul(hash, 31) + q) | 0;
      }
      const s = intern(items, hash, byHash, listStart, list);
      followOf[p] = s;
      if (one >= 0) listOfPart[one] = s;
    }
    return { followOf, listStart: Int32Array.from(listStart), list: Int32Array.from(list) };
  }

  private readings(raw: string, source: string): Reading[] {
    const known = this.words.get(raw);
    if (known) return known;
    const out: Reading[] = [];
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

  private position(kind: number, term: number): Part {
    const p = this.term.length;
    this.term.push(term);
    this.kinds.push(kind);
    const one = [p];
    return { first: one, last: one, nullable: false, cut: this.cutting?.unigram(term) ?? null };
  }

  private node(n: Node, source: string): Part {
    if (n.kind === 'word') {
      const options = this.readings(n.word, source).map((seq) =>
        seq.length === 1
          ? this.position(seq[0]!.kind, seq[0]!.term)
          : this.chain(seq.map((w) => this.position(w.kind, w.term))),
      );
      return union(options);
    }
    if (n.kind === 'alt') return union(n.options.map((o) => this.nodes(o, source)));
    return { ...this.nodes(n.body, source), nullable: true, cut: null };
  }

  private nodes(ns: Node[], source: string): Part {
    return this.chain(ns.map((n) => this.node(n, source)));
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
    if (a.last.length > 0 && b.first.length > 0) {
      const l = this.lists.length;
      this.lists.push(b.first);
      for (const p of a.last) {
        this.refFrom.push(p);
        this.refList.push(l);
      }
    }
    return {
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...a.last, ...b.last] : b.last,
      nullable: a.nullable && b.nullable,
      cut: null,
    };
  }
}

/** The id of a list equal to items (hash over them) among those stored, storing it if new. */
function intern(
  items: number[],
  hash: number,
  byHash: Map<number, number[]>,
  listStart: number[],
  list: number[],
): number {
  const same = byHash.get(hash);
  for (const s of same ?? []) {
    const a = listStart[s]!;
    if (listStart[s + 1]! - a !== items.length) continue;
    let k = 0;
    while (k < items.length && list[a + k] === items[k]) k++;
    if (k === items.length) return s;
  }
  const s = listStart.length - 1;
  for (const q of items) list.push(q);
  listStart.push(list.length);
  if (same) same.push(s);
  else byHash.set(hash, [s]);
  return s;
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
    keys: NONE,
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
  const keys: Keys[] = [];
  const flat: Keys[] = [];
  const conj: (readonly [Keys, Keys])[] = [];
  let cost = 0;
  let flatCost = 0;
  let pairs = false;
  let affixes = 0;
  for (const c of cuts) {
    keys.push(c.keys);
    flat.push(c.flat);
    for (const x of c.conj) conj.push(x);
    cost += c.cost;
    flatCost += c.flatCost;
    pairs ||= c.pairs;
    affixes |= c.affixes;
  }
  return {
    keys,
    conj,
    cost: Math.min(1, cost),
    flat,
    flatCost: Math.min(1, flatCost),
    pairs,
    affixes,
  };
}
