// Compiles a rule set: every pattern of every list into one set of position automata over shared
// terms, and for each rule the trigger keys (the rarest words or word pairs every match of it
// must contain) that the fast path looks for in every text.
import type { CompiledCue, CompiledData, CompiledRule, CompiledRules, ListId } from './compiled.js';
import { buildStartIndex } from './match.js';
import { PatternError } from './pattern.js';
import { type Cut, type CutModel, PositionBuilder } from './positions.js';
import { COLLOCATION, wordFrequency } from './rarity.js';
import { EXACT, indexTerms, LONG_AFFIX, PREFIX, SUFFIX, TermBuilder } from './terms.js';
import { buildTriggerTable, P3, P4, pairKey, S3, S4 } from './trigger.js';
import { AGE_BANDS, CATEGORIES, type Customisation, type Rule, type RuleSet, SOURCES } from './types.js';

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

/** Trigger keys gating a list, with their summed estimated frequency in ordinary text. */
interface Gate {
  keys: Set<number>;
  cost: number;
}

/** A small price per key keeps the trigger set (and the fast path's filter) small. */
const PER_KEY = 1e-7;
/**
 * A pair is no commoner than its rarer word, and usually much rarer; adjacent words are not
 * independent ("kill myself"), so their product is multiplied by COLLOCATION.
 */
const PAIR_SHARE = 0.3;

class ListBuilder implements CutModel {
  readonly terms = new TermBuilder();
  readonly positions = new PositionBuilder(this.terms, this);
  readonly patternList: number[] = [];
  lists = 0;
  readonly gates = new Map<ListId, Gate>();
  readonly kinds = { affixes: 0, pairs: false };
  private readonly frequencies = new Map<number, number>();

  add(owner: string, patterns: readonly string[] | undefined, gated = false): ListId {
    const list = this.lists++;
    const gate: Gate | undefined = gated ? { keys: new Set(), cost: 0 } : undefined;
    if (gate) this.gates.set(list, gate);
    for (const p of patterns ?? []) {
      try {
        const { id, cut } = this.positions.add(p);
        this.patternList[id] = list;
        if (gate && cut) {
          for (const key of cut.keys) gate.keys.add(key);
          gate.cost += cut.cost;
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
    let f = this.frequencies.get(term);
    if (f === undefined) {
      const text = this.terms.texts[term]!;
      const kind = this.terms.kindOf(term);
      // The fast path keys a stem or suffix on its first or last four letters (three when it
      // has no more), so it fires as often as they occur.
      f =
        kind === EXACT
          ? wordFrequency({ text, stem: false, suffix: false })
          : kind === PREFIX
            ? wordFrequency({ text: text.slice(0, LONG_AFFIX), stem: true, suffix: false })
            : wordFrequency({ text: text.slice(-LONG_AFFIX), stem: false, suffix: true });
      this.frequencies.set(term, f);
    }
    return f;
  }

  unigram(term: number): Cut {
    const kind = this.terms.kindOf(term);
    const long = this.terms.lengthOf(term) >= LONG_AFFIX;
    return {
      keys: [this.terms.triggerKey(term)],
      cost: this.frequency(term) + PER_KEY,
      pairs: false,
      affixes: kind === PREFIX ? (long ? P4 : P3) : kind === SUFFIX ? (long ? S4 : S3) : 0,
    };
  }

  pair(a: number, b: number): Cut | null {
    if (this.terms.kindOf(a) !== EXACT || this.terms.kindOf(b) !== EXACT) return null;
    const fa = this.frequency(a);
    const fb = this.frequency(b);
    return {
      keys: [pairKey(this.terms.triggerKey(a), this.terms.triggerKey(b))],
      cost: Math.min(fa * fb * COLLOCATION, PAIR_SHARE * Math.min(fa, fb)) + PER_KEY,
      pairs: true,
      affixes: 0,
    };
  }
}

function compileRule(b: ListBuilder, rule: Rule): CompiledRule {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    person: rule.person ?? 'any',
    ages: mask(AGE_BANDS, rule.ages),
    sources: mask(SOURCES, rule.source),
    patterns: b.add(rule.id, rule.patterns, true),
    near: rule.near ? { within: rule.near.within, list: b.add(rule.id, rule.near.patterns, true) } : null,
    unless: b.add(rule.id, rule.unless),
    context: (rule.context ?? []).map((c) => ({
      list: b.add(rule.id, c.patterns),
      within: c.within ?? null,
      adjust: c.adjust,
      reason: c.reason,
    })),
    domains: (rule.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
  };
}

/** Builds the runtime tables (term index, start index, trigger table, domain index) from compiled data. */
export function materialise(data: CompiledData): CompiledRules {
  const listRules = new Map<ListId, number[]>();
  data.rules.forEach((r, i) => {
    listRules.set(r.patterns, [...(listRules.get(r.patterns) ?? []), i]);
  });
  const domainIndex = new Map<string, number[]>();
  data.rules.forEach((r, i) => {
    for (const d of r.domains) domainIndex.set(d, [...(domainIndex.get(d) ?? []), i]);
  });
  return {
    format: 3,
    ...data,
    trigger: buildTriggerTable(data.triggerKeys, data.triggerKinds),
    matcher: {
      terms: data.terms,
      termIndex: indexTerms(data.terms),
      positions: data.positions,
      start: buildStartIndex(data.positions, data.terms.kind.length),
      patternList: data.patternList,
    },
    listRules,
    domainIndex,
  };
}

function finish(
  b: ListBuilder,
  version: string,
  rules: CompiledRule[],
  cues: CompiledCue[],
  exclusions: ListId,
) {
  // A rule fires only with a pattern match and, when it has one, a near match: either list's
  // keys gate it, so the rarer set is looked for.
  const keys = new Set<number>();
  for (const r of rules) {
    const own = b.gates.get(r.patterns)!;
    const near = r.near ? b.gates.get(r.near.list)! : null;
    const gate = near && near.keys.size > 0 && near.cost < own.cost ? near : own;
    for (const k of gate.keys) keys.add(k);
  }
  return materialise({
    version,
    rules,
    cues,
    lists: b.lists,
    exclusions,
    terms: b.terms.table(),
    positions: b.positions.build(),
    patternList: Int32Array.from(b.patternList),
    triggerKeys: Int32Array.from(keys),
    triggerKinds: { ...b.kinds },
  });
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const b = new ListBuilder();
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
      reason: c.reason,
    }),
  );
  return finish(b, ruleSet.version, rules, cues, b.add('exclusions', []));
}

/** A school's extra words and exclusions, as a small rule set of its own. */
export function compileCustomisation(custom: Customisation): CompiledRules {
  const b = new ListBuilder();
  const rules = (custom.words ?? []).map((w, i) =>
    compileRule(b, {
      id: `custom.${i}.${w.phrase.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      category: w.category,
      severity: w.severity,
      patterns: [w.phrase],
    }),
  );
  const exclusions = b.add(
    'exclusions',
    (custom.exclusions ?? []).map((e) => e.phrase),
  );
  return finish(b, 'custom', rules, [], exclusions);
}

/** Throws PatternError when a pattern is malformed or uses characters the engine cannot match. */
export function checkPattern(source: string): void {
  new PositionBuilder(new TermBuilder()).add(source);
}
