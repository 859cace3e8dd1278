// Trains the text model (engine/src/model): softmax regression over hashed word, word-pair
// and emoji features with AdaGrad and L2, plus a binary head for "safeguarding concern" trained on
// the risky texts alone. Deterministic for a given input order and seed, so the committed model
// can be rebuilt exactly. The weights live in arrays indexed by feature, not maps keyed by hash:
// the same arithmetic in the same order (the same bytes as the map-keyed trainer it replaced),
// five times faster.
import {
  CATEGORIES,
  type Category,
  featureHashes,
  type ModelRow,
  packTextModel,
  type Severity,
  softmax,
  type TextModelData,
} from '@vigil/engine';
import type { LabelledItem } from '../labelled.js';

export interface TrainOptions {
  epochs: number;
  /** Trainings with different shuffles whose weights are averaged (1: one training). */
  runs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /**
   * Probability at which a category is reported... 0.75 since the round-10 corpus (session 11):
   * its near-twins cut r9's false alerts at 0.75 below the old model's at 0.85 (0.161 against
   * 0.169), with recall up on every spent set; 0.7 found a little more for a false alert per one
   * or two risks. Kept at 0.75 with the round-11 corpus (session 12): 0.7 took back a little recall
   * (r9 0.789 -> 0.797, blind-10 unchanged) but put the model over its alert budget on the
   * regression tables' innocent rows ("my parents will kill me if they find out i got a nose
   * piercing" at 0.71).
   */
  threshold: number;
  /** ...or its own (tuned by scripts/cross-validate.ts). */
  thresholds: Partial<Record<Category, number>>;
  /** Class weights smaller than this (after centring each row) are dropped from the model. */
  pruneBelow: number;
  /** Features found in fewer training texts than this are left out (their weights are noise). */
  minCount: number;
  /** "Nothing to report" at least this probable lowers a rule's severity-3 finding (second-opinion.ts). */
  innocent: number;
  /** The severity head and the rule's category at least this sure raise a rule's severity-3 finding to 4 (second-opinion.ts); null: never. */
  raise: { concern: number; share: number } | null;
  /**
   * The severity head and the category at least this sure: the model's concern finding stands over
   * the rules' milder reading of the same words (engine TextModelData.overrule); null: never.
   * 0.9 / 0.9: on the spent sets it found 8 more risks (6 of them concerns) for 2 more false alerts
   * in 5,000 innocent lines; 0.8 to 0.98 gave the same within two lines (concern 0.85 since the
   * round-10 model, whose head read 'essay notes: hitler was a hero...' at 0.88; the sets the same
   * at 0.8 and 0.9). Standing over every own
   * context of a rule too found 7 more and broke a rule's deliberate exception ("the blade out of my
   * pencil sharpener" to clean it, a context lowering by 3); since session 11 a concern stands over
   * a rule's own lowering of 2 or less only (the engine's Firmness): 3 more on the spent sets and
   * 1 on blind-10, no false alert more. `sure` 0.98: any finding the model is that sure of
   * stands over the engine-wide cues: 8 more risks on the spent sets, no false alert more (0.9 and
   * 0.95: 1-3 more for one false alert). `sure` over rules' own contexts at 0.99 found 13 more for
   * 6 false alerts, all on r9's near-twins.
   */
  overrule: { concern: number; share: number; sure?: number } | null;
  /**
   * A reported risk is a concern (severity 4) when the severity head gives it this or more: 0.15,
   * not 0.5, because a missed safeguarding concern costs a pupil far more than a review item shown
   * as high costs the DSL. 0.25 (three to one) until session 11; 0.15 then raised critical recall
   * on the spent sets (blind-1..11 0.945 -> 0.948, r9 0.742 -> 0.752) for 1 point more of their
   * lower-severity risks shown as 4 (19.7% -> 20.7%); benign alerts cannot rise (a 3 alerts).
   */
  concernAt: number;
  /**
   * A clear risk split between categories: at least `risk` sure of some risk, report each category
   * holding `share` of it (engine TextModelData.shared); null: never.
   */
  shared: { risk: number; share: number } | null;
  /**
   * The severity head at least `concern` sure: a category is reported from `share` (engine
   * TextModelData.concerned); null: never. Session 22, measured with the same weights: 0.95 / 0.6 is
   * the widest setting that adds no model alert on the regression tables' 973 innocent rows (0.9 /
   * 0.5 added three: a photo of a new top, notes written so a lesson was skipped, a day home alone
   * with films). At 0.95 / 0.6 the model alone on blind-27, blind-28 and blind-29 (no model had
   * trained on them): critical recall 0.887 -> 0.905, 0.846 -> 0.853, 0.893 -> 0.905, benign alerts
   * unchanged (0.007 each); on all 102,693 eval, training and dev texts 11 risky lines more and no
   * innocent line alerted (with the rules 4 more, none lost); Brown with the model 9 of 4,000.
   */
  concerned: { concern: number; share: number } | null;
}

