// The compiled form as plain JSON: rules and cues as objects, the trie and phrase table as
// base64 typed arrays. Loading rebuilds only the dense table (no pattern parsing), which keeps
// the extension's worker start fast.

import type { Trie } from './automaton.js';
import { base64ToInt32, fromBase64, int32ToBase64, toBase64 } from './base64.js';
import { materialise } from './compile.js';
import type { Chain, CompiledCue, CompiledRule, CompiledRules } from './compiled.js';

export const COMPILED_FORMAT = 2;

interface SerializedTrie {
  parent: string;
  label: string;
  outStart: string;
  outPhrases: string;
}

const saveTrie = (t: Trie): SerializedTrie => ({
  parent: int32ToBase64(t.parent),
  label: toBase64(t.label),
  outStart: int32ToBase64(t.outStart),
  outPhrases: int32ToBase64(t.outPhrases),
});

const loadTrie = (t: SerializedTrie): Trie => ({
  parent: base64ToInt32(t.parent),
  label: fromBase64(t.label),
  outStart: base64ToInt32(t.outStart),
  outPhrases: base64ToInt32(t.outPhrases),
});

export interface SerializedRules {
  format: number;
  version: string;
  rules: CompiledRule[];
  cues: CompiledCue[];
  lists: Chain[][];
  exclusions: number;
  phrases: { start: string; syms: string; runs: string; flags: string };
  triggerTrie: SerializedTrie;
  fullTrie: SerializedTrie;
}

export function serializeCompiled(c: CompiledRules): SerializedRules {
  return {
    format: COMPILED_FORMAT,
    version: c.version,
    rules: c.rules,
    cues: c.cues,
    lists: c.lists,
    exclusions: c.exclusions,
    phrases: {
      start: int32ToBase64(c.phrases.start),
      syms: toBase64(c.phrases.syms),
      runs: toBase64(c.phrases.runs),
      flags: toBase64(c.phrases.flags),
    },
    triggerTrie: saveTrie(c.triggerTrie),
    fullTrie: saveTrie(c.fullTrie),
  };
}

/** Accepts the object or its JSON text. */
export function loadCompiled(json: SerializedRules | string): CompiledRules {
  const s: SerializedRules = typeof json === 'string' ? JSON.parse(json) : json;
  if (s.format !== COMPILED_FORMAT)
    throw new Error(`compiled rules format ${s.format}, expected ${COMPILED_FORMAT}`);
  return materialise({
    version: s.version,
    rules: s.rules,
    cues: s.cues,
    lists: s.lists,
    exclusions: s.exclusions,
    phrases: {
      start: base64ToInt32(s.phrases.start),
      syms: fromBase64(s.phrases.syms),
      runs: fromBase64(s.phrases.runs),
      flags: fromBase64(s.phrases.flags),
    },
    triggerTrie: loadTrie(s.triggerTrie),
    fullTrie: loadTrie(s.fullTrie),
  });
}
