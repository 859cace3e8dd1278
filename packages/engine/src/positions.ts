// Patterns as position automata (Glushkov): every word of a pattern is a position; a match is a
// path from a first position through follow links to a final one, one text word per position.
// No pattern is expanded into its phrases, so `(13 subjects) [(9 fillers)] (16 insults)` costs
// 38 positions, not 3,000 phrases, and compiling stays linear in the size of the rules.
import { IntList } from './intmap.js';
import { checkWord, PatternError, parsePattern, type Word } from './pattern.js';
import { txtSpellings } from './spellings.js';
import { EXACT, HASH_PRIME, HASH_SEED, PREFIX, SUFFIX, type TermBuilder } from './terms.js';

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

/** How the compiler prices terms and word pairs as trigger keys. */
export interface CutModel {
  unigram(term: number): Cut;
  /**
   * The share of the cheapest cut across the joint of two adjacent parts, given the distinct
   * terms of the left part's last words (lefts[0..nl)) and the right part's first (rights[0..nr)).
   */
  jointCost(lefts: ArrayLike<number>, nl: number, rights: ArrayLike<number>, nr: number): number;
  /** That cut, with its keys. */
  joint(lefts: readonly number[], rights: readonly number[]): Cut;
}

/** A part of a pattern: where a match of it can start and end, whether it can be empty, its cheapest cut. */
export interface Part {
  first: readonly number[];
  last: readonly number[];
  nullable: boolean;
  cut: Cut | null;
  /** The alternatives, when the part is a choice: a joint with the next part is cut per alternative. */
  choices: Part[] | null;
}

const NONE: readonly number[] = [];
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
  term: number[];
  /** 1 when a match may end at the position. */
  final: number[];
  /** First positions, each once, in the order the pattern gives them. */
  first: number[];
  /** Per position: its follow list among the template's own lists, or -1 when nothing follows. */
  followOf: number[];
  /** List s is list[listStart[s]..listStart[s+1]), numbered in order of first use. */
  listStart: number[];
  list: number[];
  cut: Cut | null;
}

/** A pattern word's readings as (kind, term) sequences. */
type Reading = { kind: number; term: number }[];

/**
 * What two builders over the same terms and model share: the template of each pattern source
 * (with or without its cut), and the builder that makes them.
 */
export class PatternCache {
  readonly plain = new Map<string, Template>();
  readonly cut = new Map<string, Template>();
  readonly builder: TemplateBuilder;
  /**
   * How many times each source will be added, when known: a template used once is not kept
   * (kept, it would outlive its pattern and burden the garbage collector for nothing).
   */
  uses: Map<string, number> | null = null;

  constructor(terms: TermBuilder) {
    this.builder = new TemplateBuilder(terms);
  }
}

export class PositionBuilder {
  private readonly model: CutModel | null;
  private readonly cache: PatternCache;
  /** The automaton so far, pattern after pattern (see Positions). */
  private readonly term = new IntList();
  private readonly owner = new IntList();
  private readonly final = new IntList();
  private readonly followSet = new IntList();
  private readonly followStart = new IntList();
  private readonly follow = new IntList();
  private readonly firstStart = new IntList();
  private readonly first = new IntList();
  /** The one list of positions with no followers, shared by all patterns; -1 until used. */
  private emptySet = -1;

  constructor(terms: TermBuilder, model: CutModel | null = null, cache = new PatternCache(terms)) {
    this.model = model;
    this.cache = cache;
    this.followStart.push(0);
    this.firstStart.push(0);
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
      t = this.cache.builder.compile(source, cutting);
      if ((this.cache.uses?.get(source) ?? 2) > 1) templates.set(source, t);
    }
    return { id: this.place(t), cut: t.cut };
  }

  /** Appends a template's positions, follow lists and first positions; returns the pattern id. */
  private place(t: Template): number {
    const id = this.firstStart.length - 1;
    const from = this.term.length;
    const n = t.term.length;
    const lists = t.listStart.length - 1;
    if (scratch.placed.length < lists) scratch.placed = new Int32Array(lists * 2);
    const placed = scratch.placed;
    // Template lists are numbered in order of first use, so each is appended when first met.
    let done = 0;
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
      if (s === done) {
        for (let j = t.listStart[s]!; j < t.listStart[s + 1]!; j++) this.follow.push(t.list[j]! + from);
        placed[done++] = this.newSet();
      }
      this.followSet.push(placed[s]!);
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
      term: this.term.view().slice(),
      followSet: this.followSet.view().slice(),
      followStart: this.followStart.view().slice(),
      follow: this.follow.view().slice(),
      pattern: this.owner.view().slice(),
      final: Uint8Array.from(this.final.view()),
      firstStart: this.firstStart.view().slice(),
      first: this.first.view().slice(),
    };
  }
}

