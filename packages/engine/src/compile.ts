// Compiles a rule set: every pattern of every list into one set of position automata over shared
// terms, and for each rule the trigger keys (the rarest words or word pairs every match of it
// must contain) that the fast path looks for in every text.

import type { CompiledCue, CompiledData, CompiledRule, CompiledRules, ListId } from './compiled.js';
import { IntIds, IntList } from './intmap.js';
import { buildStartIndex, listRuns, type Matcher } from './match.js';
import { loadTextModel, type TextModelData } from './model/text-model.js';
import { PatternError } from './pattern.js';
import {
  type Cut,
  type CutModel,
  checkSource,
  conjunction,
  forEachKey,
  type Keys,
  merge,
  PatternCache,
  PositionBuilder,
  type Positions,
} from './positions.js';
import { collapsedFrequency, wordFrequency } from './rarity.js';
import {
  affixBit,
  EXACT,
  indexTerms,
  PREFIX,
  PREFIX_LENGTHS,
  SUFFIX_LENGTHS,
  TermBuilder,
  type TermIndex,
  type TermTable,
} from './terms.js';
import { buildTriggerTable, pairKey } from './trigger.js';
import {
  AGE_BANDS,
  CATEGORIES,
  type Combination,
  type ContextCue,
  type Customisation,
  type Rule,
  type RuleSet,
  SOURCES,
} from './types.js';

const mask = <T>(all: readonly T[], some: readonly T[] | undefined): number =>
  some ? some.reduce((m, v) => m | (all.includes(v) ? 1 << all.indexOf(v) : 0), 0) : 0;

export class RuleCompileError extends Error {
  constructor(
    readonly ruleId: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`${ruleId}: ${reason}`);
  }
}

/**
 * Each cue's `voids` as indices of lowering cues (an unknown or non-lowering id is an error); a
 * cue that exempts must not itself adjust.
 */
function linkCues(defs: readonly ContextCue[], cues: CompiledCue[]): void {
  defs.forEach((def, i) => {
    if (def.exempts && def.adjust !== 0)
      throw new RuleCompileError(`contexts.${def.id}`, '', 'a cue that exempts must have adjust 0');
    if (!def.voids || def.voids.length === 0) return;
    cues[i]!.voids = def.voids.map((id) => {
      const k = defs.findIndex((d) => d.id === id);
      if (k < 0) throw new RuleCompileError(`contexts.${def.id}`, '', `voids an unknown cue '${id}'`);
      if (defs[k]!.adjust >= 0)
        throw new RuleCompileError(`contexts.${def.id}`, '', `voids '${id}', which does not lower`);
      return k;
    });
  });
}

/** Trigger keys gating a list, with the estimated share of ordinary texts holding one. */
interface Gate {
  cuts: Cut[];
}

/** Words in a typical text: a word's share of texts is about this times its frequency. */
const WORDS_PER_TEXT = 30;

/** A small price per key keeps the trigger set (and the fast path's filter) small. */
const PER_KEY = 1e-7;
/**
 * A pair of adjacent words is much rarer than either, but not independent ("kill myself"), so
 * its estimate is their product times COLLOCATION.
 */
const COLLOCATION = 5;

const NO_CONJ: Cut['conj'] = [];

/** Any one of the cuts (a list matches when any of its patterns does). */
const anyOf = (cuts: Cut[]): Cut | null => (cuts.length === 0 ? null : merge(cuts));

class ListBuilder implements CutModel {
  readonly terms = new TermBuilder();
  /** Both builders share terms, so a pattern in both is worked out once. */
  readonly patterns = new PatternCache(this.terms);
  /** Rules' pattern lists: matched on every text a trigger sends to the full matcher. */
  readonly rulePositions = new PositionBuilder(this.terms, this, this.patterns);
  readonly ruleLists: number[] = [];
  /** Every other list (near, unless, context, cues, exclusions): matched only when a rule did. */
  readonly otherPositions = new PositionBuilder(this.terms, this, this.patterns);
  readonly otherLists: number[] = [];
  lists = 0;
  readonly gates = new Map<ListId, Gate>();
  readonly kinds = { affixes: 0, pairs: false };
  /** Each term's frequency (see computeFrequency), NaN until first asked for. */
  private frequencies = new Float64Array(0);

