// Turns pattern matches into detections: rule severity, then context, co-occurrence and allow-lists.
// Everything is derived from this text alone; nothing carries over between calls.
import { raiseCombined } from './combine.js';
import type { CompiledRule, CompiledRules, ListId } from './compiled.js';
import {
  type Adjustment,
  cueAdjustments,
  cuesApplying,
  cuesRead,
  denied,
  describe,
  NO_VOIDINGS,
  nearest,
  occurrences,
  type Voiding,
  voidedReasons,
  voidingsNear,
} from './context.js';
import { clauseAround, ownVoice, sentenceApart } from './own-voice.js';
import { AGE_BANDS, type Category, type Detection, type Profile, type Severity, SOURCES } from './types.js';
import { inside, overlaps, type Span, wordGap } from './words.js';

/** Sexual content and violence weigh more for young children. */
const PRIMARY_RAISED = new Set(['sexual', 'violence']);

export interface Scored {
  detections: Detection[];
  exclusions: Span[];
  /** Where the rules read wording as innocent or milder. The text model defers to them (scan.ts). */
  vetoes: Veto[];
}

/**
 * How firmly a rule read its match as innocent or milder. `cue`: only engine-wide cues ("lol",
 * "essay") lowered it. `own`: its own context lowered it a little (2 or less: "revising" beside a
 * wish not to be around). `exception`: its `unless` cancelled it or its own context lowered it by
 * 3 or more, the rule writer's word that this use is innocent ("fixing a sharpener", "shaving").
 */
export type Firmness = 'cue' | 'own' | 'exception';

/** A rule's innocent or milder reading of a span, for the text model of the same category. */
export interface Veto extends Span {
  category: Category;
  firmness: Firmness;
}

/** An own context that lowers by this much says the use is innocent, as an `unless` would. */
const EXCEPTION_LOWERING = -3;

function firmnessOf(own: readonly Adjustment[]): Firmness {
  let lowest = 0;
  for (const a of own) lowest = Math.min(lowest, a.adjust);
  return lowest <= EXCEPTION_LOWERING ? 'exception' : lowest < 0 ? 'own' : 'cue';
}

/**
 * Whole-pattern matches of one text, by list. The rules' own lists come first; every other list
 * (context, cues, near, unless, exclusions) is matched only when something asks for one.
 */
export class ListHits {
  private readonly byList = new Map<ListId, Span[]>();
  private others: ((wanted: Uint8Array) => readonly Span[]) | null;

  /**
   * `others(wanted)`: the matches of the other lists `wanted` marks. Only the lists the candidate
   * rules and the cues can ask for are wanted: most near and unless lists are of rules that did
   * not match, and matching them was most of the full matcher's work.
   */
  constructor(
    private readonly c: CompiledRules,
    spans: readonly Span[],
    others: (wanted: Uint8Array) => readonly Span[],
  ) {
    this.others = others;
    this.add(spans);
  }

  private add(spans: readonly Span[]): void {
    for (const span of spans) {
      const l = this.byList.get(span.list);
      if (l) l.push(span);
      else this.byList.set(span.list, [span]);
    }
  }

  // Each cue's occurrences (context.ts occurrences), found once per text: every hit of every
  // candidate rule asks for them.
  private readonly cueSpans: (readonly Span[] | undefined)[] = [];

  /** Cue k's occurrences in the text (a lowering cue's, less those inside an exempting cue's). */
  readonly cueHits = (k: number): readonly Span[] => {
    let spans = this.cueSpans[k];
    if (spans === undefined) {
      const cue = this.c.cues[k]!;
      spans = occurrences(cue, (list) => this.get(list));
      if (cue.adjust < 0 && spans.length > 0) spans = this.unexempted(spans);
      this.cueSpans[k] = spans;
    }
    return spans;
  };

  private exempt: readonly Span[] | null = null;

  /** Where no lowering cue or rule context counts: the exempting cues' occurrences (ContextCue.exempts). */
  private exemptSpans(): readonly Span[] {
    if (this.exempt === null) {
      const out: Span[] = [];
      for (const k of cueUseOf(this.c).exempters) out.push(...this.cueHits(k));
      this.exempt = out;
    }
    return this.exempt;
  }

  /** `spans` less those inside an exempting cue's occurrence. */
  unexempted(spans: readonly Span[]): readonly Span[] {
    const exempt = this.exemptSpans();
    return exempt.length === 0 ? spans : spans.filter((s) => !exempt.some((u) => inside(s, u)));
  }