const grownInt32 = (a: Int32Array, n: number): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(n);
  b.set(a);
  return b;
};

/** Grows a scratch buffer to hold at least n. */
const fit = (a: Int32Array<ArrayBuffer>, n: number): Int32Array<ArrayBuffer> =>
  a.length >= n ? a : new Int32Array(Math.max(n, a.length * 2));

/**
 * Scratch buffers, grown as needed and shared by all builders: one template is compiled (and
 * one placed) at a time, and a builder per checked pattern should not allocate its own.
 */
const scratch = {
  /** Distinct terms of the two sides of a joint, and the stamp that dedups them (by term). */
  lefts: new Int32Array(16),
  rights: new Int32Array(16),
  mark: new Int32Array(16),
  stamp: 0,
  /** followLists: records by position, and each part's shared list. */
  recordsAt: new Int32Array(16),
  byFrom: new Int32Array(16),
  cursor: new Int32Array(16),
  listOfPart: new Int32Array(16),
  keys: new Float64Array(16),
  /** chainCut: each candidate's share and flat share, the parts it spans, whether per alternative. */
  optCost: new Float64Array(16),
  optFlat: new Float64Array(16),
  optFrom: new Int32Array(16),
  optTo: new Int32Array(16),
  optPer: new Uint8Array(16),
  /** place: each template list's list in the builder. */
  placed: new Int32Array(16),
};

/**
 * Compiles one pattern at a time into a template: parses it, gives each word (reading) a
 * position, links the positions and, when cutting, prices its cuts. Follow links are recorded
 * as "position p is followed by the first positions of that part" (one record per p, not one
 * per link), and turned into sorted, shared lists at the end.
 */
class TemplateBuilder {
  private readonly terms: TermBuilder;
  private cutting: CutModel | null = null;
  /** The pattern being parsed, and where. */
  private source = '';
  private i = 0;
  /**
   * Each distinct word's readings, worked out once. wordSlots is an open-addressed table of
   * (hash, word id + 1) pairs by hash (see word), and word k's code units are
   * wordChars[wordStart[k]..wordStart[k + 1]): a lookup, made for every word of every pattern,
   * reads these few arrays and no string or object.
   */
  private readonly wordReadings: Reading[][] = [];
  private words = 0;
  private wordSlots = new Int32Array(128);
  private wordStart = new Int32Array(64);
  private wordChars = new Uint16Array(512);
  /**
   * Per word read as one term alone (most words): its term and kind; else -1 and its readings
   * are made into parts.
   */
  private wordTerm = new Int32Array(64);
  private wordKind = new Uint8Array(64);
  /** Per word with several readings: the merged cut of their parts, once made (when cutting). */
  private readonly wordCuts: (Cut | null)[] = [];
  private term: number[] = [];
  private readonly kinds: number[] = [];
  /** Follow records: position refFrom[i] is followed by every position of lists[refList[i]]. */
  private readonly refFrom: number[] = [];
  private readonly refList: number[] = [];
  private readonly lists: (readonly number[])[] = [];

  constructor(terms: TermBuilder) {
    this.terms = terms;
  }