  /** `role`: a rule's patterns, a near list (both gate the rule) or any other list. */
  add(
    owner: string,
    patterns: readonly string[] | undefined,
    role: 'rule' | 'near' | 'other' = 'other',
  ): ListId {
    const list = this.lists++;
    const gate: Gate | undefined = role !== 'other' ? { cuts: [] } : undefined;
    if (gate) this.gates.set(list, gate);
    const [builder, lists] =
      role === 'rule' ? [this.rulePositions, this.ruleLists] : [this.otherPositions, this.otherLists];
    for (const p of patterns ?? []) {
      try {
        const { id, cut } = builder.add(p, gate !== undefined);
        lists[id] = list;
        if (gate && cut) {
          gate.cuts.push(cut);
          this.kinds.pairs ||= cut.pairs;
          this.kinds.affixes |= cut.affixes;
        }
      } catch (e) {
        if (e instanceof PatternError) throw new RuleCompileError(owner, p, e.message);
        throw e;
      }
    }
    return list;
  }

  private frequency(term: number): number {
    const f = term < this.frequencies.length ? this.frequencies[term]! : Number.NaN;
    return Number.isNaN(f) ? this.computeFrequency(term) : f;
  }

  private computeFrequency(term: number): number {
    if (term >= this.frequencies.length) {
      const grown = new Float64Array(Math.max(1024, this.terms.size * 2)).fill(Number.NaN);
      grown.set(this.frequencies);
      this.frequencies = grown;
    }
    const text = this.terms.texts[term]!;
    const kind = this.terms.kindOf(term);
    // The fast path keys a stem or suffix on its first or last few letters, so it fires as
    // often as they occur.
    const n = this.terms.lengthOf(term);
    const keyed = (lengths: readonly number[]): number => lengths.filter((l) => l <= n).at(-1)!;
    const f =
      kind === EXACT
        ? collapsedFrequency({ text, stem: false, suffix: false })
        : kind === PREFIX
          ? wordFrequency({ text: text.slice(0, keyed(PREFIX_LENGTHS)), stem: true, suffix: false })
          : wordFrequency({ text: text.slice(-keyed(SUFFIX_LENGTHS)), stem: false, suffix: true });
    this.frequencies[term] = f;
    return f;
  }

  private readonly unigrams: Cut[] = [];
  /** Per term with a unigram cut: its frequency, its unigram share, 1 when a whole word. */
  private termFrequency = new Float64Array(1024);
  private termAlone = new Float64Array(1024);
  private termExact = new Uint8Array(1024);

  unigram(term: number): Cut {
    const known = this.unigrams[term];
    if (known) return known;
    const kind = this.terms.kindOf(term);
    const keys = this.terms.triggerKey(term);
    const frequency = this.frequency(term);
    const cost = Math.min(1, WORDS_PER_TEXT * frequency + PER_KEY);
    const cut: Cut = {
      keys,
      conj: [],
      cost,
      flat: keys,
      flatCost: cost,
      pairs: false,
      affixes: kind === EXACT ? 0 : affixBit(kind, this.terms.lengthOf(term)),
    };
    this.unigrams[term] = cut;
    if (term >= this.termAlone.length) {
      const n = Math.max(term + 1, this.termAlone.length * 2);
      this.termFrequency = grown(this.termFrequency, n);
      this.termAlone = grown(this.termAlone, n);
      const exact = new Uint8Array(n);
      exact.set(this.termExact);
      this.termExact = exact;
    }
    this.termFrequency[term] = frequency;
    this.termAlone[term] = cost;
    this.termExact[term] = kind === EXACT ? 1 : 0;
    return cut;
  }

  /**
   * A cut across the joint of two adjacent parts: for each word on one side, either the word
   * itself or its pairs with every word on the other side, whichever is rarer ("headbutt" alone,
   * "glass him", "glass you", ... rather than "glass"). Tried grouped by either side.
   */
  jointCost(lefts: ArrayLike<number>, nl: number, rights: ArrayLike<number>, nr: number): number {
    const byLeft = this.grouping(lefts, nl, rights, nr);
    const byRight = this.grouping(rights, nr, lefts, nl);
    return Math.min(byLeft, byRight);
  }

