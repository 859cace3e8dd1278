// Runs the text model over a text and turns a confident verdict into detections that say which
// words decided them. The model is a second detector for wording no rule lists; scan() adds its
// findings where the rules found nothing of that category at that severity.
import type { TriggerTable } from '../trigger.js';
import type { Category, Detection, Severity } from '../types.js';
import { readFeatureList, type TokenSpans, tokenSpans } from './features.js';
import { classWeight, rowOf, softmax, type TextModel, type TextModelData } from './text-model.js';

export interface ModelVerdict {
  /** Probability of each class; the last is "nothing to report". */
  probabilities: Float64Array;
  /** Probability that the risk is a safeguarding concern (severity 4). */
  concern: number;
}

/** The probability of "nothing to report" (the last class). */
export const innocence = (verdict: ModelVerdict): number =>
  verdict.probabilities[verdict.probabilities.length - 1]!;

const spans: TokenSpans = tokenSpans();
// The known features of the last text classified: where their model rows start (row * stride) and
// the tokens each reads.
let foundAt = new Int32Array(256);
let foundFirst = new Int32Array(256);
let foundLast = new Int32Array(256);
let found = 0;
// Sums of the quantised weights, scaled once at the end (exact: Int16 sums in a double).
let sums = new Float64Array(16);

// The probabilities classifyReused() hands out, overwritten by its next call: a Float64Array costs
// a few hundred nanoseconds to allocate, a twentieth of a scan where nothing fires.
let reused = new Float64Array(15);

export function classify(model: TextModel, text: string): ModelVerdict {
  const verdict = classifyReused(model, text);
  return { probabilities: verdict.probabilities.slice(), concern: verdict.concern };
}

/**
 * classify() without allocating: the verdict's probabilities are overwritten by the next call, so
 * use it before classifying again (scan() does: it classifies once per text, and usually drops
 * the verdict at once). With a trigger table, the same pass over the text does that table's
 * fastCheck, whose bits features.ts checkedBits() gives.
 */
export function classifyReused(
  model: TextModel,
  text: string,
  trigger: TriggerTable | null = null,
): ModelVerdict {
  const list = readFeatureList(text, spans, trigger);
  if (foundAt.length < list.count) {
    foundAt = new Int32Array(list.count * 2);
    foundFirst = new Int32Array(list.count * 2);
    foundLast = new Int32Array(list.count * 2);
  }
  const { rows, stride } = model;
  if (sums.length !== stride) sums = new Float64Array(stride);
  // Module state copied into locals: a loop that stores into a typed array reloads every module
  // variable it reads (V8 cannot tell the store left them alone), and `found` kept there was a
  // load and a store per feature.
  const at = foundAt;
  const firsts = foundFirst;
  const lasts = foundLast;
  const { hash, first, last } = list;
  let n = 0;
  for (let f = 0; f < list.count; f++) {
    const row = rowOf(model, hash[f]!);
    if (row < 0) continue;
    at[n] = row * stride;
    firsts[n] = first[f]!;
    lasts[n] = last[f]!;
    n++;
  }
  found = n;
  // Summed a class at a time, four at once, in locals: every row's place is known before the
  // first is read, so their cache misses overlap, and no sum is stored until its column is done.
  // Any order gives the same sums (integers, exact in a double).
  const out = sums;
  let c = 0;
  for (; c + 4 <= stride; c += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < n; k++) {
      const i = at[k]! + c;
      s0 += rows[i]!;
      s1 += rows[i + 1]!;
      s2 += rows[i + 2]!;
      s3 += rows[i + 3]!;
    }
    out[c] = s0;
    out[c + 1] = s1;
    out[c + 2] = s2;
    out[c + 3] = s3;
  }
  for (; c < stride; c++) {
    let s = 0;
    for (let k = 0; k < n; k++) s += rows[at[k]! + c]!;
    out[c] = s;
  }
  const { bias, concernBias } = model.data;
  const scale = model.columnScale;
  if (reused.length !== stride - 1) reused = new Float64Array(stride - 1);
  const z = reused;
  for (let c = 0; c < z.length; c++) z[c] = bias[c]! + sums[c]! * scale[c]!;
  const concernZ = concernBias + sums[stride - 1]! * scale[stride - 1]!;
  return { probabilities: softmax(z), concern: 1 / (1 + Math.exp(-concernZ)) };
}