  compile(source: string, cutting: CutModel | null): Template {
    this.cutting = cutting;
    this.term = [];
    this.kinds.length = 0;
    this.refFrom.length = 0;
    this.refList.length = 0;
    this.lists.length = 0;
    if (typeof source !== 'string' || source.trim() === '') throw new PatternError('empty pattern');
    if (source !== source.trim()) throw new PatternError(`leading or trailing space in '${source}'`);
    const whole = this.parse(source);
    if (whole.nullable) throw new PatternError(`'${source}' can match nothing (all optional)`);
    const n = this.term.length;
    // First positions each once, in order (flags in `final`, reused below as scratch).
    const final: number[] = new Array(n).fill(0);
    const first: number[] = [];
    for (const p of whole.first) {
      if (final[p] === 0) first.push(p);
      final[p] = 1;
    }
    for (let p = 0; p < n; p++) {
      if (this.kinds[p] === SUFFIX && final[p] === 0)
        throw new PatternError(`'${source}': a suffix wildcard only on the first word`);
    }
    final.fill(0);
    for (const p of whole.last) final[p] = 1;
    const { followOf, listStart, list } = this.followLists();
    return { term: this.term, final, first, followOf, listStart, list, cut: compact(whole.cut) };
  }

  /**
   * Each position's followers, sorted by term (so the matcher can binary-search long lists for a
   * word's terms, match.ts LINEAR_FOLLOW) and by position, each once; equal lists stored once.
   */
  private followLists(): Pick<Template, 'followOf' | 'listStart' | 'list'> {
    const n = this.term.length;
    const refs = this.refFrom.length;
    // The records of each position, in order: a counting sort by position.
    scratch.recordsAt = fit(scratch.recordsAt, n + 1);
    scratch.byFrom = fit(scratch.byFrom, refs);
    scratch.cursor = fit(scratch.cursor, n);
    scratch.listOfPart = fit(scratch.listOfPart, this.lists.length);
    const { recordsAt: at, byFrom, cursor: next, listOfPart } = scratch;
    at.fill(0, 0, n + 1);
    for (let i = 0; i < refs; i++) at[this.refFrom[i]! + 1]!++;
    for (let p = 0; p < n; p++) at[p + 1]! += at[p]!;
    next.set(at.subarray(0, n));
    for (let i = 0; i < refs; i++) byFrom[next[this.refFrom[i]!]!++] = this.refList[i]!;
    const followOf: number[] = new Array(n).fill(-1);
    // A position followed by one part's first positions (the usual case) shares that part's list.
    listOfPart.fill(-1, 0, this.lists.length);
    const listStart: number[] = [0];
    const list: number[] = [];
    // Each stored list's hash; a Map from hash to lists once there are many.
    const hashes: number[] = [];
    let byHash: Map<number, number[]> | null = null;
    // Positions with two or more records, by a hash of their records (the last such position).
    let sameRecords: Map<number, number> | null = null;
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
      // Every word of an alternation followed by an optional part and the next has the same
      // records: their list is built (sorted) once, for the first of them.
      let records = 0;
      if (one < 0) {
        records = b - a;
        for (let r = a; r < b; r++) records = Math.imul(records ^ byFrom[r]!, HASH_PRIME);
        sameRecords ??= new Map();
        const q = sameRecords.get(records);
        if (q !== undefined && equalRecords(at, byFrom, q, p)) {
          followOf[p] = followOf[q]!;
          continue;
        }
      }
      // Sort keys term * n + position: exact in a double while terms * positions < 2^53.
      let size = 0;
      for (let r = a; r < b; r++) size += this.lists[byFrom[r]!]!.length;
      if (scratch.keys.length < size)
        scratch.keys = new Float64Array(Math.max(size, scratch.keys.length * 2));
      let k = 0;
      for (let r = a; r < b; r++)
        for (const q of this.lists[byFrom[r]!]!) scratch.keys[k++] = term[q]! * n + q;
      const keys = sortPrefix(scratch.keys, size);
      const s = listStart.length - 1;
      let hash = 0;
      for (let i = 0; i < size; i++) {
        if (i > 0 && keys[i] === keys[i - 1]) continue;
        // Not keys[i] % n: a floating-point remainder is a library call; this is exact while
        // terms * positions < 2^53, as the keys are.
        const q = keys[i]! - Math.floor(keys[i]! / n) * n;
        list.push(q);
        hash = (Math.imul(hash, 31) + q) | 0;
      }
      // An equal list stored before?
      let same = -1;
      if (byHash) {
        for (const c of byHash.get(hash) ?? NONE) if (same < 0 && sameList(list, listStart, c)) same = c;
      } else {
        for (let c = 0; c < s && same < 0; c++)
          if (hashes[c] === hash && sameList(list, listStart, c)) same = c;
      }
      if (same >= 0) {
        list.length = listStart[s]!;
        followOf[p] = same;
      } else {
        listStart.push(list.length);
        hashes.push(hash);
        if (byHash) {
          const lists = byHash.get(hash);
          if (lists) lists.push(s);
          else byHash.set(hash, [s]);
        } else if (hashes.length > MANY_LISTS) byHash = listsByHash(hashes);
        followOf[p] = s;
      }
      if (one >= 0) listOfPart[one] = followOf[p]!;
      else sameRecords!.set(records, p);
    }
    return { followOf, listStart, list };
  }

  /** The word's readings: as written, its txt spellings and its leet reading, each as terms. */
  private readings(raw: string, source: string): Reading[] {
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
    return out;
  }

  private position(kind: number, term: number): Part {
    const p = this.term.length;
    this.term.push(term);
    this.kinds.push(kind);
    const one = [p];
    return {
      first: one,
      last: one,
      nullable: false,
      cut: this.cutting?.unigram(term) ?? null,
      choices: null,
    };
  }

  private reading(seq: Reading): Part {
    if (seq.length === 1) return this.position(seq[0]!.kind, seq[0]!.term);
    return this.chain(seq.map((w) => this.position(w.kind, w.term)));
  }

  /**
   * Parses the pattern (the grammar of pattern.ts parsePattern) and builds its parts as it goes,
   * in the order parsePattern's tree would be walked. On any error, parsePattern is run for the
   * syntax error it would report first; only a pattern it accepts reports a word's error.
   */
  private parse(source: string): Part {
    this.source = source;
    this.i = 0;
    try {
      const parts = this.seq(NO_CLOSER);
      if (this.i < source.length || parts.length === 0) this.syntaxError();
      return this.chain(parts);
    } catch (e) {
      if (e instanceof PatternError) parsePattern(source);
      throw e;
    }
  }

  private syntaxError(): never {
    parsePattern(this.source);
    throw new Error(`pattern parsers disagree on '${this.source}'`);
  }

  /** Parts up to a closer (ALT_CLOSER: | or ), OPT_CLOSER: ]) or the end. */
  private seq(closers: number): Part[] {
    const parts: Part[] = [];
    const s = this.source;
    const n = s.length;
    while (this.i < n) {
      const c = s.charCodeAt(this.i);
      if (isCloser(c, closers)) break;
      if (c === SPACE) {
        if (parts.length === 0 || this.i + 1 >= n || s.charCodeAt(this.i + 1) === SPACE) this.syntaxError();
        this.i++;
        continue;
      }
      if (c === OPEN) {
        this.i++;
        const options: Part[] = [];
        for (;;) {
          const option = this.seq(ALT_CLOSER);
          if (option.length === 0) this.syntaxError();
          options.push(this.chain(option));
          if (s.charCodeAt(this.i) === BAR) {
            this.i++;
            continue;
          }
          if (s.charCodeAt(this.i) !== CLOSE) this.syntaxError();
          this.i++;
          break;
        }
        parts.push(union(options));
      } else if (c === OPEN_OPT) {
        this.i++;
        const body = this.seq(OPT_CLOSER);
        if (s.charCodeAt(this.i) !== CLOSE_OPT || body.length === 0) this.syntaxError();
        this.i++;
        const b = this.chain(body);
        parts.push({ first: b.first, last: b.last, nullable: true, cut: null, choices: b.choices });
      } else if (c === CLOSE || c === CLOSE_OPT || c === BAR) {
        this.syntaxError();
      } else {
        parts.push(this.word());
      }
      if (this.i < n) {
        const next = s.charCodeAt(this.i);
        if (next !== SPACE && !isCloser(next, closers)) this.syntaxError();
      }
    }
    return parts;
  }

  /** The word at i: a position per reading (most words have one), each reading's words chained. */
  private word(): Part {
    const s = this.source;
    const start = this.i;
    let h = HASH_SEED;
    for (; this.i < s.length; this.i++) {
      const c = s.charCodeAt(this.i);
      if (c === SPACE || c === OPEN || c === CLOSE || c === OPEN_OPT || c === CLOSE_OPT || c === BAR) break;
      h = Math.imul(h ^ c, HASH_PRIME);
    }
    const id = this.wordAt(start, this.i, h);
    const term = this.wordTerm[id]!;
    if (term >= 0) return this.position(this.wordKind[id]!, term);
    const readings = this.wordReadings[id]!;
    if (readings.length === 1) return this.reading(readings[0]!);
    const parts = readings.map((seq) => this.reading(seq));
    if (!this.cutting) return union(parts);
    // The merged cut of a word's readings depends on their terms only: made once per word.
    const cuts = this.wordCuts;
    while (cuts.length <= id) cuts.push(null);
    cuts[id] ??= mergeOf(parts, cutOf);
    return union(parts, cuts[id]);
  }

  /**
   * The id of the word source[from..to) (hash h over its code units), looked up without cutting
   * it out of the pattern: most words recur, and a Map of strings would hash each copy. A new
   * word's readings are worked out on the way in.
   */
  private wordAt(from: number, to: number, h: number): number {
    const s = this.source;
    const len = to - from;
    const slots = this.wordSlots;
    const mask = (slots.length >> 1) - 1;
    let slot = (h >>> 0) & mask;
    for (let id = slots[2 * slot + 1]! - 1; id >= 0; id = slots[2 * slot + 1]! - 1) {
      const a = this.wordStart[id]!;
      if (slots[2 * slot] === h && this.wordStart[id + 1]! - a === len) {
        const chars = this.wordChars;
        let k = 0;
        while (k < len && chars[a + k] === s.charCodeAt(from + k)) k++;
        if (k === len) return id;
      }
      slot = (slot + 1) & mask;
    }
    const readings = this.readings(s.slice(from, to), s);
    const id = this.words++;
    if (id + 2 > this.wordStart.length) {
      this.wordStart = grownInt32(this.wordStart, this.wordStart.length * 2);
      this.wordTerm = grownInt32(this.wordTerm, this.wordStart.length);
      const kinds = new Uint8Array(this.wordStart.length);
      kinds.set(this.wordKind);
      this.wordKind = kinds;
    }
    const a = this.wordStart[id]!;
    if (a + len > this.wordChars.length) {
      const chars = new Uint16Array(Math.max(a + len, this.wordChars.length * 2));
      chars.set(this.wordChars);
      this.wordChars = chars;
    }
    for (let k = 0; k < len; k++) this.wordChars[a + k] = s.charCodeAt(from + k);
    this.wordStart[id + 1] = a + len;
    const one = readings.length === 1 && readings[0]!.length === 1 ? readings[0]![0]! : null;
    this.wordTerm[id] = one ? one.term : -1;
    this.wordKind[id] = one ? one.kind : 0;
    this.wordReadings.push(readings);
    slots[2 * slot] = h;
    slots[2 * slot + 1] = id + 1;
    if (this.words * 4 > slots.length) this.rehashWords();
    return id;
  }

  private rehashWords(): void {
    const old = this.wordSlots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = (old[s]! >>> 0) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[s]!;
      slots[2 * slot + 1] = old[s + 1]!;
    }
    this.wordSlots = slots;
  }

  /**
   * Parts one after another: each position that can end the parts so far is followed by the
   * next part's first positions. The cut is the cheapest of: any required part's cut, the word
   * pairs across two adjacent required parts, or two such cuts over different parts together.
   */
  private chain(parts: Part[]): Part {
    let first = NONE;
    let last = NONE;
    let nullable = true;
    for (const b of parts) {
      if (last.length > 0 && b.first.length > 0) {
        const l = this.lists.length;
        this.lists.push(b.first);
        for (const p of last) {
          this.refFrom.push(p);
          this.refList.push(l);
        }
      }
      if (nullable) first = joined(first, b.first);
      last = b.nullable ? joined(last, b.last) : b.last;
      nullable &&= b.nullable;
    }
    const cut = this.cutting && !nullable ? this.chainCut(parts) : null;
    return { first, last, nullable, cut, choices: null };
  }

  /**
   * The candidates are each required part's own cut and each joint of two adjacent required
   * parts, kept in scratch arrays (a chain's candidates are weighed before any other chain's).
   */
  private chainCut(parts: Part[]): Cut | null {
    const most = parts.length * 2;
    if (scratch.optFrom.length < most) {
      scratch.optCost = new Float64Array(most * 2);
      scratch.optFlat = new Float64Array(most * 2);
      scratch.optFrom = new Int32Array(most * 2);
      scratch.optTo = new Int32Array(most * 2);
      scratch.optPer = new Uint8Array(most * 2);
    }
    const { optCost: cost, optFlat: flat, optFrom: from, optTo: to, optPer: per } = scratch;
    let n = 0;
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k]!;
      if (part.nullable) continue;
      if (part.cut) {
        cost[n] = part.cut.cost;
        flat[n] = part.cut.flatCost;
        per[n] = 0;
        from[n] = k;
        to[n++] = k;
      }
      const next = parts[k + 1];
      if (!next || next.nullable) continue;
      if (this.pairPrice(part, next, n)) {
        from[n] = k;
        to[n++] = k + 1;
      }
    }
    // The cheapest candidate, or two over different parts together if cheaper still.
    let best = -1;
    for (let i = 0; i < n; i++) if (best < 0 || cost[i]! < cost[best]!) best = i;
    let bestCost = best >= 0 ? cost[best]! : Number.POSITIVE_INFINITY;
    let conjA = -1;
    let conjB = -1;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (from[j]! <= to[i]!) continue;
        const c = conjunctionShare(flat[i]!, flat[j]!);
        if (c >= bestCost) continue;
        conjA = i;
        conjB = j;
        bestCost = c;
      }
    }
    if (conjA >= 0) {
      const a = this.build(parts, from[conjA]!, to[conjA]!, per[conjA] === 1);
      const b = this.build(parts, from[conjB]!, to[conjB]!, per[conjB] === 1);
      return conjunction(a, b);
    }
    return best >= 0 ? this.build(parts, from[best]!, to[best]!, per[best] === 1) : null;
  }

  /**
   * The cut of candidate (from, to): part from's own cut, or the joint of parts from and to,
   * per alternative when `perChoice` (as pairPrice priced it).
   */
  private build(parts: Part[], from: number, to: number, perChoice: boolean): Cut {
    if (from === to) return parts[from]!.cut!;
    const a = parts[from]!;
    const rights = this.distinctTerms(parts[to]!.first);
    if (!perChoice) return this.cutting!.joint(this.distinctTerms(a.last), rights);
    const nr = rights.length;
    return merge(
      a.choices!.map((choice) => {
        const lefts = this.distinctTerms(choice.last);
        const joint = this.cutting!.jointCost(lefts, lefts.length, rights, nr);
        return joint < choice.cut!.cost ? this.cutting!.joint(lefts, rights) : choice.cut!;
      }),
    );
  }

  /**
   * Prices the cut across the joint of parts a and b into candidate n (optCost, optFlat): the
   * pairs of a's last words and b's first, or, per alternative of a, its own cut ("knock out" as
   * a pair) or its joint with b ("smash" + "him"), whichever is rarer. False when too many pairs.
   * Sets optPer[n] when the cut is taken per alternative.
   */
  private pairPrice(a: Part, b: Part, n: number): boolean {
    if (a.last.length * b.first.length > MAX_PAIRS * 4) return false;
    scratch.rights = fit(scratch.rights, b.first.length);
    const nr = this.distinctInto(b.first, scratch.rights);
    scratch.lefts = fit(scratch.lefts, a.last.length);
    const nl = this.distinctInto(a.last, scratch.lefts);
    if (nl * nr > MAX_PAIRS) return false;
    const model = this.cutting!;
    const whole = model.jointCost(scratch.lefts, nl, scratch.rights, nr);
    scratch.optCost[n] = whole;
    scratch.optFlat[n] = whole;
    scratch.optPer[n] = 0;
    if (!a.choices || a.choices.some((c) => c.nullable || !c.cut)) return true;
    let cost = 0;
    let flatCost = 0;
    for (const choice of a.choices) {
      const own = choice.cut!;
      const k = this.distinctInto(choice.last, scratch.lefts);
      const c = model.jointCost(scratch.lefts, k, scratch.rights, nr);
      cost += Math.min(c, own.cost);
      flatCost += c < own.cost ? c : own.flatCost;
    }
    if (whole <= cost) return true;
    scratch.optCost[n] = Math.min(1, cost);
    scratch.optFlat[n] = Math.min(1, flatCost);
    scratch.optPer[n] = 1;
    return true;
  }

  /** Writes the distinct terms of the positions to buf, in order of first appearance; returns how many. */
  private distinctInto(positions: readonly number[], buf: Int32Array): number {
    if (scratch.mark.length < this.terms.size) scratch.mark = new Int32Array(this.terms.size * 2);
    const stamp = ++scratch.stamp;
    const mark = scratch.mark;
    let n = 0;
    for (const p of positions) {
      const t = this.term[p]!;
      if (mark[t] === stamp) continue;
      mark[t] = stamp;
      buf[n++] = t;
    }
    return n;
  }

  private distinctTerms(positions: readonly number[]): number[] {
    if (scratch.mark.length < this.terms.size) scratch.mark = new Int32Array(this.terms.size * 2);
    const stamp = ++scratch.stamp;
    const mark = scratch.mark;
    const out: number[] = [];
    for (const p of positions) {
      const t = this.term[p]!;
      if (mark[t] === stamp) continue;
      mark[t] = stamp;
      out.push(t);
    }
    return out;
  }
}

