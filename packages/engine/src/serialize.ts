// The compiled form as plain JSON: rules and cues as objects, terms, position automata and
// trigger keys as base64 typed arrays. Loading rebuilds only the lookup maps (no pattern
// parsing), which keeps the extension's worker start fast.
import { base64ToInt32, fromBase64, int32ToBase64, toBase64 } from './base64.js';
import { materialise } from './compile.js';
import type { CompiledCue, CompiledRule, CompiledRules, TriggerKinds } from './compiled.js';
import type { TextModelData } from './model/text-model.js';
import type { Positions } from './positions.js';
import type { Combination } from './types.js';

export const COMPILED_FORMAT = 13;

interface SerializedPositions {
  term: string;
  followSet: string;
  followStart: string;
  follow: string;
  pattern: string;
  final: string;
  firstStart: string;
  first: string;
}

const savePositions = (p: Positions): SerializedPositions => ({
  term: int32ToBase64(p.term),
  followSet: int32ToBase64(p.followSet),
  followStart: int32ToBase64(p.followStart),
  follow: int32ToBase64(p.follow),
  pattern: int32ToBase64(p.pattern),
  final: toBase64(p.final),
  firstStart: int32ToBase64(p.firstStart),
  first: int32ToBase64(p.first),
});

const loadPositions = (p: SerializedPositions): Positions => ({
  term: base64ToInt32(p.term),
  followSet: base64ToInt32(p.followSet),
  followStart: base64ToInt32(p.followStart),
  follow: base64ToInt32(p.follow),
  pattern: base64ToInt32(p.pattern),
  final: fromBase64(p.final),
  firstStart: base64ToInt32(p.firstStart),
  first: base64ToInt32(p.first),
});

export interface SerializedRules {
  format: number;
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  combinations: Combination[];
  lists: number;
  exclusions: number;
  terms: { kind: string; start: string; syms: string; runs: string };
  rulePositions: SerializedPositions;
  ruleLists: string;
  otherPositions: SerializedPositions;
  otherLists: string;
  triggerKeys: string;
  triggerHalves: string;
  triggerKinds: TriggerKinds;
  model: TextModelData | null;
}

export function serializeCompiled(c: CompiledRules): SerializedRules {
  if (c.scanOnly)
    throw new Error(
      'these compiled rules were loaded for scanning only (loadCompiled scanOnly) and cannot be serialised',
    );
  return {
    format: COMPILED_FORMAT,
    version: c.version,
    rules: c.rules,
    cues: c.cues,
    combinations: c.combinations,
    lists: c.lists,
    exclusions: c.exclusions,
    terms: {
      kind: toBase64(c.terms.kind),
      start: int32ToBase64(c.terms.start),
      syms: toBase64(c.terms.syms),
      runs: toBase64(c.terms.runs),
    },
    rulePositions: savePositions(c.rulePositions),
    ruleLists: int32ToBase64(c.ruleLists),
    otherPositions: savePositions(c.otherPositions),
    otherLists: int32ToBase64(c.otherLists),
    triggerKeys: int32ToBase64(c.triggerKeys),
    triggerHalves: int32ToBase64(c.triggerHalves),
    triggerKinds: c.triggerKinds,
    model: c.model,
  };
}

/**
 * Accepts the object or its JSON text. `scanOnly`: for a process that only scans (the extension's
 * worker, whose heap budget is 30 MB), release the tables only loading and serialising read (the
 * trigger keys the trigger table was built from, the automata's terms, follow lists, follow sets,
 * final flags, first positions and patterns, which the matchers hold in their own layout): about
 * 9 MB of today's library; and the text model's stored form (its rows as base64, 3.1 MB, read once into
 * the model's own tables).
 */
export function loadCompiled(
  json: SerializedRules | string,
  options: { scanOnly?: boolean } = {},
): CompiledRules {
  const s: SerializedRules = typeof json === 'string' ? JSON.parse(json) : json;
  if (s.format !== COMPILED_FORMAT)
    throw new Error(`compiled rules format ${s.format}, expected ${COMPILED_FORMAT}`);
  const loaded = materialise({
    version: s.version,
    rules: s.rules,
    cues: s.cues,
    combinations: s.combinations,
    lists: s.lists,
    exclusions: s.exclusions,
    terms: {
      kind: fromBase64(s.terms.kind),
      start: base64ToInt32(s.terms.start),
      syms: fromBase64(s.terms.syms),
      runs: fromBase64(s.terms.runs),
    },
    rulePositions: loadPositions(s.rulePositions),
    ruleLists: base64ToInt32(s.ruleLists),
    otherPositions: loadPositions(s.otherPositions),
    otherLists: base64ToInt32(s.otherLists),
    triggerKeys: base64ToInt32(s.triggerKeys),
    triggerHalves: base64ToInt32(s.triggerHalves),
    triggerKinds: s.triggerKinds,
    model: s.model ?? null,
  });
  return options.scanOnly ? scanOnly(loaded) : loaded;
}

const NONE = new Int32Array(0);
const NONE_BYTES = new Uint8Array(0);

function scanOnly(c: CompiledRules): CompiledRules {
  for (const p of [c.rulePositions, c.otherPositions]) {
    p.term = NONE;
    p.follow = NONE;
    p.first = NONE;
    p.firstStart = NONE;
    // The start index holds each pair start's follow set and final flag (match.ts pairSet).
    p.followSet = NONE;
    p.final = NONE_BYTES;
    // Each match's list comes from the matchers' runs of lists (match.ts listAt).
    p.pattern = NONE;
  }
  c.triggerKeys = NONE;
  c.triggerHalves = NONE;
  c.ruleLists = NONE;
  c.otherLists = NONE;
  if (c.textModel && c.model) {
    // A copy, not the caller's object: loadCompiled may have been handed parsed JSON it keeps.
    const lean: TextModelData = { ...c.model, ...RELEASED };
    c.model = lean;
    c.textModel.data = lean;
  }
  c.scanOnly = true;
  return c;
}

/** The text model's stored rows, in the form scanOnly leaves them. */
const RELEASED = { keys: '', rowClasses: '', entryWeight: '', concernWeight: '' } as const;
