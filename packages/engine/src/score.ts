// Turns phrase hits into detections: rule severity, then context, co-occurrence and allow-lists.
// Everything is derived from this text alone; nothing carries over between calls.

import {
  type CompiledRule,
  type CompiledRules,
  REF_CONTEXT,
  REF_CUE,
  REF_EXCLUSION,
  REF_NEAR,
  REF_PATTERN,
  REF_UNLESS,
} from './compiled.js';
import { type Adjustment, cueAdjustments, describe, nearest } from './context.js';
import { AGE_BANDS, type Detection, type Profile, type Severity, SOURCES } from './types.js';
import { inside, type Span, wordGap } from './words.js';

interface RuleHits {
  cands: Span[];
  near: Span[];
  unless: Span[];
  context: Span[][];
}

/** Sexual content and violence weigh more for young children. */
const PRIMARY_RAISED = new Set(['sexual', 'violence']);

export interface Scored {
  detections: Detection[];
  exclusions: Span[];
}

export function score(c: CompiledRules, text: string, spans: readonly Span[], profile: Profile): Scored {
  const byRule = new Map<number, RuleHits>();
  const cueHits: Span[][] = [];
  const exclusions: Span[] = [];
  const entry = (r: number): RuleHits => {
    let e = byRule.get(r);
    if (!e) {
      e = { cands: [], near: [], unless: [], context: [] };
      byRule.set(r, e);
    }
    return e;
  };
  for (const span of spans) {
    for (let k = c.refStart[span.phrase]!; k < c.refStart[span.phrase + 1]!; k += 3) {
      const kind = c.refs[k]!;
      const a = c.refs[k + 1]!;
      if (kind === REF_PATTERN) entry(a).cands.push(span);
      else if (kind === REF_NEAR) entry(a).near.push(span);
      else if (kind === REF_UNLESS) entry(a).unless.push(span);
      else if (kind === REF_CONTEXT) {
        push(entry(a).context, c.refs[k + 2]!, span);
      } else if (kind === REF_CUE) push(cueHits, a, span);
      else if (kind === REF_EXCLUSION) exclusions.push(span);
    }
  }
  const detections: Detection[] = [];
  for (const [r, hits] of byRule) {
    if (hits.cands.length === 0) continue;
    const rule = c.rules[r]!;
    if (!applies(rule, profile)) continue;
    let best: Detection | null = null;
    for (const hit of hits.cands) {
      if (hits.unless.some((u) => inside(hit, u))) continue;
      if (rule.near && !hits.near.some((n) => n !== hit && wordGap(hit, n).gap <= rule.near!.within))
        continue;
      const d = rate(c, rule, hit, hits, cueHits, text, profile);
      if (d && (!best || d.severity > best.severity)) best = d;
    }
    if (best) detections.push(best);
  }
  return { detections, exclusions };
}

function push(lists: Span[][], k: number, span: Span): void {
  const list = lists[k];
  if (list) list.push(span);
  else lists[k] = [span];
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
  hits: RuleHits,
  cueHits: Span[][],
  text: string,
  profile: Profile,
): Detection | null {
  const adjustments: Adjustment[] = [];
  rule.context.forEach((ctx, k) => {
    const found = nearest(hit, hits.context[k], ctx.within, 'both', ctx.adjust < 0);
    if (found)
      adjustments.push({ adjust: ctx.adjust, reason: describe(ctx.adjust, ctx.reason, text, found) });
  });
  adjustments.push(...cueAdjustments(rule, hit, c.cues, cueHits, text));
  if (profile.age === 'primary' && PRIMARY_RAISED.has(rule.category)) {
    adjustments.push({ adjust: 1, reason: describe(1, 'primary age band', text, null) });
  }
  const severity = Math.min(
    5,
    adjustments.reduce((s, a) => s + a.adjust, rule.severity),
  );
  if (severity < 1) return null;
  return {
    category: rule.category,
    severity: Math.round(severity) as Severity,
    rule: rule.id,
    match: text.slice(hit.start, hit.end),
    start: hit.start,
    end: hit.end,
    reasons: [`base ${rule.severity}`, ...adjustments.map((a) => a.reason)],
  };
}