  private cuesFound: Int32Array | null = null;

  /**
   * The cues that occur in the text, a bit each (as cuesRead): a risky text holds few of them, so
   * a hit looks near it only for those, not for every cue that applies to its rule.
   */
  presentCues(): Int32Array {
    if (this.cuesFound) return this.cuesFound;
    const n = this.c.cues.length;
    const found = new Int32Array((n + 31) >>> 5);
    for (let k = 0; k < n; k++) if (this.cueHits(k).length > 0) found[k >>> 5]! |= 1 << (k & 31);
    this.cuesFound = found;
    return found;
  }

  private ruleCandidates: readonly number[] | null = null;

  /** Rules with a match of their patterns, in rule order (found once: scoring and wantedLists ask). */
  candidates(): readonly number[] {
    if (this.ruleCandidates) return this.ruleCandidates;
    const out: number[] = [];
    for (const list of this.byList.keys()) {
      const rules = this.c.listRules.get(list);
      if (rules) for (const r of rules) out.push(r);
    }
    this.ruleCandidates = sortNumbers(out);
    return this.ruleCandidates;
  }

  get(list: ListId): Span[] {
    if (this.others && !this.c.listRules.has(list)) {
      this.add(this.others(this.wantedLists()));
      this.others = null;
    }
    return this.byList.get(list) ?? NONE;
  }

  /** Every list that scoring the candidate rules can ask for (score, rate, cueAdjustments). */
  private wantedLists(): Uint8Array {
    const { c } = this;
    if (wanted.length < c.lists) wanted = new Uint8Array(c.lists);
    else wanted.fill(0, 0, c.lists);
    if (c.hasExclusions) wanted[c.exclusions] = 1;
    // Only the cues some candidate may be adjusted by: a risky text's candidates are of one or
    // two categories, and matching every cue's list was a fifth of the other lists' work.
    const { read: use, words } = cueUseOf(c);
    if (cuesWanted.length < words) cuesWanted = new Int32Array(words);
    else cuesWanted.fill(0, 0, words);
    for (const r of this.candidates()) for (let k = 0; k < words; k++) cuesWanted[k]! |= use[r * words + k]!;
    for (let i = 0; i < c.cues.length; i++) {
      if ((cuesWanted[i >>> 5]! & (1 << (i & 31))) === 0) continue;
      const cue = c.cues[i]!;
      wanted[cue.list] = 1;
      if (cue.unless !== null) wanted[cue.unless] = 1;
    }
    for (const r of this.candidates()) {
      const rule = c.rules[r]!;
      wanted[rule.unless] = 1;
      if (rule.near) wanted[rule.near.list] = 1;
      for (const n of rule.alsoNear) wanted[n.list] = 1;
      for (const ctx of rule.context) wanted[ctx.list] = 1;
    }
    return wanted;
  }
}

/**
 * Sorts ascending in place. A risky text has a score of candidates, where calling a comparator
 * costs more than an insertion sort; a long page may have hundreds.
 */
function sortNumbers(xs: number[]): number[] {
  if (xs.length > 64) return xs.sort((x, y) => x - y);
  for (let i = 1; i < xs.length; i++) {
    const x = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > x) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = x;
  }
  return xs;
}

// Scratch for wantedLists (scan is synchronous; findHits is done with it before the next scan).
let wanted = new Uint8Array(0);
let cuesWanted = new Int32Array(1);

/**
 * Per rule set, a row of words per rule: the cues each may read (context.ts cuesRead), and the cues
 * that apply to it (cuesApplying).
 */
interface CueUse {
  words: number;
  read: Int32Array;
  apply: Int32Array;
  /** The cues that void others near a hit (ContextCue.voids). */
  voiders: number[];
  /** The cues inside whose phrases no lowering counts (ContextCue.exempts). */
  exempters: number[];
  /** The cues that name a lesson a pupil's own life may be typed in: own-voice.ts. */
  frames: number[];
}

// Cues naming a lesson a pupil's own life may be typed in (own-voice.ts). Not the literary cue: a
// story or script is told in the first person ("'I'll kill you!' shouts Tybalt"), tried and left
// out in session 20.
const FRAME_CUES = new Set(['educational', 'historical', 'religious-education']);

const cueUse = new WeakMap<CompiledRules, CueUse>();

