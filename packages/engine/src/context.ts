// Context modifiers: cue phrases near a hit raise or lower its severity, and each applied cue
// becomes a human-readable reason.
import type { CompiledCue, CompiledRule, ListId } from './compiled.js';
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

/**
 * Engine-wide cues that apply to a rule: the strongest lowering cue and the strongest raising
 * cue, so stacked cues (an essay about history) do not drive a real disclosure to nothing.
 */
export function cueAdjustments(
  rule: CompiledRule,
  hit: Span,
  cues: readonly CompiledCue[],
  cueHits: (k: number) => readonly Span[],
  text: string,
): Adjustment[] {
  const bit = 1 << CATEGORIES.indexOf(rule.category);
  const picked: { low: Adjustment | null; high: Adjustment | null } = { low: null, high: null };
  const firstPerson = cues.findIndex((c) => c.id === 'first-person');
  cues.forEach((cue, i) => {
    if ((cue.categories & bit) === 0 || rule.ignoreCues.includes(cue.id)) return;
    if ((cue.id === 'first-person' || cue.id === 'third-person') && rule.person !== 'first') return;
    const found = nearest(hit, cueHits(i), cue.within, cue.side, cue.id !== 'first-person');
    if (!found) return;
    if (cue.adjust < 0 && cue.id !== 'negation' && denied(text, found)) return;
    if (cue.id === 'third-person' && firstPerson >= 0) {
      const fp = cues[firstPerson]!;
      if (nearest(hit, cueHits(firstPerson), fp.within, fp.side, false)) return;
    }
    const a = { adjust: cue.adjust, reason: describe(cue.adjust, cue.reason, text, found) };
    if (cue.adjust < 0 && (!picked.low || cue.adjust < picked.low.adjust)) picked.low = a;
    if (cue.adjust > 0 && (!picked.high || cue.adjust > picked.high.adjust)) picked.high = a;
  });
  return [picked.low, picked.high].filter((a): a is Adjustment => a !== null);
}