/** Are positions p and q followed by the same records (byFrom[at[p]..at[p+1]), in order)? */
function equalRecords(at: Int32Array, byFrom: Int32Array, p: number, q: number): boolean {
  const a = at[p]!;
  const b = at[q]!;
  const n = at[p + 1]! - a;
  if (at[q + 1]! - b !== n) return false;
  for (let k = 0; k < n; k++) if (byFrom[a + k] !== byFrom[b + k]) return false;
  return true;
}

/** Sorts keys[0..size) ascending (in place); returns the array. Lists are mostly short. */
function sortPrefix(keys: Float64Array, size: number): Float64Array {
  if (size > 16) {
    keys.subarray(0, size).sort();
    return keys;
  }
  for (let i = 1; i < size; i++) {
    const x = keys[i]!;
    let j = i - 1;
    for (; j >= 0 && keys[j]! > x; j--) keys[j + 1] = keys[j]!;
    keys[j + 1] = x;
  }
  return keys;
}

/** Compiles the pattern alone, for its errors (see compile.ts checkPattern). */
export function checkSource(terms: TermBuilder, source: string): void {
  new TemplateBuilder(terms).compile(source, null);
}

// Pattern syntax characters, and which of them close the sequence being parsed.
const SPACE = 32;
const OPEN = 40;
const CLOSE = 41;
const OPEN_OPT = 91;
const CLOSE_OPT = 93;
const BAR = 124;
const NO_CLOSER = 0;
const ALT_CLOSER = 1;
const OPT_CLOSER = 2;
const isCloser = (c: number, closers: number): boolean =>
  closers === ALT_CLOSER ? c === BAR || c === CLOSE : closers === OPT_CLOSER && c === CLOSE_OPT;

