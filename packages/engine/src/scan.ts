// scan(): the trigger check on the text (the fast path), and only when a trigger fired: readings
// of the text -> whole-pattern matches -> spans in the original -> scored detections.

import { compileCustomisation } from './compile.js';
import type { CompiledRules } from './compiled.js';
import { findDomains } from './domains.js';
import { emojiView } from './emoji.js';
import { type GluedView, gluedView, withinOnePiece } from './glued.js';
import { findHits, type ListHit, type Matcher } from './match.js';
import { answerParts } from './model/answer-parts.js';
import { classifyReused, type ModelVerdict, modelDetections, reportsAny } from './model/classify.js';
import { cueLowersModel } from './model/cue-veto.js';
import { checkedBits } from './model/features.js';
import { secondOpinion } from './model/second-opinion.js';
import type { TextModel } from './model/text-model.js';
import { sentenceWindows, WINDOW_CONCERN } from './model/windows.js';
import { applies, type Firmness, score, type Veto } from './score.js';
import { isRuleWord } from './terms.js';
import {
  ESCAPED,
  FIRED,
  fastCheck,
  GLUED,
  LEET,
  MASKED,
  NFKC,
  otherReadings,
  SPACED,
  viewMayFire,
} from './trigger.js';
import type { Customisation, Detection, Profile, ScanOptions } from './types.js';
import {
  identity,
  joinedView,
  leetView,
  mapEnd,
  mapStart,
  maskedView,
  nfkcView,
  queryView,
  segmentedView,
  textsOnly,
  type View,
  wordSpans,
} from './views.js';
import { inside, overlaps, type Span, sharedWordStarts, WordIndex } from './words.js';

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

/** Every reading of the text the matcher runs over, each with its map back to the original. */
class Reading {
  readonly texts: { text: string; view: View; glued?: GluedView }[] = [];
  private words: WordIndex | null = null;

  /**
   * `needs`: the readings the text may need besides its literal one (trigger.ts bits); `isWord`
   * tells words of the rules, to split spaced letters that span several words.
   */
  constructor(
    readonly text: string,
    private readonly needs: number,
    private readonly isWord: ((letters: string) => boolean) | null = null,
    words: WordIndex | null = null,
    /** False for a trigger check's readings: their views have texts but no maps (textsOnly). */
    readonly mapped = true,
  ) {
    this.words = words;
    if (mapped) this.build(needs, isWord);
    else textsOnly(() => this.build(needs, isWord));
  }

  /** The same readings with their maps, to find matches in. */
  withMaps(): Reading {
    return new Reading(this.text, this.needs, this.isWord, this.words, true);
  }

  private build(needs: number, isWord: ((letters: string) => boolean) | null): void {
    const text = this.text;
    let base: View = identity(text);
    if (needs & ESCAPED) base = queryView(base) ?? base;
    // Decoded search terms may hold anything, so they get every reading.
    const all = base.text !== text;
    if (all || needs & NFKC) base = nfkcView(base) ?? base;
    const leet = all || (needs & LEET) !== 0;
    this.add(base, leet);
    // The three joins of spaced letters read the same words of the base.
    const spans = all || needs & SPACED ? wordSpans(base.text) : null;
    const joined = spans ? joinedView(base, false, spans) : null;
    if (joined) {
      this.add(joined, leet);
      // The same runs without a leading 'a' or 'i' ("a c u n t", "i k i l l myself").
      const spared = joinedView(base, true, spans!);
      if (spared) this.add(spared, leet);
      // Runs spanning several words ("k i l l m y s e l f" read as "kill myself").
      const segmented = isWord ? segmentedView(base, isWord, spans!) : null;
      if (segmented) this.add(segmented, leet);
    }
    // Masked words (f*ck, c**t) read as the words they stand for.
    const masked = all || needs & MASKED ? maskedView(base) : null;
    if (masked) this.add(masked, leet);
    // Emoji that stand for words (🔪, 🔫, 🐒); surrogate pairs set NFKC.
    const emoji = all || needs & NFKC ? emojiView(base) : null;
    if (emoji) this.add(emoji, leet);
    // Hashtags run together (#iwanttodie) read as their words ('#' sets MASKED), and long runs
    // typed without spaces (GLUED).
    const glued =
      (all || needs & (MASKED | GLUED)) && isWord
        ? gluedView(base, isWord, all || (needs & GLUED) !== 0)
        : null;
    if (glued) this.add(glued.view, leet, glued);
  }