/** How much each token of the last text classified pushed it towards `cls` rather than "nothing". */
function tokenPush(model: TextModel, cls: number): Float64Array {
  const none = model.data.classes.length;
  const push = new Float64Array(spans.count);
  for (let f = 0; f < found; f++) {
    const first = foundFirst[f]!;
    const last = foundLast[f]!;
    if (first < 0) continue;
    const row = foundAt[f]! / model.stride;
    const w = classWeight(model, row, cls) - classWeight(model, row, none);
    for (let t = first; t <= last; t++) push[t]! += w / (last - first + 1);
  }
  return push;
}

const WIDEST_SPAN = 80;

/**
 * A reported category's severity: 4 when the category can be a concern and the severity head reads
 * one at `concernAt` (the model's own cutoff by default), else the category's review severity.
 */
export function modelSeverity(
  model: TextModel,
  category: Category,
  concern: number,
  concernAt = model.data.concernAt ?? 0.5,
): Severity {
  if (model.concern.has(category) && concern >= concernAt) return 4;
  return model.data.reviewSeverity[category] ?? 3;
}

/**
 * Does the model report a category it gives probability `p`? At its threshold, or as a share of a
 * clear risk (TextModelData.shared) when the text's "nothing to report" is `innocent`.
 */
export function reports(
  data: Pick<TextModelData, 'shared'>,
  p: number,
  threshold: number,
  innocent: number,
): boolean {
  if (p >= threshold) return true;
  const shared = data.shared;
  return shared !== undefined && 1 - innocent >= shared.risk && p >= shared.share;
}

/** The category's own reporting threshold, whatever the verdict. */
const baseThreshold = (model: TextModel, category: Category): number =>
  model.data.thresholds?.[category] ?? model.data.threshold;

/** The category's reporting threshold for this verdict: lower where the model is sure of a concern. */
function thresholdOf(model: TextModel, category: Category, verdict: ModelVerdict): number {
  const threshold = baseThreshold(model, category);
  const concerned = model.data.concerned;
  return concerned !== undefined && verdict.concern >= concerned.concern
    ? Math.min(threshold, concerned.share)
    : threshold;
}

/** Does the model report any category for this verdict (would modelDetections find anything)? */
export function reportsAny(model: TextModel, verdict: ModelVerdict): boolean {
  const innocent = innocence(verdict);
  return model.data.classes.some((category: Category, cls) =>
    reports(model.data, verdict.probabilities[cls]!, thresholdOf(model, category, verdict), innocent),
  );
}

/**
 * Confident verdicts as detections; `verdict` must be classify()'s for this text, the last classified.
 * `keep`: which reported categories (at their severity) to build; the words that decided a
 * finding cost more to find than the verdict, and scan() drops most findings (a rule found them).
 */
export function modelDetections(
  model: TextModel,
  text: string,
  verdict: ModelVerdict = classify(model, text),
  keep: ((category: Category, severity: Severity) => boolean) | null = null,
): Detection[] {
  const out: Detection[] = [];
  const innocent = innocence(verdict);
  model.data.classes.forEach((category: Category, cls) => {
    const p = verdict.probabilities[cls]!;
    const threshold = thresholdOf(model, category, verdict);
    if (!reports(model.data, p, threshold, innocent)) return;
    const severity = modelSeverity(model, category, verdict.concern);
    if (keep && !keep(category, severity)) return;
    const concern = severity === 4;
    const push = tokenPush(model, cls);
    const top = [...push.keys()]
      .filter((t) => push[t]! > 0)
      .sort((a, b) => push[b]! - push[a]!)
      .slice(0, 3);
    let start = 0;
    let end = text.length;
    if (top.length > 0) {
      start = spans.start[top[0]!]!;
      end = spans.end[top[0]!]!;
      for (const t of top.slice(1)) {
        const s = Math.min(start, spans.start[t]!);
        const e = Math.max(end, spans.end[t]!);
        if (e - s <= WIDEST_SPAN) {
          start = s;
          end = e;
        }
      }
    }
    out.push({
      category,
      severity,
      rule: `model.${category}`,
      match: text.slice(start, end),
      start,
      end,
      reasons: [
        p >= threshold
          ? `text model ${p.toFixed(2)} (reports at ${threshold}${threshold < baseThreshold(model, category) ? `, a concern at ${model.data.concerned?.concern} or more` : ''})`
          : `text model ${p.toFixed(2)} of a risk at ${(1 - innocent).toFixed(2)} (reports a share of ${model.data.shared?.share} or more when the risk is at least ${model.data.shared?.risk})`,
        `words: ${top.map((t) => `'${text.slice(spans.start[t], spans.end[t])}'`).join(', ') || 'the text as a whole'}`,
        concern
          ? `severity 4: a safeguarding concern (${verdict.concern.toFixed(2)})`
          : `severity ${severity}: to review`,
      ],
    });
  });
  return out;
}