/** a then b, sharing either when the other is empty (parts' lists are never changed once made). */
const joined = (a: readonly number[], b: readonly number[]): readonly number[] =>
  a.length === 0 ? b : b.length === 0 ? a : [...a, ...b];

/** Is stored list c equal to the one being added (list from listStart[listStart.length - 1])? */
function sameList(list: number[], listStart: number[], c: number): boolean {
  const from = listStart[listStart.length - 1]!;
  const size = list.length - from;
  const a = listStart[c]!;
  if (listStart[c + 1]! - a !== size) return false;
  for (let k = 0; k < size; k++) if (list[a + k] !== list[from + k]) return false;
  return true;
}

/** A template's lists are compared one by one up to this many, then found by hash. */
const MANY_LISTS = 32;

function listsByHash(hashes: number[]): Map<number, number[]> {
  const m = new Map<number, number[]>();
  hashes.forEach((h, s) => {
    const l = m.get(h);
    if (l) l.push(s);
    else m.set(h, [s]);
  });
  return m;
}

/**
 * A conjunction's halves are looked up wherever they occur, fired or not: each occurrence costs
 * a table probe, about this fraction of what sending a text to the full matcher costs.
 */
const PROBE_COST = 0.005;

const conjunctionShare = (a: number, b: number): number =>
  Math.min(1, a * b * CORRELATION + PROBE_COST * (a + b));