  joint(lefts: readonly number[], rights: readonly number[]): Cut {
    const byLeft = this.grouping(lefts, lefts.length, rights, rights.length);
    const byRight = this.grouping(rights, rights.length, lefts, lefts.length);
    return byLeft <= byRight
      ? this.grouped(lefts, rights, false, byLeft)
      : this.grouped(rights, lefts, true, byRight);
  }

  /**
   * The share of the cut grouped by `own`: each of its words alone or paired with all of
   * `other` (only whole words pair), whichever is rarer. Every term here has its unigram cut
   * (each position's is made as it is added), so its prices are in the term arrays.
   */
  private grouping(own: ArrayLike<number>, nOwn: number, other: ArrayLike<number>, nOther: number): number {
    const otherSum = this.pairable(other, nOther);
    let cost = 0;
    for (let i = 0; i < nOwn; i++) {
      const a = own[i]!;
      cost += Math.min(this.pairedShare(a, otherSum, nOther), this.termAlone[a]!);
    }
    return Math.min(1, cost);
  }

  private grouped(own: readonly number[], other: readonly number[], ownIsRight: boolean, cost: number): Cut {
    const otherSum = this.pairable(other, other.length);
    const keys: number[] = [];
    let affixes = 0;
    let pairs = false;
    for (const a of own) {
      if (!(this.pairedShare(a, otherSum, other.length) < this.termAlone[a]!)) {
        // A unigram cut's one key is the term's.
        keys.push(this.terms.triggerKey(a));
        affixes |= this.unigram(a).affixes;
        continue;
      }
      pairs = true;
      const ka = this.terms.triggerKey(a);
      for (const b of other) {
        const kb = this.terms.triggerKey(b);
        keys.push(ownIsRight ? pairKey(kb, ka) : pairKey(ka, kb));
      }
    }
    const share = Math.min(1, cost);
    return { keys, conj: NO_CONJ, cost: share, flat: keys, flatCost: share, pairs, affixes };
  }

  /** The other side's summed frequency when all its words are whole words (they can pair), else NaN. */
  private pairable(other: ArrayLike<number>, n: number): number {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const b = other[i]!;
      if (this.termExact[b] === 0) return Number.NaN;
      sum += this.termFrequency[b]!;
    }
    return sum;
  }

  /** Word a's share paired with every word of a side `pairable` priced; infinite when it cannot pair. */
  private pairedShare(a: number, otherSum: number, otherCount: number): number {
    return Number.isNaN(otherSum) || this.termExact[a] === 0
      ? Number.POSITIVE_INFINITY
      : pairShare(this.termFrequency[a]!, otherSum, otherCount);
  }
}

/** A pair's share of texts is about 30 x C x fa x fb (never more than the rarer word's). */
const pairShare = (fa: number, otherSum: number, otherCount: number): number =>
  WORDS_PER_TEXT * COLLOCATION * fa * otherSum + otherCount * PER_KEY;

const grown = (a: Float64Array, n: number): Float64Array<ArrayBuffer> => {
  const b = new Float64Array(n);
  b.set(a);
  return b;
};

function compileRule(b: ListBuilder, rule: Rule): CompiledRule {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    person: rule.person ?? 'any',
    ages: mask(AGE_BANDS, rule.ages),
    sources: mask(SOURCES, rule.source),
    patterns: b.add(rule.id, rule.patterns, 'rule'),
    near: rule.near ? { within: rule.near.within, list: b.add(rule.id, rule.near.patterns, 'near') } : null,
    alsoNear: (rule.alsoNear ?? []).map((n) => ({ within: n.within, list: b.add(rule.id, n.patterns) })),
    unless: b.add(rule.id, rule.unless),
    context: (rule.context ?? []).map((c) => ({
      list: b.add(rule.id, c.patterns),
      within: c.within ?? null,
      adjust: c.adjust,
      reason: c.reason,
    })),
    domains: (rule.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
    ignoreCues: rule.ignoreCues ?? [],
  };
}