  /** A view and its leet channels ('1' read as i, then as l when the text has one). */
  private add(view: View, withLeet: boolean, glued?: GluedView): void {
    this.texts.push({ text: view.text, view, glued });
    if (!withLeet) return;
    const leet = leetView(view.text, 'i');
    if (!leet) return;
    this.texts.push({ text: leet, view, glued });
    const ell = view.text.includes('1') ? leetView(view.text, 'l') : null;
    if (ell && ell !== leet) this.texts.push({ text: ell, view, glued });
  }

  /** Does any reading other than the text itself fire a trigger? */
  firesBeyondText(c: CompiledRules): boolean {
    return this.texts.some((r) => r.text !== this.text && viewFires(c, this.text, r.text));
  }

  /**
   * Every whole-pattern match in any reading, as spans of the original, once each. Every reading
   * is matched, for rule patterns and other lists alike: a rule's near list or a conjunction of
   * its keys may be met in one reading and its pattern in another.
   */
  spans(m: Matcher, wanted: Uint8Array | null = null): Span[] {
    if (!this.mapped) throw new Error('readings without maps cannot place a match');
    const spans: Span[] = [];
    const hits: ListHit[] = [];
    let readings = 0;
    for (const { text, view, glued } of this.texts) {
      hits.length = 0;
      findHits(m, text, hits, wanted);
      if (hits.length === 0) continue;
      readings++;
      this.words ??= WordIndex.of(this.text);
      for (const h of hits) {
        const start = mapStart(view, h.start);
        const end = mapEnd(view, h.end);
        if (end <= start) continue;
        // Inside one piece of a split hashtag is a word the literal reading already had (or a
        // part of one: #therapist is not "the rapist").
        if (glued && withinOnePiece(glued, start, end)) continue;
        spans.push({ list: h.list, start, end, w0: this.words.at(start), w1: this.words.at(end - 1) });
      }
    }
    // The same match found in several readings counts once (within one reading a repeat is
    // harmless: scoring asks whether a list matched near a hit, not how often).
    if (readings < 2) return spans;
    spans.sort((x, y) => x.start - y.start || x.end - y.end || x.list - y.list);
    let w = 0;
    for (let r = 0; r < spans.length; r++) {
      const sp = spans[r]!;
      const prev = w > 0 ? spans[w - 1]! : null;
      if (prev && prev.start === sp.start && prev.end === sp.end && prev.list === sp.list) continue;
      spans[w++] = sp;
    }
    spans.length = w;
    return spans;
  }
}

/** The words of a rule set, for splitting spaced letters (segmentedView). */
const wordsOf = (c: CompiledRules) => (letters: string) =>
  isRuleWord(c.ruleMatcher.terms, c.ruleMatcher.termIndex, letters);

const OTHER_READINGS = LEET | SPACED | NFKC | ESCAPED | MASKED | GLUED;

/**
 * Does a trigger fire in any reading of the text? The common case (no trigger, nothing another
 * reading could change) is one fastCheck and no allocation. `checked`: the text's fastCheck bits
 * when the model's feature reader already found them.
 */
function fires(
  c: CompiledRules,
  text: string,
  reading: { r: Reading | null },
  checked: number | null = null,
): boolean {
  if (c.rules.length === 0) return false;
  const bits = checked ?? fastCheck(c.trigger, text);
  if (bits & FIRED) return true;
  if ((bits & OTHER_READINGS) === 0) return false;
  if ((bits & OTHER_READINGS) === LEET) return leetFires(c, text);
  reading.r ??= new Reading(text, bits, wordsOf(c), null, false);
  return reading.r.firesBeyondText(c);
}

/**
 * The trigger check of the leet readings alone (what Reading.firesBeyondText does when leet is the
 * only other reading a text needs), without building the other views.
 */
function leetFires(c: CompiledRules, text: string): boolean {
  const asI = leetView(text, 'i');
  if (asI === null) return false;
  if (viewFires(c, text, asI)) return true;
  const asL = text.includes('1') ? leetView(text, 'l') : null;
  return asL !== null && asL !== asI && viewFires(c, text, asL);
}

/**
 * Does a trigger fire on `view`, a reading of `text`, on which none fired? Most views change a few
 * words ('U.S.' joined, '90-day' read as leet): when no key of the table is probed in or beside
 * them, the view cannot fire and is not checked whole.
 */
const viewFires = (c: CompiledRules, text: string, view: string): boolean =>
  viewMayFire(c.trigger, text, view) && (fastCheck(c.trigger, view) & FIRED) !== 0;

/**
 * Could the text hold a host name? Every match of the host pattern (domains.ts) ends in a label,
 * a dot and a top-level domain of two letters or more, so it holds a dot after a letter or digit
 * and before two letters. Cheaper than the regex, which ordinary prose's 'U.S.' and '4.4' sent
 * through the whole text for nothing.
 */