/** Both cuts at once (they cover different words of every match). */
export function conjunction(a: Cut, b: Cut): Cut {
  const cheaper = a.flatCost <= b.flatCost ? a : b;
  return {
    keys: NONE,
    conj: [[a.flat, b.flat]],
    cost: conjunctionShare(a.flatCost, b.flatCost),
    flat: cheaper.flat,
    flatCost: cheaper.flatCost,
    pairs: a.pairs || b.pairs,
    affixes: a.affixes | b.affixes,
  };
}

/** Any one of the parts; its cut holds a cut of each (`merged`, when known). */
function union(parts: Part[], merged: Cut | null = null): Part {
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
  const cut = nullable || cutless ? null : (merged ?? mergeOf(parts, cutOf));
  return { first, last, nullable, cut, choices: parts };
}

const cutOf = (p: Part): Cut => p.cut!;

/**
 * The cut with its key trees flattened: a template's cut outlives the pattern's parts, and one
 * array of keys is cheaper to keep than the tree of lists it was merged from.
 */
function compact(cut: Cut | null): Cut | null {
  if (!cut) return null;
  const keys = flatten(cut.keys);
  return {
    keys,
    conj: cut.conj.length === 0 ? NO_CONJ : cut.conj.map(([a, b]) => [flatten(a), flatten(b)] as const),
    cost: cut.cost,
    flat: cut.flat === cut.keys ? keys : flatten(cut.flat),
    flatCost: cut.flatCost,
    pairs: cut.pairs,
    affixes: cut.affixes,
  };
}

