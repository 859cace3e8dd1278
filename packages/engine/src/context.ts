// Context modifiers: cue phrases near a hit raise or lower its severity, and each applied cue
// becomes a human-readable reason.
import type { CompiledCue, CompiledRule, ListId } from './compiled.js';
import { turnApart } from './own-voice.js';
import { CATEGORIES } from './types.js';
import { inside, overlaps, type Span, wordGap } from './words.js';

export interface Adjustment {
  adjust: number;
  reason: string;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

export function describe(adjust: number, reason: string, text: string, cue: Span | null): string {
  return cue
    ? `${signed(adjust)} ${reason} '${text.slice(cue.start, cue.end)}'`
    : `${signed(adjust)} ${reason}`;
}

/** The cue occurrence closest to the hit within range; `apart`: ignore cues inside the hit's own words. */
export function nearest(
  hit: Span,
  cues: readonly Span[] | undefined,
  within: number | null,
  side: 'before' | 'after' | 'both',
  apart: boolean,
): Span | null {
  let best: Span | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const cue of cues ?? []) {
    if (apart && overlaps(cue, hit)) continue;
    const { gap, before } = wordGap(hit, cue);
    if (within !== null && gap > within) continue;
    if (side === 'before' && !before && gap > 0) continue;
    if (side === 'after' && before) continue;
    if (gap < bestGap) {
      best = cue;
      bestGap = gap;
    }
  }
  return best;
}

