// The compiled form of a rule set: plain data (rules, cues, phrase table, trie) plus the tables
// materialised from it at load. Only the plain data is serialised.
import type { Automaton, Trie } from './automaton.js';
import type { Category } from './types.js';

/** Pieces matched word to word from the anchor piece (the rarest) outwards. */
export interface Chain {
  pieces: number[][];
  anchor: number;
}

/**
 * One pattern list of the rule set (a rule's patterns, its near or unless list, one context
 * modifier, one cue, the exclusions): index into CompiledRules.lists.
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
  unless: ListId;
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
  list: ListId;
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
  format: 2;
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  /** Every pattern list, each as its chains. */
  lists: Chain[][];
  /** School exclusions: spans that suppress any detection inside them. */
  exclusions: ListId;
  phrases: PhraseTable;
  /** The triggers of every rule pattern; scanned on every text. */
  trigger: Automaton;
  /** Every phrase of every list; scanned only when a trigger fired. */
  full: Automaton;
  /** Rules with phrase k in an anchor piece: anchorRules[anchorStart[k]..anchorStart[k+1]). */
  anchorStart: Int32Array;
  anchorRules: Int32Array;
  domainIndex: Map<string, number[]>;
  /** Kept so the compiled form can be serialised again. */
  triggerTrie: Trie;
  fullTrie: Trie;
}