function flatten(keys: Keys): Keys {
  if (typeof keys === 'number') return keys;
  const out: number[] = [];
  forEachKey(keys, (k) => out.push(k));
  return out;
}
const itself = (c: Cut): Cut => c;
const NO_CONJ: Cut['conj'] = [];

/** Any one of the cuts: a match of any holds a key of its own. */
export function merge(cuts: Cut[]): Cut {
  return mergeOf(cuts, itself);
}

/**
 * merge over cut(x) for each x of xs. Keys may repeat: the trigger table keeps each once. When
 * every cut's flat keys are its keys (no conjunction), the merged cut's are too, and shared.
 */
function mergeOf<T>(xs: readonly T[], cut: (x: T) => Cut): Cut {
  const keys: Keys[] = [];
  let flat: Keys[] | null = null;
  let conj: (readonly [Keys, Keys])[] | null = null;
  let cost = 0;
  let flatCost = 0;
  let pairs = false;
  let affixes = 0;
  for (let i = 0; i < xs.length; i++) {
    const c = cut(xs[i]!);
    keys.push(c.keys);
    if (!flat && c.flat !== c.keys) flat = keys.slice(0, i);
    flat?.push(c.flat);
    if (c.conj.length > 0) {
      conj ??= [];
      for (const x of c.conj) conj.push(x);
    }
    cost += c.cost;
    flatCost += c.flatCost;
    pairs ||= c.pairs;
    affixes |= c.affixes;
  }
  return {
    keys,
    conj: conj ?? NO_CONJ,
    cost: Math.min(1, cost),
    flat: flat ?? keys,
    flatCost: Math.min(1, flatCost),
    pairs,
    affixes,
  };
}
