// Compiles a rule set into one automaton shared by every rule, cue and exception phrase.
import { buildAutomaton, buildTrie } from './automaton.js';
import {
  type CompiledContext,
  type CompiledCue,
  type CompiledRule,
  type CompiledRules,
  type PhraseTable,
  REF_CONTEXT,
  REF_CUE,
  REF_EXCLUSION,
  REF_NEAR,
  REF_PATTERN,
  REF_UNLESS,
} from './compiled.js';
import { PatternError } from './pattern.js';
import { PhraseBuilder } from './phrases.js';
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

function phrasesOf(builder: PhraseBuilder, id: string, patterns: readonly string[] | undefined): number[] {
  const ids = new Set<number>();
  for (const p of patterns ?? []) {
    try {
      for (const k of builder.addPattern(p)) ids.add(k);
    } catch (e) {
      if (e instanceof PatternError) throw new RuleCompileError(id, p, e.message);
      throw e;
    }
  }
  return [...ids];
}

function compileRule(b: PhraseBuilder, rule: Rule): CompiledRule {
  return {
    id: rule.id,
    category: rule.category,
    severity: rule.severity,
    person: rule.person ?? 'any',
    ages: mask(AGE_BANDS, rule.ages),
    sources: mask(SOURCES, rule.source),
    patterns: phrasesOf(b, rule.id, rule.patterns),
    near: rule.near ? { within: rule.near.within, phrases: phrasesOf(b, rule.id, rule.near.patterns) } : null,
    unless: phrasesOf(b, rule.id, rule.unless),
    context: (rule.context ?? []).map(
      (c): CompiledContext => ({
        phrases: phrasesOf(b, rule.id, c.patterns),
        within: c.within ?? null,
        adjust: c.adjust,
        reason: c.reason,
      }),
    ),
    domains: (rule.domains ?? []).map((d) => d.toLowerCase().replace(/^www\./, '')),
  };
}

export interface CompiledData {
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  exclusions: number[];
  phrases: PhraseTable;
  trie: import('./automaton.js').Trie;
}

/** Builds the runtime tables (dense automaton, phrase uses, domain index) from compiled data. */
export function materialise(data: CompiledData): CompiledRules {
  const { rules, cues, exclusions, phrases } = data;
  const n = phrases.flags.length;
  const uses: number[][] = Array.from({ length: n }, () => []);
  rules.forEach((r, i) => {
    for (const p of r.patterns) uses[p]!.push(REF_PATTERN, i, 0);
    for (const p of r.near?.phrases ?? []) uses[p]!.push(REF_NEAR, i, 0);
    for (const p of r.unless) uses[p]!.push(REF_UNLESS, i, 0);
    r.context.forEach((c, k) => {
      for (const p of c.phrases) uses[p]!.push(REF_CONTEXT, i, k);
    });
  });
  cues.forEach((c, i) => {
    for (const p of c.phrases) uses[p]!.push(REF_CUE, i, 0);
  });
  for (const p of exclusions) uses[p]!.push(REF_EXCLUSION, 0, 0);
  const refStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) refStart[k + 1] = refStart[k]! + uses[k]!.length;
  const refs = Int32Array.from(uses.flat());
  const domainIndex = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const d of r.domains) domainIndex.set(d, [...(domainIndex.get(d) ?? []), i]);
  });
  return {
    format: 1,
    ...data,
    automaton: buildAutomaton(data.trie),
    refStart,
    refs,
    domainIndex,
  };
}

export function compileRules(ruleSet: RuleSet): CompiledRules {
  const b = new PhraseBuilder();
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
      phrases: phrasesOf(b, `contexts.${c.id}`, c.patterns),
      reason: c.reason,
    }),
  );
  return materialise({
    version: ruleSet.version,
    rules,
    cues,
    exclusions: [],
    phrases: b.table(),
    trie: buildTrie(b.list),
  });
}

/** A school's extra words and exclusions, as a small rule set of its own. */
export function compileCustomisation(custom: Customisation): CompiledRules {
  const b = new PhraseBuilder();
  const rules = (custom.words ?? []).map((w, i) =>
    compileRule(b, {
      id: `custom.${i}.${w.phrase.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
      category: w.category,
      severity: w.severity,
      patterns: [w.phrase],
    }),
  );
  const exclusions = (custom.exclusions ?? []).flatMap((e) => phrasesOf(b, 'exclusion', [e.phrase]));
  return materialise({
    version: 'custom',
    rules,
    cues: [],
    exclusions,
    phrases: b.table(),
    trie: buildTrie(b.list),
  });
}
