// scan(): trigger check on the text (the fast path), and only when a trigger fired: readings of
// the text -> full automaton hits -> spans in the original -> scored detections.

import type { Automaton } from './automaton.js';
import { compileCustomisation } from './compile.js';
import type { CompiledRules, PhraseTable } from './compiled.js';
import { findDomains } from './domains.js';
import { FIRED, HAS_LEET, type Hit, matchText, NON_ASCII, quickScan, SPACED } from './matcher.js';
import { applies, score } from './score.js';
import type { Customisation, Detection, Profile, ScanOptions } from './types.js';
import { identity, joinedView, leetView, mapEnd, mapStart, nfkcView, queryView, type View } from './views.js';
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

/** Every reading of the text the automata run over, each with its map back to the original. */
class Reading {
  readonly texts: { text: string; view: View }[] = [];
  private words: WordIndex | null = null;

  constructor(readonly text: string) {
    let base: View = identity(text);
    base = queryView(base) ?? base;
    base = nfkcView(base) ?? base;
    this.add(base);
    const joined = joinedView(base);
    if (joined) this.add(joined);
  }

  /** A view and its leet channels ('1' read as i, then as l when the text has one). */
  private add(view: View): void {
    this.texts.push({ text: view.text, view });
    const leet = leetView(view.text, 'i');
    if (!leet) return;
    this.texts.push({ text: leet, view });
    const ell = view.text.includes('1') ? leetView(view.text, 'l') : null;
    if (ell && ell !== leet) this.texts.push({ text: ell, view });
  }

  /** Does any reading other than the text itself fire a trigger? */
  firesBeyondText(a: Automaton): boolean {
    return this.texts.some((r) => r.text !== this.text && (quickScan(a, r.text) & FIRED) !== 0);
  }

  /** Every occurrence of the automaton's phrases in any reading, as spans of the original, once each. */
  spans(a: Automaton, phrases: PhraseTable): Span[] {
    const spans: Span[] = [];
    for (const { text, view } of this.texts) {
      const hits: Hit[] = [];
      matchText(a, phrases, text, hits);
      if (hits.length === 0) continue;
      this.words ??= new WordIndex(this.text);
      for (const h of hits) {
        const start = mapStart(view, h.start);
        const end = mapEnd(view, h.end);
        if (end <= start) continue;
        spans.push({ phrase: h.phrase, start, end, w0: this.words.at(start), w1: this.words.at(end - 1) });
      }
    }
    // Text order; the same phrase found in several readings counts once.
    spans.sort((x, y) => x.start - y.start || x.end - y.end || x.phrase - y.phrase);
    let w = 0;
    for (let r = 0; r < spans.length; r++) {
      const sp = spans[r]!;
      const prev = w > 0 ? spans[w - 1]! : null;
      if (prev && prev.start === sp.start && prev.end === sp.end && prev.phrase === sp.phrase) continue;
      spans[w++] = sp;
    }
    spans.length = w;
    return spans;
  }
}

const NEEDS_READINGS = NON_ASCII | HAS_LEET | SPACED;

/**
 * Does a trigger fire in any reading of the text? The common case (plain ASCII, no leet, no
 * spaced letters, no URL escapes, no trigger) is one quickScan and no allocation.
 */
function fires(c: CompiledRules, text: string, reading: { r: Reading | null }): boolean {
  if (c.rules.length === 0) return false;
  const bits = quickScan(c.trigger, text);
  if (bits & FIRED) return true;
  const escapes = text.indexOf('%') >= 0;
  if ((bits & NEEDS_READINGS) === 0 && !escapes) return false;
  if ((bits & NEEDS_READINGS) === HAS_LEET && !escapes) {
    // Digits or @$! in plain ASCII: only the leet channels can differ, and usually do not.
    const leet = leetView(text, 'i');
    if (leet === null) return false;
    if (quickScan(c.trigger, leet) & FIRED) return true;
    const ell = text.includes('1') ? leetView(text, 'l') : null;
    return ell !== null && (quickScan(c.trigger, ell) & FIRED) !== 0;
  }
  reading.r ??= new Reading(text);
  return reading.r.firesBeyondText(c.trigger);
}

/** Could the text hold a host name (a dot between letters or digits)? Cheaper than the regex. */
function mayHaveHost(text: string): boolean {
  for (let i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
    if (isAlnum(text.charCodeAt(i - 1)) && isAlnum(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

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
  const custom = customRules(options.custom);
  const lazy: { r: Reading | null } = { r: null };
  const mainFired = fires(main, text, lazy);
  const customFired = custom !== null && fires(custom, text, lazy);
  const sites = main.domainIndex.size > 0 && mayHaveHost(text);
  if (!mainFired && !customFired && !sites) return [];
  const reading = lazy.r ?? new Reading(text);
  const scored = mainFired ? score(main, text, reading.spans(main.full, main.phrases), profile) : null;
  const detections = [...(scored?.detections ?? []), ...(sites ? domainDetections(main, text, profile) : [])];
  let exclusions = scored?.exclusions ?? [];
  // A school's exclusions must be looked for whenever the shared library found something.
  if (custom && (customFired || detections.length > 0)) {
    const extra = score(custom, text, reading.spans(custom.full, custom.phrases), profile);
    detections.push(...extra.detections);
    exclusions = [...exclusions, ...extra.exclusions];
  }
  const kept =
    exclusions.length === 0
      ? detections
      : detections.filter((d) => !exclusions.some((e) => inside({ ...d, phrase: 0, w0: 0, w1: 0 }, e)));
  return kept.sort((a, b) => a.start - b.start || b.severity - a.severity || (a.rule < b.rule ? -1 : 1));
}