function cueUseOf(c: CompiledRules): CueUse {
  let use = cueUse.get(c);
  if (!use) {
    const words = (c.cues.length + 31) >>> 5;
    use = {
      words,
      read: new Int32Array(c.rules.length * words),
      apply: new Int32Array(c.rules.length * words),
      voiders: c.cues.flatMap((cue, i) => (cue.voids ? [i] : [])),
      exempters: c.cues.flatMap((cue, i) => (cue.exempts ? [i] : [])),
      frames: c.cues.flatMap((cue, i) => (FRAME_CUES.has(cue.id) ? [i] : [])),
    };
    for (let r = 0; r < c.rules.length; r++) {
      cuesRead(c.rules[r]!, c.cues, use.read, r * words);
      cuesApplying(c.rules[r]!, c.cues, use.apply, r * words);
    }
    cueUse.set(c, use);
  }
  return use;
}

const NONE: Span[] = [];

/**
 * A hit and the nearest match of each of its rule's near conditions: the words the rule read, which
 * its milder reading covers ("delivering parcels" near "to other towns", read as a courier's job,
 * covers both, so the text model's reading of "to other towns" as county lines is held back too).
 */
function withPartners(hit: Span, nears: readonly { within: number; spans: readonly Span[] }[] | null): Span {
  if (nears === null) return hit;
  let { start, end, w0, w1 } = hit;
  for (const n of nears) {
    let partner: Span | null = null;
    let closest = Number.POSITIVE_INFINITY;
    for (const s of n.spans) {
      const gap = wordGap(hit, s).gap;
      if (gap <= n.within && !inside(s, hit) && gap < closest) {
        partner = s;
        closest = gap;
      }
    }
    if (partner === null) continue;
    start = Math.min(start, partner.start);
    end = Math.max(end, partner.end);
    w0 = Math.min(w0, partner.w0);
    w1 = Math.max(w1, partner.w1);
  }
  return { list: hit.list, start, end, w0, w1 };
}
const NO_ADJUSTMENTS: readonly Adjustment[] = [];

export function score(
  c: CompiledRules,
  text: string,
  spans: readonly Span[],
  others: (wanted: Uint8Array) => readonly Span[],
  profile: Profile & { keepDropped?: boolean },
): Scored {
  const hits = new ListHits(c, spans, others);
  const detections: Detection[] = [];
  const lowered = new Set<Detection>();
  const vetoes: Veto[] = [];
  const use = cueUseOf(c);
  for (const r of hits.candidates()) {
    const rule = c.rules[r]!;
    const list = rule.patterns;
    if (!applies(rule, profile)) continue;
    const cands = hits.get(list);
    if (cands.length === 0) continue;
    const unless = hits.get(rule.unless);
    // Most rules have no near condition: no list of them is built for those.
    const nears =
      rule.near || rule.alsoNear.length > 0
        ? (rule.near ? [rule.near, ...rule.alsoNear] : rule.alsoNear).map((n) => ({
            within: n.within,
            spans: hits.get(n.list),
          }))
        : null;
    let best: Detection | null = null;
    for (const hit of cands) {
      // Every near condition needs a match of its own within range, outside the hit.
      if (
        nears !== null &&
        !nears.every((n) => n.spans.some((s) => wordGap(hit, s).gap <= n.within && !inside(s, hit)))
      )
        continue;
      // Checked after near, so a veto only comes from a match the fast path must have let through.
      let cancel: Span | null = null;
      for (const u of unless) {
        if (inside(hit, u)) {
          cancel = u;
          break;
        }
      }
      if (cancel) {
        vetoes.push({ ...cancel, category: rule.category, firmness: 'exception' });
        continue;
      }
      const cueVoidings =
        use.voiders.length === 0
          ? NO_VOIDINGS
          : voidingsNear(
              hit,
              c.cues,
              use.voiders,
              use.apply,
              r * use.words,
              hits.presentCues(),
              hits.cueHits,
              text,
            );
      // A voiding cue and the writer's own life apart from a lesson both count.
      const ownLife = use.frames.length > 0 ? ownLifeApart(hit, text, use.frames, hits) : null;
      const voidings = ownLife === null ? cueVoidings : [...cueVoidings, ownLife];
      const own = ownContexts(rule, hit, hits, text, voidings);
      const d = rate(c, rule, hit, hits, text, profile, own, use.apply, r * use.words, voidings);
      if (!d || d.severity < rule.severity)
        vetoes.push({ ...withPartners(hit, nears), category: rule.category, firmness: firmnessOf(own) });
      // The strongest, then the earliest: the same detection whatever order the matches came in.
      if (
        d &&
        (!best || d.severity > best.severity || (d.severity === best.severity && d.start < best.start))
      )
        best = d;
    }
    if (best) {
      detections.push(best);
      if (best.severity < rule.severity) lowered.add(best);
    }
  }
  if (c.combinations.length > 0 && detections.length > 1) raiseCombined(c.combinations, detections, lowered);
  return { detections, exclusions: c.hasExclusions ? hits.get(c.exclusions) : NONE, vetoes };
}

