// Turns phrase hits into detections: rule severity, then context, co-occurrence and allow-lists.
// Everything is derived from this text alone; nothing carries over between calls.
import type { Chain, CompiledRule, CompiledRules, ListId } from './compiled.js';
import { type Adjustment, cueAdjustments, describe, nearest } from './context.js';
import { AGE_BANDS, type Detection, type Profile, type Severity, SOURCES } from './types.js';
import { inside, type Span, wordGap } from './words.js';

/** Sexual content and violence weigh more for young children. */
const PRIMARY_RAISED = new Set(['sexual', 'violence']);

export interface Scored {
  detections: Detection[];
  exclusions: Span[];
}

/**
 * Phrase hits of one text, resolved lazily into whole-pattern matches per list. Hits are kept
 * per phrase, and a list looks up only its own phrases when a rule needs it, so a common word
 * used by hundreds of cue lists costs nothing until a rule actually fires.
 */
export class ListHits {
  private readonly byPhrase = new Map<number, Span[]>();
  private readonly resolved = new Map<ListId, Span[]>();

  constructor(
    private readonly c: CompiledRules,
    private readonly spans: readonly Span[],
  ) {
    for (const span of spans) {
      const l = this.byPhrase.get(span.phrase);
      if (l) l.push(span);
      else this.byPhrase.set(span.phrase, [span]);
    }
  }

  /** Rules with a hit in the anchor piece of one of their patterns, in rule order. */
  candidates(): number[] {
    const out = new Set<number>();
    const { anchorStart, anchorRules } = this.c;
    for (const phrase of this.byPhrase.keys()) {
      for (let k = anchorStart[phrase]!; k < anchorStart[phrase + 1]!; k++) out.add(anchorRules[k]!);
    }
    return [...out].sort((x, y) => x - y);
  }

  get(list: ListId): Span[] {
    let out = this.resolved.get(list);
    if (!out) {
      out = this.spans.length > 0 ? chainMatches(this.c.lists[list]!, this.byPhrase) : [];
      this.resolved.set(list, out);
    }
    return out;
  }
}

const NONE: Span[] = [];

function piece(phrases: readonly number[], byPhrase: Map<number, Span[]>): Span[] {
  let out: Span[] | null = null;
  for (const p of phrases) {
    const l = byPhrase.get(p);
    if (l) out = out ? out.concat(l) : l;
  }
  return out ?? NONE;
}

/** Whole-pattern matches: an anchor hit extended piece by piece through adjacent words. */
function chainMatches(chains: Chain[], byPhrase: Map<number, Span[]>): Span[] {
  const out: Span[] = [];
  for (const chain of chains) {
    const anchors = piece(chain.pieces[chain.anchor]!, byPhrase);
    if (anchors.length === 0) continue;
    const cache: (Span[] | undefined)[] = [];
    const at = (j: number): Span[] => {
      cache[j] ??= piece(chain.pieces[j]!, byPhrase);
      return cache[j]!;
    };
    // Pieces may match more than one way ("buy" and "buy a"), so each side is a small search.
    const goLeft = (j: number, edge: Span): Span | null => {
      if (j < 0) return edge;
      for (const s of at(j)) {
        if (s.w1 !== edge.w0 - 1 || s.end > edge.start) continue;
        const found = goLeft(j - 1, s);
        if (found) return found;
      }
      return null;
    };
    const goRight = (j: number, edge: Span): Span | null => {
      if (j >= chain.pieces.length) return edge;
      for (const s of at(j)) {
        if (s.w0 !== edge.w1 + 1 || s.start < edge.end) continue;
        const found = goRight(j + 1, s);
        if (found) return found;
      }
      return null;
    };
    for (const anchor of anchors) {
      const left = goLeft(chain.anchor - 1, anchor);
      const right = goRight(chain.anchor + 1, anchor);
      if (left && right)
        out.push({ phrase: anchor.phrase, start: left.start, end: right.end, w0: left.w0, w1: right.w1 });
    }
  }
  return out;
}

export function score(
  c: CompiledRules,
  text: string,
  spans: readonly Span[],
  profile: Profile & { keepDropped?: boolean },
): Scored {
  const hits = new ListHits(c, spans);
  const detections: Detection[] = [];
  for (const r of hits.candidates()) {
    const rule = c.rules[r]!;
    const list = rule.patterns;
    if (!applies(rule, profile)) continue;
    const cands = hits.get(list);
    if (cands.length === 0) continue;
    const unless = hits.get(rule.unless);
    const near = rule.near ? hits.get(rule.near.list) : [];
    let best: Detection | null = null;
    for (const hit of cands) {
      if (unless.some((u) => inside(hit, u))) continue;
      if (rule.near && !near.some((n) => wordGap(hit, n).gap <= rule.near!.within && !inside(n, hit)))
        continue;
      const d = rate(c, rule, hit, hits, text, profile);
      if (d && (!best || d.severity > best.severity)) best = d;
    }
    if (best) detections.push(best);
  }
  return { detections, exclusions: hits.get(c.exclusions) };
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
): Detection | null {
  const adjustments: Adjustment[] = [];
  for (const ctx of rule.context) {
    const found = nearest(hit, hits.get(ctx.list), ctx.within, 'both', true);
    if (found)
      adjustments.push({ adjust: ctx.adjust, reason: describe(ctx.adjust, ctx.reason, text, found) });
  }
  adjustments.push(...cueAdjustments(rule, hit, c.cues, (k) => hits.get(c.cues[k]!.list), text));
  if (profile.age === 'primary' && PRIMARY_RAISED.has(rule.category)) {
    adjustments.push({ adjust: 1, reason: describe(1, 'primary age band', text, null) });
  }
  const severity = Math.min(
    5,
    adjustments.reduce((s, a) => s + a.adjust, rule.severity),
  );
  if (severity < 1 && !profile.keepDropped) return null;
  return {
    category: rule.category,
    severity: Math.max(1, Math.round(severity)) as Severity,
    rule: rule.id,
    match: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    reasons: [
      `base ${rule.severity}`,
      ...adjustments.map((a) => a.reason),
      ...(severity < 1 ? ['below threshold'] : []),
    ],
  };
}