function mayHaveHost(text: string): boolean {
  for (let i = text.indexOf('.'); i > 0; i = text.indexOf('.', i + 1)) {
    if (
      isAlnum(text.charCodeAt(i - 1)) &&
      isLetter(text.charCodeAt(i + 1)) &&
      isLetter(text.charCodeAt(i + 2))
    )
      return true;
  }
  return false;
}

const isLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || isLetter(c);

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

/**
 * The text model reports only what the rules missed: a category no rule found at that severity,
 * in words no rule of that category read as innocent or milder (their vetoes: a bullying rule's
 * reading says nothing about grooming in the same words). Where the model is sure of a concern it
 * stands over engine-wide cues and over a rule's own mild lowering; sure of the category alone,
 * over the cues only; never over a rule's exception (TextModelData.overrule). A school disables it
 * per category like a rule (model.suicide) or whole (model).
 */
function addModelFindings(
  detections: Detection[],
  model: TextModel,
  text: string,
  verdict: ModelVerdict,
  profile: Profile,
  vetoes: readonly Veto[],
  loweredByCue: (d: Detection) => boolean,
): void {
  const disabled = profile.custom?.disabled ?? [];
  // Built only where no rule found the category at that severity (model findings are of
  // distinct categories, so one added here never covers another).
  const found = modelDetections(
    model,
    text,
    verdict,
    (category, severity) =>
      !disabled.includes(`model.${category}`) &&
      !detections.some((r) => r.category === category && r.severity >= severity),
  );
  const overrule = model.data.overrule;
  for (const d of found) {
    const firmness = firmestVeto(vetoes, d) ?? (loweredByCue(d) ? 'cue' : null);
    if (firmness !== null) {
      if (overrule === undefined || firmness === 'exception') continue;
      const share = verdict.probabilities[model.data.classes.indexOf(d.category)]!;
      const sureConcern = d.severity === 4 && verdict.concern >= overrule.concern && share >= overrule.share;
      const sure = firmness === 'cue' && overrule.sure !== undefined && share >= overrule.sure;
      if (!sureConcern && !sure) continue;
      d.reasons.push(
        sureConcern
          ? `stands over the rules' milder reading of these words: the text model is sure of a concern (${verdict.concern.toFixed(2)}, at ${overrule.concern}) in ${d.category} (${share.toFixed(2)}, at ${overrule.share})`
          : `stands over the rules' milder reading of these words: the text model is sure of ${d.category} (${share.toFixed(2)}, at ${overrule.sure})`,
      );
    }
    detections.push(d);
  }
}

const FIRMER: Record<Firmness, number> = { cue: 0, own: 1, exception: 2 };

/** The firmest veto of the finding's category over its words, or null where none is. */
function firmestVeto(vetoes: readonly Veto[], d: Detection): Firmness | null {
  let firmest: Firmness | null = null;
  for (const v of vetoes)
    if (
      v.category === d.category &&
      overlaps(v, d) &&
      (firmest === null || FIRMER[v.firmness] > FIRMER[firmest])
    )
      firmest = v.firmness;
  return firmest;
}

/** Scans one text. Synchronous and stateless: the same text and options always give the same result. */
export function scan(text: string, options: ScanOptions): Detection[] {
  const detections = scanWhole(text, options);
  const model = modelOf(options);
  if (model === null || typeof text !== 'string') return detections;
  const parts = answerParts(text);
  const read = parts.length === 0 ? detections : withAnswerParts(text, options, parts, detections);
  return withWindows(text, options, model, read);
}

/**
 * The text model's sure findings of a safeguarding concern in two sentences of a long text read
 * apart (model/windows.ts), where nothing in the whole text was found at that severity.
 */
function withWindows(
  text: string,
  options: ScanOptions,
  model: TextModel,
  detections: Detection[],
): Detection[] {
  if (detections.some((d) => d.severity >= 4)) return detections;
  const windows = sentenceWindows(text);
  if (windows.length === 0) return detections;
  const added: Detection[] = [];
  for (const [start, end] of windows) {
    const window = text.slice(start, end);
    const verdict = classifyReused(model, window, options.rules.trigger);
    if (verdict.concern < WINDOW_CONCERN) continue;
    // The categories the model is sure of (scanWhole below classifies again, reusing the buffer).
    const sure = model.data.classes.filter((_, i) => verdict.probabilities[i]! >= WINDOW_CONCERN);
    if (sure.length === 0) continue;
    for (const d of scanWhole(window, options)) {
      if (!d.rule.startsWith('model.') || d.severity < 4 || !sure.includes(d.category)) continue;
      if (added.some((a) => a.category === d.category)) continue;
      added.push({
        ...d,
        start: d.start + start,
        end: d.end + start,
        reasons: [...d.reasons, 'read apart from the rest of a long message'],
      });
    }
  }
  return added.length === 0 ? detections : [...detections, ...added].sort(byPosition);
}