/**
 * The writer's own life told in a clause of its own inside school work (own-voice.ts): the lesson
 * cues do not lower it. Null when no lesson cue is in the text, or one lies in the hit's clause or
 * the same sentence.
 */
function ownLifeApart(hit: Span, text: string, frames: readonly number[], hits: ListHits): Voiding | null {
  const present = hits.presentCues();
  if (!frames.some((k) => (present[k >>> 5]! & (1 << (k & 31))) !== 0)) return null;
  const clause = clauseAround(text, hit);
  if (frames.some((k) => hits.cueHits(k).some((s) => overlaps(s, clause) || !sentenceApart(text, s, hit))))
    return null;
  if (!ownVoice(text, clause)) return null;
  return { voids: frames, reason: "the writer's own life, in a clause apart from the lesson" };
}

/**
 * The rule's own context lists near this match, as adjustments (a 'not' just before a lowering one
 * denies it; a voiding cue near the hit voids a lowering one whose words are a voided cue's).
 */
function ownContexts(
  rule: CompiledRule,
  hit: Span,
  hits: ListHits,
  text: string,
  voidings: readonly Voiding[],
): readonly Adjustment[] {
  if (rule.context.length === 0) return NO_ADJUSTMENTS;
  const adjustments: Adjustment[] = [];
  let used = 0;
  for (const ctx of rule.context) {
    const spans = hits.get(ctx.list);
    const found = nearest(hit, ctx.adjust < 0 ? hits.unexempted(spans) : spans, ctx.within, 'both', true);
    if (!found || (ctx.adjust < 0 && denied(text, found))) continue;
    const voidedBy =
      ctx.adjust < 0
        ? voidings.findIndex((v) => v.voids.some((k) => hits.cueHits(k).some((s) => overlaps(s, found))))
        : -1;
    if (voidedBy >= 0) {
      used |= 1 << voidedBy;
      continue;
    }
    adjustments.push({ adjust: ctx.adjust, reason: describe(ctx.adjust, ctx.reason, text, found) });
  }
  if (used !== 0) adjustments.push(...voidedReasons(voidings, used));
  return adjustments;
}

export function applies(rule: CompiledRule, profile: Profile): boolean {
  if (profile.custom?.disabled?.includes(rule.id)) return false;
  if (rule.ages !== 0 && profile.age && (rule.ages & (1 << AGE_BANDS.indexOf(profile.age))) === 0)
    return false;
  if (rule.sources !== 0 && profile.source && (rule.sources & (1 << SOURCES.indexOf(profile.source))) === 0)
    return false;
  return true;
}

function rate(
  c: CompiledRules,
  rule: CompiledRule,
  hit: Span,
  hits: ListHits,
  text: string,
  profile: Profile & { keepDropped?: boolean },
  own: readonly Adjustment[],
  applying: Int32Array,
  at: number,
  voidings: readonly Voiding[],
): Detection | null {
  // The rule's own contexts, then the cues, then the age band: the order of the sum and of the reasons.
  const cues = cueAdjustments(hit, c.cues, applying, at, hits.presentCues(), hits.cueHits, text, voidings);
  const primary = profile.age === 'primary' && PRIMARY_RAISED.has(rule.category);
  let sum = rule.severity;
  for (const a of own) sum += a.adjust;
  for (const a of cues) sum += a.adjust;
  if (primary) sum += 1;
  const severity = Math.min(5, sum);
  if (severity < 1 && !profile.keepDropped) return null;
  const reasons = [`base ${rule.severity}`];
  for (const a of own) reasons.push(a.reason);
  // A voiding is told once, though it may have kept both an own context and a cue from lowering.
  for (const a of cues) if (a.adjust !== 0 || !reasons.includes(a.reason)) reasons.push(a.reason);
  if (primary) reasons.push(describe(1, 'primary age band', text, null));
  if (severity < 1) reasons.push('below threshold');
  return {
    category: rule.category,
    severity: Math.max(1, Math.round(severity)) as Severity,
    rule: rule.id,
    match: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    reasons,
  };
}