export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 15,
  runs: 5,
  learningRate: 0.3,
  l2: 1e-5,
  seed: 1,
  threshold: 0.75,
  thresholds: {},
  pruneBelow: 0.1,
  minCount: 2,
  innocent: 0.98,
  raise: { concern: 0.9, share: 0.2 },
  overrule: { concern: 0.85, share: 0.9, sure: 0.98 },
  concernAt: 0.15,
  shared: { risk: 0.95, share: 0.1 },
  concerned: { concern: 0.95, share: 0.6 },
};

export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

export function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

const BIAS = 0x7fffffff;

/** Texts as indices into `hashes` (features seen in fewer than minCount texts dropped; bias last). */
export interface IndexedFeatures {
  hashes: number[];
  x: Int32Array[];
}

export function indexFeatures(features: Int32Array[], minCount: number, withBias = true): IndexedFeatures {
  const counts = new Map<number, number>();
  for (const fs of features) for (const h of fs) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  const hashes: number[] = [];
  const at = (h: number) => {
    let i = index.get(h);
    if (i === undefined) {
      i = hashes.length;
      index.set(h, i);
      hashes.push(h);
    }
    return i;
  };
  const x = features.map((fs) => {
    const kept = [...fs].filter((h) => counts.get(h)! >= minCount).map(at);
    if (withBias) kept.push(at(BIAS));
    return Int32Array.from(kept);
  });
  return { hashes, x };
}

/** Each text's target over the classes and "nothing" (last): a risk in two categories is half each. */
export function targets(items: LabelledItem[], classes: readonly string[]): Float64Array[] {
  const k = classes.length + 1;
  return items.map((it) => {
    const y = new Float64Array(k);
    const known = it.expect.filter((c) => classes.includes(c));
    if (known.length === 0) y[k - 1] = 1;
    for (const c of known) y[classes.indexOf(c)]! += 1 / known.length;
    return y;
  });
}

/**
 * The mean of the weights of `o.runs` trainings that differ only in their shuffles' seeds. One
 * run's weights depend on the order the shuffle chose: three seeds over the same corpus gave a
 * county-lines text 0.98, 0.75 and 0.75 (session 13), and averaging the last epochs of one run
 * did not steady it. The model is linear, so the mean of several runs is one model of the same
 * size: steadier, and free at scan time.
 */
function meanOfRuns(o: TrainOptions, train: (run: TrainOptions) => Float64Array): Float64Array {
  const runs = Math.max(1, Math.floor(o.runs));
  const sum = train(o);
  for (let r = 1; r < runs; r++) {
    const w = train({ ...o, seed: o.seed + 2 * r });
    for (let i = 0; i < sum.length; i++) sum[i]! += w[i]!;
  }
  if (runs > 1) for (let i = 0; i < sum.length; i++) sum[i]! /= runs;
  return sum;
}

/** n x k weights, row f for feature f. */
function trainSoftmax(items: LabelledItem[], x: Int32Array[], n: number, k: number, o: TrainOptions) {
  const w = new Float64Array(n * k);
  const g = new Float64Array(n * k);
  const y = targets(items, CATEGORIES);
  const order = items.map((_, i) => i);
  const next = random(o.seed);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const fs = x[i]!;
      p.fill(0);
      for (const f of fs) for (let c = 0; c < k; c++) p[c]! += w[f * k + c]!;
      softmax(p);
      const yi = y[i]!;
      for (const f of fs)
        for (let c = 0; c < k; c++) {
          const at = f * k + c;
          const grad = p[c]! - yi[c]! + o.l2 * w[at]!;
          g[at]! += grad * grad;
          w[at]! -= (o.learningRate * grad) / Math.sqrt(g[at]! + 1e-8);
        }
    }
  }
  return w;
}

