// scan(): views of the text -> automaton hits -> spans in the original -> scored detections.

import type { Automaton } from './automaton.js';
import { compileCustomisation } from './compile.js';
import type { CompiledRules, PhraseTable } from './compiled.js';
import { findDomains } from './domains.js';
import { type Hit, matchText } from './matcher.js';
import { applies, score } from './score.js';
import type { Customisation, Detection, Profile, ScanOptions } from './types.js';
import { identity, joinedView, mapEnd, mapStart, nfkcView, queryView, type View } from './views.js';
import { inside, type Span, WordIndex } from './words.js';

// Compiled per customisation object, so a school's words cost one compile, not one per scan.
const customCache = new WeakMap<Customisation, CompiledRules>();

function customRules(custom: Customisation | undefined): CompiledRules | null {
  if (!custom || ((custom.words?.length ?? 0) === 0 && (custom.exclusions?.length ?? 0) === 0)) return null;
  let compiled = customCache.get(custom);
  if (!compiled) {
    compiled = compileCustomisation(custom);
    customCache.set(custom, compiled);
  }
  return compiled;
}

/** The text as the automata read it: decoded queries and NFKC, plus a joined view when needed. */
class Reading {
  readonly views: View[];
  private joined: View | null | undefined;
  words: WordIndex | null = null;
  constructor(readonly text: string) {
    let base: View = identity(text);
    base = queryView(base) ?? base;
    base = nfkcView(base) ?? base;
    this.views = [base];
  }

  /** Every occurrence of the automaton's phrases, as spans of the original, once each. */
  spans(a: Automaton, phrases: PhraseTable): Span[] {
    const hits: Hit[] = [];
    const base = this.views[0]!;
    const spaced = matchText(a, phrases, base.text, hits);
    const fromBase = hits.length;
    if (spaced && this.joined === undefined) this.joined = joinedView(base);
    if (spaced && this.joined) matchText(a, phrases, this.joined.text, hits);
    if (hits.length === 0) return [];
    this.words ??= new WordIndex(this.text);
    const seen = new Set<string>();
    const spans: Span[] = [];
    hits.forEach((h, i) => {
      const view = i < fromBase ? base : this.joined!;
      const start = mapStart(view, h.start);
      const end = mapEnd(view, h.end);
      const key = `${h.phrase}:${start}:${end}`;
      if (seen.has(key) || end <= start) return;
      seen.add(key);
      spans.push({ phrase: h.phrase, start, end, w0: this.words!.at(start), w1: this.words!.at(end - 1) });
    });
    return spans;
  }
}

/** Trigger phrases first; context and chain phrases only when something triggered. */
function findSpans(c: CompiledRules, reading: Reading, always = false): Span[] {
  const spans = reading.spans(c.trigger, c.phrases);
  if ((spans.length === 0 && !always) || c.aux.states <= 1) return spans;
  return [...spans, ...reading.spans(c.aux, c.phrases)];
}

function domainDetections(c: CompiledRules, text: string, profile: Profile): Detection[] {
  const out = new Map<number, Detection>();
  for (const hit of findDomains(c, text)) {
    const rule = c.rules[hit.rule]!;
    if (out.has(hit.rule) || !applies(rule, profile)) continue;
    out.set(hit.rule, {
      category: rule.category,
      severity: Math.min(5, Math.max(1, rule.severity)) as Detection['severity'],
      rule: rule.id,
      match: text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      reasons: [`base ${rule.severity}`, `site '${text.slice(hit.start, hit.end)}'`],
    });
  }
  return [...out.values()];
}

/** Scans one text. Synchronous and stateless: the same text and options always give the same result. */
export function scan(text: string, options: ScanOptions): Detection[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const profile: Profile & { keepDropped?: boolean } = options;
  const main = options.rules;
  const reading = new Reading(text);
  const scored = score(main, text, findSpans(main, reading), profile);
  const detections = [...scored.detections, ...domainDetections(main, text, profile)];
  const custom = customRules(options.custom);
  let exclusions = scored.exclusions;
  if (custom) {
    // Exclusions must be looked for whenever the shared library found something.
    const extra = score(custom, text, findSpans(custom, reading, detections.length > 0), profile);
    detections.push(...extra.detections);
    exclusions = [...exclusions, ...extra.exclusions];
  }
  const kept =
    exclusions.length === 0
      ? detections
      : detections.filter((d) => !exclusions.some((e) => inside({ ...d, phrase: 0, w0: 0, w1: 0 }, e)));
  return kept.sort((a, b) => a.start - b.start || b.severity - a.severity || (a.rule < b.rule ? -1 : 1));
}
