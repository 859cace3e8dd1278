// The compiled form of a rule set: plain data (rules, cues, terms, position automata, trigger
// keys) plus the lookup tables materialised from it at load. Only the plain data is serialised.
import type { ListHit, Matcher } from './match.js';
import type { TextModel, TextModelData } from './model/text-model.js';
import type { Positions } from './positions.js';
import type { TermTable } from './terms.js';
import type { TriggerTable } from './trigger.js';
import type { Category, Combination } from './types.js';

/**
 * One pattern list of the rule set (a rule's patterns, its near or unless list, one context
 * modifier, one cue, the exclusions).
 */
export type ListId = number;

export interface CompiledContext {
  list: ListId;
  within: number | null;
  adjust: number;
  reason: string;
}

export interface CompiledRule {
  id: string;
  category: Category;
  severity: number;
  person: 'first' | 'any';
  /** Bitmask over AGE_BANDS; 0 means all. */
  ages: number;
  /** Bitmask over SOURCES; 0 means all. */
  sources: number;
  patterns: ListId;
  near: { within: number; list: ListId } | null;
  /** Further near conditions, all required (matched only when the rule's own patterns matched). */
  alsoNear: { within: number; list: ListId }[];
  unless: ListId;
  context: CompiledContext[];
  domains: string[];
  /** Ids of engine-wide cues that never adjust this rule. */
  ignoreCues: string[];
}

export interface CompiledCue {
  id: string;
  adjust: number;
  within: number | null;
  side: 'before' | 'after' | 'both';
  /** Bitmask over CATEGORIES. */
  categories: number;
  list: ListId;
  /** Spans where an occurrence of the cue does not count; null when none. */
  unless: ListId | null;
  reason: string;
  /** Also lowers the text model's findings in its categories (model/cue-veto.ts). */
  model?: true;
  /** Indices (in the cue list) of the lowering cues this cue voids near a hit (ContextCue.voids). */
  voids?: number[];
  /** Inside its occurrences no lowering cue or rule context counts (ContextCue.exempts). */
  exempts?: true;
}

/** Which kinds of trigger key the set holds, so the fast path skips the probes it cannot need. */
export interface TriggerKinds {
  /** Affix key kinds used (terms.ts affixBit). */
  affixes: number;
  pairs: boolean;
  /** First two symbols of every stem, last two of every suffix (six bits each), to gate affix probes. */
  prefix2: number[];
  suffix2: number[];
}

/** What is serialised. */
export interface CompiledData {
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  combinations: Combination[];
  /** Number of pattern lists. */
  lists: number;
  /** School exclusions: spans that suppress any detection inside them. */
  exclusions: ListId;
  terms: TermTable;
  /** Rules' pattern lists, matched first; the list of each of their patterns. */
  rulePositions: Positions;
  ruleLists: Int32Array;
  /** Every other list, matched only when some rule's patterns matched. */
  otherPositions: Positions;
  otherLists: Int32Array;
  /** Keys whose presence sends a text to the full matcher (see trigger.ts). */
  triggerKeys: Int32Array;
  /** Keys that fire only together with a key of the other half: (key, group * 2 + half) pairs. */
  triggerHalves: Int32Array;
  triggerKinds: TriggerKinds;
  /** The text model, when the rule set has one. */
  model: TextModelData | null;
}

export interface CompiledRules extends CompiledData {
  format: 5;
  trigger: TriggerTable;
  ruleMatcher: Matcher;
  otherMatcher: Matcher;
  /** Rules whose pattern list is this list. */
  listRules: Map<ListId, number[]>;
  /** Whether the exclusions list has any pattern (a school's customisation). */
  hasExclusions: boolean;
  domainIndex: Map<string, number[]>;
  textModel: TextModel | null;
  /**
   * Loaded for scanning only (loadCompiled's `scanOnly`): what only compiling, loading and
   * serialising read is released, and the rules cannot be serialised again.
   */
  scanOnly?: true;
}

export type { ListHit };
