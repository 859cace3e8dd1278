// The compiled form of a rule set: plain data (rules, cues, phrase table, trie) plus the tables
// materialised from it at load. Only the plain data is serialised.
import type { Automaton } from './automaton.js';
import type { Category } from './types.js';

/** How a phrase is used; each use is stored as (kind, a, b). */
export const REF_PATTERN = 0;
export const REF_NEAR = 1;
export const REF_UNLESS = 2;
/** a: rule, b: index of the rule's context modifier. */
export const REF_CONTEXT = 3;
/** a: cue. */
export const REF_CUE = 4;
export const REF_EXCLUSION = 5;

export interface CompiledContext {
  phrases: number[];
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
  patterns: number[];
  near: { within: number; phrases: number[] } | null;
  unless: number[];
  context: CompiledContext[];
  domains: string[];
}

export interface CompiledCue {
  id: string;
  adjust: number;
  within: number | null;
  side: 'before' | 'after' | 'both';
  /** Bitmask over CATEGORIES. */
  categories: number;
  phrases: number[];
  reason: string;
}

/** Canonical phrases: symbols with letter runs collapsed, and the run each position requires. */
export interface PhraseTable {
  /** Phrase k occupies syms[start[k]..start[k+1]). */
  start: Int32Array;
  syms: Uint8Array;
  /** 0: no check (boundary, digit); 1: a single letter; 2: a doubled letter. */
  runs: Uint8Array;
  /** Bit 1: starts at a word boundary; bit 2: ends at one. */
  flags: Uint8Array;
}

export const LEAD = 1;
export const TRAIL = 2;

export interface CompiledRules {
  format: 1;
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  /** Phrases that only ever suppress (school exclusions). */
  exclusions: number[];
  phrases: PhraseTable;
  automaton: Automaton;
  /** Which rules, cues and exclusions use phrase k: refs[refStart[k]..refStart[k+1]) as (kind, a, b). */
  refStart: Int32Array;
  refs: Int32Array;
  domainIndex: Map<string, number[]>;
  /** Kept so the compiled form can be serialised again. */
  trie: import('./automaton.js').Trie;
}