/**
 * The text model's findings in the pupil's own part of school work (model/answer-parts.ts), read
 * apart from its heading, where nothing found the category at that severity in the whole text.
 */
function withAnswerParts(
  text: string,
  options: ScanOptions,
  parts: readonly number[],
  detections: Detection[],
): Detection[] {
  const heading = text.slice(0, text.indexOf(':') + 1);
  const added: Detection[] = [];
  for (const start of parts) {
    for (const d of scanWhole(text.slice(start), options)) {
      if (!d.rule.startsWith('model.')) continue;
      const covers = (r: Detection): boolean => r.category === d.category && r.severity >= d.severity;
      if (detections.some(covers) || added.some(covers)) continue;
      added.push({
        ...d,
        start: d.start + start,
        end: d.end + start,
        reasons: [...d.reasons, `read apart from its heading '${heading}'`],
      });
    }
  }
  return added.length === 0 ? detections : [...detections, ...added].sort(byPosition);
}

/** Detections in text order, the strongest first at one place, then by rule id. */
const byPosition = (a: Detection, b: Detection): number =>
  a.start - b.start || b.severity - a.severity || (a.rule < b.rule ? -1 : 1);

/** The text model these options run: none when turned off for the call or by the school. */
const modelOf = (options: ScanOptions): TextModel | null =>
  options.model !== false && !options.custom?.disabled?.includes('model') ? options.rules.textModel : null;

function scanWhole(text: string, options: ScanOptions): Detection[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const profile: Profile & { keepDropped?: boolean } = options;
  const main = options.rules;
  const custom = customRules(options.custom);
  const lazy: { r: Reading | null } = { r: null };
  const model = modelOf(options);
  // Nothing below classifies again, so the verdict may live in classify's reused buffer. The
  // model's pass over the text does the rules' trigger check too (features.ts readWords).
  const verdict = model ? classifyReused(model, text, main.trigger) : null;
  const mainFired = fires(main, text, lazy, model ? checkedBits() : null);
  const customFired = custom !== null && fires(custom, text, lazy);
  const sites = main.domainIndex.size > 0 && mayHaveHost(text);
  const modelReports = model !== null && verdict !== null && reportsAny(model, verdict);
  if (!mainFired && !customFired && !sites && !modelReports) return [];
  // The readings only the rules' scoring reads: a text that is here for a site list or the model
  // alone (a 'U.S.' or '4.4' in ordinary prose looks like a host) does not build them.
  const readings = (): Reading => {
    if (lazy.r === null) {
      const starts = sharedWordStarts(text.length);
      lazy.r = new Reading(text, otherReadings(text, starts), wordsOf(main), WordIndex.from(starts));
    } else if (!lazy.r.mapped) lazy.r = lazy.r.withMaps();
    return lazy.r;
  };
  const scored = mainFired
    ? score(
        main,
        text,
        readings().spans(main.ruleMatcher),
        (wanted) => readings().spans(main.otherMatcher, wanted),
        profile,
      )
    : null;
  const ruled =
    scored && verdict ? secondOpinion(main, verdict, scored.detections, scored.vetoes) : scored?.detections;
  const detections = [...(ruled ?? []), ...(sites ? domainDetections(main, text, profile) : [])];
  let exclusions = scored?.exclusions ?? [];
  // A school's exclusions must be looked for whenever the shared library found something.
  if (custom && (customFired || detections.length > 0 || modelReports)) {
    const extra = score(
      custom,
      text,
      readings().spans(custom.ruleMatcher),
      (wanted) => readings().spans(custom.otherMatcher, wanted),
      profile,
    );
    detections.push(...extra.detections);
    exclusions = [...exclusions, ...extra.exclusions];
  }
  if (modelReports)
    addModelFindings(detections, model!, text, verdict!, profile, scored?.vetoes ?? [], (d) =>
      cueLowersModel(main, text, d, (wanted) => readings().spans(main.otherMatcher, wanted)),
    );
  const kept =
    exclusions.length === 0 ? detections : detections.filter((d) => !exclusions.some((e) => inside(d, e)));
  return kept.sort(byPosition);
}