/** Builds the runtime tables (term index, start index, trigger table, domain index) from compiled data. */
const matcher = (
  terms: TermTable,
  termIndex: TermIndex,
  positions: Positions,
  lists: Int32Array,
  masked: boolean,
): Matcher => ({
  terms,
  termIndex,
  positions,
  start: buildStartIndex(positions, terms.kind.length, lists, masked),
  ...listRuns(positions.pattern, lists),
});

export function materialise(data: CompiledData): CompiledRules {
  const termIndex = indexTerms(data.terms);
  const listRules = new Map<ListId, number[]>();
  data.rules.forEach((r, i) => {
    listRules.set(r.patterns, [...(listRules.get(r.patterns) ?? []), i]);
  });
  const domainIndex = new Map<string, number[]>();
  data.rules.forEach((r, i) => {
    for (const d of r.domains) domainIndex.set(d, [...(domainIndex.get(d) ?? []), i]);
  });
  return {
    format: 5,
    ...data,
    trigger: buildTriggerTable(data.triggerKeys, data.triggerHalves, data.triggerKinds),
    ruleMatcher: matcher(data.terms, termIndex, data.rulePositions, data.ruleLists, false),
    otherMatcher: matcher(data.terms, termIndex, data.otherPositions, data.otherLists, true),
    listRules,
    hasExclusions: data.otherLists.includes(data.exclusions),
    domainIndex,
    textModel: data.model ? loadTextModel(data.model) : null,
  };
}

function finish(
  b: ListBuilder,
  version: string,
  rules: CompiledRule[],
  cues: CompiledCue[],
  exclusions: ListId,
  model: TextModelData | null = null,
  combinations: Combination[] = [],
) {
  // A rule fires only with a pattern match and, when it has one, a near match: either list's
  // keys gate it, so the rarer set is looked for.
  const keys = new IntIds();
  const conj: (readonly [Keys, Keys])[] = [];
  const add = (k: number): void => {
    keys.add(k);
  };
  for (const r of rules) {
    const own = anyOf(b.gates.get(r.patterns)!.cuts);
    if (!own) continue;
    // A rule with a near list needs a match of both lists: the rarer, or both together.
    const near = r.near ? anyOf(b.gates.get(r.near.list)!.cuts) : null;
    let gate = own;
    if (near && near.cost < gate.cost) gate = near;
    if (near) {
      const both = conjunction(own, near);
      if (both.cost < gate.cost) gate = both;
    }
    forEachKey(gate.keys, add);
    for (const c of gate.conj) conj.push(c);
  }
  // Conjunctions as (key, group * 2 + half) pairs, each key once per half: every key of every
  // half in order, then each kept unless its key was last seen in the same half.
  const halfKeys = new IntList();
  const halfOf = new IntList();
  let half = 0;
  const addHalf = (k: number): void => {
    halfKeys.push(k);
    halfOf.push(half);
  };
  conj.forEach(([a, b], g) => {
    half = g * 2;
    forEachKey(a, addHalf);
    half = g * 2 + 1;
    forEachKey(b, addHalf);
  });
  const halves = oncePerHalf(halfKeys.view(), halfOf.view());
  return materialise({
    version,
    rules,
    cues,
    combinations,
    lists: b.lists,
    exclusions,
    terms: b.terms.table(),
    rulePositions: b.rulePositions.build(),
    ruleLists: Int32Array.from(b.ruleLists),
    otherPositions: b.otherPositions.build(),
    otherLists: Int32Array.from(b.otherLists),
    triggerKeys: keys.keys.slice(0, keys.size),
    triggerHalves: halves,
    triggerKinds: { ...b.kinds, ...b.terms.affixHeads() },
    model,
  });
}

/**
 * (key, half) pairs, leaving out a key met again in the same half. Each half's run is contiguous
 * and halves come in order, so one small table sized for the largest half serves them all: a slot
 * is taken only when stamped with the current half, and moving on to the next half empties it
 * without clearing. (Halves hold a few dozen keys, and the table stays in cache where a sort of
 * all their keys did not.)
 */