// "not for shaving", "the real ones not the news": the innocent reading a lowering cue stands for
// is denied by the words just before it.
const DENIED =
  /(?:^|[^a-z'])(?:not|isn'?t|aren'?t|wasn'?t|weren'?t)(?: (?:for|the|a|an|from|in|on|about|just|really))?[ ,]*$/;

/** Is the cue occurrence denied by a "not" just before it? (only for cues that lower) */
export function denied(text: string, cue: Span): boolean {
  return DENIED.test(text.slice(Math.max(0, cue.start - 24), cue.start).toLowerCase());
}

/** A cue's occurrences, less those inside its own exceptions ("not" in "not joking"). */
export function occurrences(cue: CompiledCue, listHits: (list: ListId) => Span[]): Span[] {
  const found = listHits(cue.list);
  if (cue.unless === null || found.length === 0) return found;
  const except = listHits(cue.unless);
  return except.length === 0 ? found : found.filter((s) => !except.some((u) => inside(s, u)));
}

// The index of the first-person cue in a rule set's cue list (-1 when it has none), found once.
const firstPersonOf = new WeakMap<readonly CompiledCue[], number>();

function firstPersonIn(cues: readonly CompiledCue[]): number {
  let i = firstPersonOf.get(cues);
  if (i === undefined) {
    i = cues.findIndex((c) => c.id === 'first-person');
    firstPersonOf.set(cues, i);
  }
  return i;
}

/** Does cueAdjustments look for this cue near the rule's hits? */
function cueApplies(rule: CompiledRule, cue: CompiledCue, bit: number): boolean {
  if ((cue.categories & bit) === 0 || rule.ignoreCues.includes(cue.id)) return false;
  return !((cue.id === 'first-person' || cue.id === 'third-person') && rule.person !== 'first');
}

/** Sets in `into` (bit i for cue i, 32 to a word) every cue that applies to the rule: those cueAdjustments looks for. */
export function cuesApplying(
  rule: CompiledRule,
  cues: readonly CompiledCue[],
  into: Int32Array,
  at: number,
): void {
  const bit = 1 << CATEGORIES.indexOf(rule.category);
  for (let i = 0; i < cues.length; i++)
    if (cueApplies(rule, cues[i]!, bit)) into[at + (i >>> 5)]! |= 1 << (i & 31);
}

/**
 * Sets in `into` (as cuesApplying) every cue whose occurrences cueAdjustments may read for this
 * rule: those that apply to it, the first-person cue where third-person does, and the cues a
 * voiding cue that applies to it voids (a rule's own context is voided where its words are theirs).
 * The others' lists need not be matched for it.
 */
export function cuesRead(
  rule: CompiledRule,
  cues: readonly CompiledCue[],
  into: Int32Array,
  at: number,
): void {
  cuesApplying(rule, cues, into, at);
  cues.forEach((cue, i) => {
    if (cue.voids && (into[at + (i >>> 5)]! & (1 << (i & 31))) !== 0)
      for (const k of cue.voids) into[at + (k >>> 5)]! |= 1 << (k & 31);
  });
  const firstPerson = firstPersonIn(cues);
  if (firstPerson < 0) return;
  const third = cues.findIndex((cue) => cue.id === 'third-person');
  if (third >= 0 && (into[at + (third >>> 5)]! & (1 << (third & 31))) !== 0)
    into[at + (firstPerson >>> 5)]! |= 1 << (firstPerson & 31);
}

/** A voiding cue near a hit: the lowering cues it keeps from lowering that hit, and where it lies. */
export interface Voiding {
  voids: readonly number[];
  reason: string;
}

/** No voiding near a hit: shared, so the common case allocates nothing. */
export const NO_VOIDINGS: readonly Voiding[] = [];

/**
 * Every voiding cue (ContextCue.voids) that applies to the rule and lies within its range of the
 * hit, in cue order; empty when none does. All of them count: a cue voiding one lowering cue must
 * not keep another from voiding a second. `voiders`: the indices of the cues that void, found once
 * per set.
 */
export function voidingsNear(
  hit: Span,
  cues: readonly CompiledCue[],
  voiders: readonly number[],
  applying: Int32Array,
  at: number,
  present: Int32Array,
  cueHits: (k: number) => readonly Span[],
  text: string,
): readonly Voiding[] {
  let out: Voiding[] | null = null;
  for (const i of voiders) {
    const bit = 1 << (i & 31);
    if ((applying[at + (i >>> 5)]! & present[i >>> 5]! & bit) === 0) continue;
    const cue = cues[i]!;
    // Not apart: "i actually bet" is the writer's own doing though it shares the hit's "bet".
    const found = nearest(hit, cueHits(i), cue.within, cue.side, false);
    if (!found) continue;
    out ??= [];
    out.push({ voids: cue.voids!, reason: `${cue.reason} '${text.slice(found.start, found.end)}'` });
  }
  return out ?? NO_VOIDINGS;
}

/**
 * The reasons of the voidings that kept something from lowering, each once, in their order.
 * `used`: bit i set when voidings[i] voided something (a hit has at most one voiding per voiding
 * cue of the set, a handful, and the own-life reading).
 */
export function voidedReasons(voidings: readonly Voiding[], used: number): Adjustment[] {
  const out: Adjustment[] = [];
  voidings.forEach((v, i) => {
    if ((used & (1 << i)) !== 0) out.push({ adjust: 0, reason: v.reason });
  });
  return out;
}

/**
 * Engine-wide cues that apply to a rule: the strongest lowering cue and the strongest raising
 * cue, so stacked cues (an essay about history) do not drive a real disclosure to nothing. Only
 * the two picked are described (a reason string each); the others found are passed over.
 * `applying[at..]`: the cues that apply to the rule (cuesApplying), found once per rule set, so a
 * hit visits only those, in cue order, instead of testing every cue's categories and exceptions;
 * `present`: the cues that occur in the text (ListHits.presentCues), the only ones it can find.
 */
export function cueAdjustments(
  hit: Span,
  cues: readonly CompiledCue[],
  applying: Int32Array,
  at: number,
  present: Int32Array,
  cueHits: (k: number) => readonly Span[],
  text: string,
  voidings: readonly Voiding[] = NO_VOIDINGS,
): Adjustment[] {
  const firstPerson = firstPersonIn(cues);
  let used = 0;
  let low: CompiledCue | null = null;
  let lowAt: Span | null = null;
  let high: CompiledCue | null = null;
  let highAt: Span | null = null;
  const words = (cues.length + 31) >>> 5;
  for (let wd = 0; wd < words; wd++) {
    for (let bits = applying[at + wd]! & present[wd]!; bits !== 0; bits &= bits - 1) {
      const i = (wd << 5) | (31 - Math.clz32(bits & -bits));
      const cue = cues[i]!;
      const found = nearest(hit, cueHits(i), cue.within, cue.side, cue.id !== 'first-person');
      if (!found) continue;
      if (cue.adjust < 0 && cue.id !== 'negation' && denied(text, found)) continue;
      // A denial ends with its sentence or its speaker's turn: "prob not. tbh i dont think ill be
      // around" denies the invitation, not what follows.
      if (cue.id === 'negation' && turnApart(text, found, hit)) continue;
      const voidedBy = cue.adjust < 0 ? voidings.findIndex((v) => v.voids.includes(i)) : -1;
      if (voidedBy >= 0) {
        used |= 1 << voidedBy;
        continue;
      }
      if (cue.id === 'third-person' && firstPerson >= 0) {
        const fp = cues[firstPerson]!;
        if (nearest(hit, cueHits(firstPerson), fp.within, fp.side, false)) continue;
      }
      if (cue.adjust < 0 && (!low || cue.adjust < low.adjust)) {
        low = cue;
        lowAt = found;
      }
      if (cue.adjust > 0 && (!high || cue.adjust > high.adjust)) {
        high = cue;
        highAt = found;
      }
    }
  }
  const out: Adjustment[] = [];
  if (low) out.push({ adjust: low.adjust, reason: describe(low.adjust, low.reason, text, lowAt) });
  if (high) out.push({ adjust: high.adjust, reason: describe(high.adjust, high.reason, text, highAt) });
  if (used !== 0) out.push(...voidedReasons(voidings, used));
  return out;
}
