// Compiles a rule set into two automata sharing one phrase table: the triggers (one rare short
// phrase inside each phrase of each rule pattern's anchor piece) scanned on every text, and
// every phrase of every list, scanned only when a trigger fired.
import { LETTER_A, SPACE } from './alphabet.js';
import { buildAutomaton, buildTrie, type Trie } from './automaton.js';
import type { Chain, CompiledCue, CompiledRule, CompiledRules, ListId, PhraseTable } from './compiled.js';
import { PatternError } from './pattern.js';
import { type Gate, PhraseBuilder } from './phrases.js';
import { AGE_BANDS, CATEGORIES, type Customisation, type Rule, type RuleSet, SOURCES } from './types.js';

const mask = <T>(all: readonly T[], some: readonly T[] | undefined): number =>
  some ? some.reduce((m, v) => m | (all.includes(v) ? 1 << all.indexOf(v) : 0), 0) : 0;

const FULL_DENSE_STATES = 4096;
/** Dense rows of the trigger automaton: every text visits its shallow states, few its deep ones. */
const TRIGGER_DENSE_STATES = 4096;

/**
 * Marker phrases of the trigger automaton: two single letters between boundaries (" k i "), the
 * start of spaced-out letters (k i l l, f.u.c.k). quickScan notes them without leaving the fast
 * path, and only such texts get the joined reading.
 */
const SPACED_MARKERS: Uint8Array[] = [];
for (let x = LETTER_A; x < LETTER_A + 26; x++) {
  for (let y = LETTER_A; y < LETTER_A + 26; y++)
    SPACED_MARKERS.push(Uint8Array.of(SPACE, x, SPACE, y, SPACE));
}

export class RuleCompileError extends Error {
  constructor(
    readonly ruleId: string,
    readonly pattern: string,
    reason: string,
  ) {
    super(`${ruleId}: ${reason}`);
  }
}

class ListBuilder {
  readonly phrases = new PhraseBuilder();
  readonly lists: Chain[][] = [];
  /** Trigger phrases of the lists that can gate a rule (its patterns, its near list). */
  readonly gates = new Map<ListId, Gate>();

  add(owner: string, patterns: readonly string[] | undefined, gated = false): ListId {
    const gate: Gate | undefined = gated ? { ids: new Set(), cost: 0 } : undefined;
    if (gate) this.gates.set(this.lists.length, gate);
    const chains = (patterns ?? []).map((p) => {
      try {
        return this.phrases.addChain(p, gate);
      } catch (e) {
        if (e instanceof PatternError) throw new RuleCompileError(owner, p, e.message);
        throw e;
      }
    });
    this.lists.push(chains);
    return this.lists.length - 1;
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

export interface CompiledData {
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  lists: Chain[][];
  exclusions: ListId;
  phrases: PhraseTable;
  triggerTrie: Trie;
  fullTrie: Trie;
}

/** Builds the runtime tables (dense automata, phrase uses, domain index) from compiled data. */
export function materialise(data: CompiledData): CompiledRules {
  // Phrase -> rules whose pattern chains have it in their anchor piece: the rules a hit may fire.
  const n = data.phrases.flags.length;
  const uses: number[][] = Array.from({ length: n }, () => []);
  data.rules.forEach((r, i) => {
    for (const chain of data.lists[r.patterns]!) {
      for (const p of chain.pieces[chain.anchor]!) if (uses[p]!.at(-1) !== i) uses[p]!.push(i);
    }
  });
  const anchorStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) anchorStart[k + 1] = anchorStart[k]! + uses[k]!.length;
  const domainIndex = new Map<string, number[]>();
  data.rules.forEach((r, i) => {
    for (const d of r.domains) domainIndex.set(d, [...(domainIndex.get(d) ?? []), i]);
  });
  return {
    format: 2,
    ...data,
    trigger: buildAutomaton(data.triggerTrie, TRIGGER_DENSE_STATES, n),
    // Only the shallow states of the large automaton get dense rows: it runs on few texts, and
    // deep states are rarely visited, so the rest keep trie edges and failure links.
    full: buildAutomaton(data.fullTrie, FULL_DENSE_STATES),
    anchorStart,
    anchorRules: Int32Array.from(uses.flat()),
    domainIndex,
  };
}

/** Triggers of rule patterns go in the trigger automaton; every list phrase in the full one. */
function finish(
  b: ListBuilder,
  version: string,
  rules: CompiledRule[],
  cues: CompiledCue[],
  exclusions: ListId,
) {
  // A rule fires only with a pattern match and, when it has one, a near match: either list's
  // triggers gate it, so the rarer set is scanned.
  const trigger = new Set<number>();
  for (const r of rules) {
    const own = b.gates.get(r.patterns)!;
    const near = r.near ? b.gates.get(r.near.list)! : null;
    const gate = near && near.ids.size > 0 && near.cost < own.cost ? near : own;
    for (const p of gate.ids) trigger.add(p);
  }
  const used = new Uint8Array(b.phrases.size);
  for (const chains of b.lists)
    for (const ch of chains) for (const piece of ch.pieces) for (const p of piece) used[p] = 1;
  const full: number[] = [];
  for (let p = 0; p < used.length; p++) if (used[p]) full.push(p);
  return materialise({
    version,
    rules,
    cues,
    lists: b.lists,
    exclusions,
    phrases: b.phrases.table(),
    triggerTrie: buildTrie(
      [...b.phrases.list, ...SPACED_MARKERS],
      [...trigger, ...SPACED_MARKERS.map((_, k) => b.phrases.size + k)],
    ),
    fullTrie: buildTrie(b.phrases.list, full),
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