function trainConcern(items: LabelledItem[], x: Int32Array[], n: number, o: TrainOptions): Float64Array {
  const w = new Float64Array(n);
  const g = new Float64Array(n);
  const order = items.map((_, i) => i);
  const next = random(o.seed + 1);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      let z = 0;
      for (const f of x[i]!) z += w[f]!;
      const y = items[i]!.min >= 4 ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      for (const f of x[i]!) {
        const grad = p - y + o.l2 * w[f]!;
        g[f]! += grad * grad;
        w[f]! -= (o.learningRate * grad) / Math.sqrt(g[f]! + 1e-8);
      }
    }
  }
  return w;
}

/**
 * The commonest severity below 4 each category is labelled with (3 when it has none), and at
 * least 3 in a category where concerns are common: a confident grooming verdict whose wording is
 * not clearly a concern is still one for the DSL to look at, not a low.
 */
function reviewSeverities(items: LabelledItem[]): Partial<Record<Category, Severity>> {
  const out: Partial<Record<Category, Severity>> = {};
  const concerns = new Set(concernCategories(items));
  for (const c of CATEGORIES) {
    const counts = new Map<number, number>();
    for (const it of items)
      if (it.expect.includes(c) && it.min < 4) counts.set(it.min, (counts.get(it.min) ?? 0) + 1);
    const best = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const commonest = best ? Math.max(1, best[0]) : 3;
    out[c] = (concerns.has(c) ? Math.max(3, commonest) : commonest) as Severity;
  }
  return out;
}

/** Categories where at least a tenth of the labelled risks are safeguarding concerns. */
function concernCategories(items: LabelledItem[]): Category[] {
  return CATEGORIES.filter((c) => {
    const mine = items.filter((it) => it.expect.includes(c));
    return mine.length > 0 && mine.filter((it) => it.min >= 4).length >= mine.length / 10;
  });
}

/**
 * `features`: each text's hashed features, when an experiment reads other features than the
 * engine does (scripts/model-class.ts); the engine's own by default.
 */
export function trainTextModel(
  items: LabelledItem[],
  trainedOn: TextModelData['trainedOn'],
  options: Partial<TrainOptions> = {},
  features: Int32Array[] = items.map((it) => featureHashes(it.text)),
): TextModelData {
  const o = { ...DEFAULT_TRAINING, ...options };
  const classes = [...CATEGORIES];
  const k = classes.length + 1;
  const { hashes, x } = indexFeatures(features, o.minCount);
  const n = hashes.length;
  const risky = items.map((_, i) => i).filter((i) => items[i]!.expect.length > 0);
  const w = meanOfRuns(o, (run) => trainSoftmax(items, x, n, k, run));
  const concern = meanOfRuns(o, (run) =>
    trainConcern(
      risky.map((i) => items[i]!),
      risky.map((i) => x[i]!),
      n,
      run,
    ),
  );
  const biasAt = hashes.indexOf(BIAS);
  const rows: ModelRow[] = [];
  for (let f = 0; f < n; f++) {
    if (f === biasAt) continue;
    const row = w.subarray(f * k, f * k + k);
    // Softmax ignores a constant added to a row, so centre each row on its median before pruning:
    // most classes then sit at zero and need not be stored.
    const median = [...row].sort((a, b) => a - b)[Math.floor(k / 2)]!;
    const weights = [...row]
      .map((v, cls) => ({ cls, weight: v - median }))
      .filter((e) => Math.abs(e.weight) >= o.pruneBelow);
    const c = concern[f]!;
    if (weights.length === 0 && Math.abs(c) < o.pruneBelow) continue;
    rows.push({ hash: hashes[f]!, weights, concern: Math.abs(c) < o.pruneBelow ? 0 : c });
  }
  // A stable row order, so the same training gives the same bytes.
  rows.sort((a, b) => a.hash - b.hash);
  return packTextModel(rows, {
    trainedOn,
    classes,
    threshold: o.threshold,
    innocent: o.innocent,
    ...(o.raise ? { raise: o.raise } : {}),
    ...(o.overrule ? { overrule: o.overrule } : {}),
    concernAt: o.concernAt,
    ...(Object.keys(o.thresholds).length > 0 ? { thresholds: o.thresholds } : {}),
    ...(o.shared ? { shared: o.shared } : {}),
    ...(o.concerned ? { concerned: o.concerned } : {}),
    concernCategories: concernCategories(items),
    reviewSeverity: reviewSeverities(items),
    bias: [...w.subarray(biasAt * k, biasAt * k + k)],
    concernBias: concern[biasAt]!,
  });
}