function oncePerHalf(keys: Int32Array, halfOf: Int32Array): Int32Array {
  const n = keys.length;
  let most = 0;
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && halfOf[j] === halfOf[i]) j++;
    most = Math.max(most, j - i);
    i = j;
  }
  let size = 16;
  while (size < most * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Int32Array(size);
  const slotHalf = new Int32Array(size);
  const out = new Int32Array(2 * n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const stamp = halfOf[i]! + 1;
    let s = (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
    while (slotHalf[s] === stamp && slotKey[s] !== key) s = (s + 1) & mask;
    if (slotHalf[s] === stamp) continue;
    slotHalf[s] = stamp;
    slotKey[s] = key;
    out[m++] = key;
    out[m++] = halfOf[i]!;
  }
  return out.slice(0, m);
}

/** How many times each pattern source occurs in the rule set's lists. */
function patternUses(ruleSet: RuleSet): Map<string, number> {
  const uses = new Map<string, number>();
  const count = (patterns: readonly string[] | undefined): void => {
    for (const p of patterns ?? []) uses.set(p, (uses.get(p) ?? 0) + 1);
  };
  for (const r of ruleSet.rules) {
    count(r.patterns);
    count(r.near?.patterns);
    for (const n of r.alsoNear ?? []) count(n.patterns);
    count(r.unless);
    for (const c of r.context ?? []) count(c.patterns);
  }
  for (const c of ruleSet.contexts ?? []) {
    count(c.patterns);
    count(c.unless);
  }
  return uses;
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const b = new ListBuilder();
  b.patterns.uses = patternUses(ruleSet);
  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  for (const rule of ruleSet.rules) {
    if (seen.has(rule.id)) throw new RuleCompileError(rule.id, '', 'duplicate rule id');
    seen.add(rule.id);
    if (!CATEGORIES.includes(rule.category))
      throw new RuleCompileError(rule.id, '', `unknown category '${rule.category}'`);
    rules.push(compileRule(b, rule));
  }
  const cues = (ruleSet.contexts ?? []).map(
    (c): CompiledCue => ({
      id: c.id,
      adjust: c.adjust,
      within: c.within ?? null,
      side: c.side ?? 'both',
      categories: mask(CATEGORIES, c.categories),
      list: b.add(`contexts.${c.id}`, c.patterns),
      unless: (c.unless?.length ?? 0) > 0 ? b.add(`contexts.${c.id}`, c.unless) : null,
      reason: c.reason,
      ...(c.model ? { model: true as const } : {}),
      ...(c.exempts ? { exempts: true as const } : {}),
    }),
  );
  linkCues(ruleSet.contexts ?? [], cues);
  for (const c of ruleSet.combinations ?? []) {
    if (!CATEGORIES.includes(c.category))
      throw new RuleCompileError(`combinations.${c.category}`, '', `unknown category '${c.category}'`);
    if (c.moves < 2) throw new RuleCompileError(`combinations.${c.category}`, '', 'moves must be at least 2');
  }
  return finish(
    b,
    ruleSet.version,
    rules,
    cues,
    b.add('exclusions', []),
    ruleSet.model ?? null,
    ruleSet.combinations ?? [],
  );
}

/** A school's extra words and exclusions, as a small rule set of its own. */
export function compileCustomisation(custom: Customisation): CompiledRules {
  const b = new ListBuilder();
  const rules = (custom.words ?? []).map((w, i) => {
    if (!CATEGORIES.includes(w.category))
      throw new RuleCompileError(`custom.${i}`, w.phrase, `unknown category '${w.category}'`);
    return compileRule(b, {
      id: `custom.${i}.${w.phrase.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      category: w.category,
      severity: w.severity,
      patterns: [w.phrase],
    });
  });
  const exclusions = b.add(
    'exclusions',
    (custom.exclusions ?? []).map((e) => e.phrase),
  );
  return finish(b, 'custom', rules, [], exclusions);
}

/** Throws PatternError when a pattern is malformed or uses characters the engine cannot match. */
export function checkPattern(source: string): void {
  checkSource(new TermBuilder(), source);
}
