// Public types of the detection engine. Rules are plain data so they can be written in YAML,
// validated by @vigil/rules and compiled here.

export const CATEGORIES = [
  'bullying',
  'self-harm',
  'suicide',
  'grooming',
  'sexual',
  'extremism',
  'violence',
  'drugs',
  'discrimination',
  'gambling',
  'profanity',
  'family',
  'mental-health',
  'off-task',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Severity = 1 | 2 | 3 | 4 | 5;

export const AGE_BANDS = ['primary', 'secondary', 'staff'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const SOURCES = ['typed', 'page', 'url', 'search', 'title'] as const;
export type Source = (typeof SOURCES)[number];

export interface ContextModifier {
  patterns: string[];
  /** Words either side of the hit; undefined means anywhere in the text. */
  within?: number;
  adjust: number;
  reason: string;
}

export interface Rule {
  id: string;
  category: Category;
  severity: number;
  description?: string;
  patterns?: string[];
  near?: { within: number; patterns: string[] };
  /** Further co-occurrence conditions, each of which must hold as well as `near`. */
  alsoNear?: { within: number; patterns: string[] }[];
  unless?: string[];
  context?: ContextModifier[];
  person?: 'first' | 'any';
  ages?: AgeBand[];
  languages?: string[];
  source?: Source[];
  domains?: string[];
  weight?: number;
  examples?: { match?: string[]; no_match?: string[]; quiet?: string[] };
  /**
   * Engine-wide cues (contexts.yaml ids) that never adjust this rule: laughing is no excuse where
   * the laugh is itself the warning sign (cruelty, a threat).
   */
  ignoreCues?: string[];
}

/** An engine-wide cue from contexts.yaml. */
export interface ContextCue {
  id: string;
  adjust: number;
  within?: number;
  /** Which side of the hit the cue must lie on; default both. */
  side?: 'before' | 'after' | 'both';
  categories: Category[];
  patterns: string[];
  /** A cue occurrence lying inside one of these does not count ("not" in "not joking"). */
  unless?: string[];
  reason: string;
  /**
   * Also lowers the text model's findings of its categories within `within` words: the model
   * stands over it only where it is sure (as over a rule lowered by a cue). For cues whose words
   * are never the risk (ice on a frozen pond), not for settings a risk is told in.
   */
  model?: boolean;
  /**
   * Ids of lowering cues that this cue, when it lies within its `within` words of a hit, keeps from
   * lowering that hit: a pupil's own life told inside school work ("PSHE answer: me and my mates
   * smoke weed every weekend") is no lesson. A rule's own lowering context whose matched words are
   * an occurrence of a voided cue (its "pshe", "essay") is kept from lowering it too.
   */
  voids?: string[];
  /**
   * Phrases inside which an occurrence of any lowering cue or rule context does not count: the
   * "news" of "watch the news friday" after a threat, the "history" of "his search history".
   * Such a cue has `adjust: 0`; its categories are those of the hits it protects.
   */
  exempts?: boolean;
}

/**
 * Moves that are innocent alone and a concern together: when the rules find `moves` distinct kinds
 * of one category in a text (the middle part of their ids: grooming.images.*, grooming.secrecy.*),
 * none of them lowered by context, the strongest is raised to `severity`.
 */
export interface Combination {
  category: Category;
  moves: number;
  severity: number;
  reason: string;
}

export interface RuleSet {
  version: string;
  rules: Rule[];
  contexts?: ContextCue[];
  combinations?: Combination[];
  /** The text model: a second detector for wording no rule lists (model/text-model.ts). */
  model?: import('./model/text-model.js').TextModelData;
}

export interface Detection {
  category: Category;
  severity: Severity;
  rule: string;
  /** The exact substring of the original text: text.slice(start, end). */
  match: string;
  start: number;
  end: number;
  /** Why the severity is what it is, e.g. "base 4", "-2 gaming context 'ender dragon'". */
  reasons: string[];
}

/** A school's own adjustments, applied on top of the shared library. */
export interface Customisation {
  words?: { phrase: string; category: Category; severity: number; reason?: string }[];
  disabled?: string[];
  /** Phrases whose span suppresses any detection lying inside it. */
  exclusions?: { phrase: string; reason?: string }[];
}

export interface Profile {
  age?: AgeBand;
  source?: Source;
  custom?: Customisation;
}

export interface ScanOptions extends Profile {
  /**
   * Keep detections whose context lowered them below 1 (reported at 1 with a reason), so rule
   * examples can check that a pattern matches even where context would silence it.
   */
  keepDropped?: boolean;
  /** Run the rule set's text model too (default true); false gives the rules' findings alone. */
  model?: boolean;
  rules: import('./compiled.js').CompiledRules;
}
