// Trains the text model (engine/src/model): softmax regression over hashed word, word-pair
// and emoji features with AdaGrad and L2, plus a binary head for "safeguarding concern" trained on
// the risky texts alone. Deterministic for a given input order and seed, so the committed model
// can be rebuilt exactly.
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
  learningRate: number;
  l2: number;
  seed: number;
  /** Probability at which a category is reported... */
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
   * A reported risk is a concern (severity 4) when the severity head gives it this or more: 0.25,
   * not 0.5, because a missed safeguarding concern costs a pupil more than a review item shown as
   * high costs the DSL (about three to one: the cost-weighted cutoff is 1 / (1 + 3)).
   */
  concernAt: number;
  /**
   * A clear risk split between categories: at least `risk` sure of some risk, report each category
   * holding `share` of it (engine TextModelData.shared); null: never.
   */
  shared: { risk: number; share: number } | null;
}

export const DEFAULT_TRAINING: TrainOptions = {
  epochs: 15,
  learningRate: 0.3,
  l2: 1e-5,
  seed: 1,
  threshold: 0.85,
  thresholds: {},
  pruneBelow: 0.1,
  minCount: 2,
  innocent: 0.98,
  raise: { concern: 0.9, share: 0.2 },
  concernAt: 0.25,
  shared: { risk: 0.95, share: 0.1 },
};

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function shuffle(order: number[], next: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

const BIAS = 0x7fffffff;

/** Features of each text plus the bias feature. */
function featureSets(items: LabelledItem[], minCount: number): Int32Array[] {
  const all = items.map((it) => [...featureHashes(it.text)]);
  const counts = new Map<number, number>();
  for (const fs of all) for (const h of fs) counts.set(h, (counts.get(h) ?? 0) + 1);
  return all.map((fs) => Int32Array.from([...fs.filter((h) => counts.get(h)! >= minCount), BIAS]));
}

function trainSoftmax(
  items: LabelledItem[],
  x: Int32Array[],
  classes: Category[],
  o: TrainOptions,
): Map<number, Float64Array> {
  const k = classes.length + 1;
  const weights = new Map<number, Float64Array>();
  const squares = new Map<number, Float64Array>();
  const row = (m: Map<number, Float64Array>, h: number) => {
    let v = m.get(h);
    if (!v) {
      v = new Float64Array(k);
      m.set(h, v);
    }
    return v;
  };
  const targets = items.map((it) => {
    const y = new Float64Array(k);
    const known = it.expect.filter((c) => classes.includes(c as Category));
    if (known.length === 0) y[k - 1] = 1;
    for (const c of known) y[classes.indexOf(c as Category)]! += 1 / known.length;
    return y;
  });
  const order = items.map((_, i) => i);
  const next = random(o.seed);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const fs = x[i]!;
      p.fill(0);
      for (const h of fs) {
        const w = weights.get(h);
        if (w) for (let c = 0; c < k; c++) p[c]! += w[c]!;
      }
      softmax(p);
      const y = targets[i]!;
      for (const h of fs) {
        const w = row(weights, h);
        const g = row(squares, h);
        for (let c = 0; c < k; c++) {
          const grad = p[c]! - y[c]! + o.l2 * w[c]!;
          g[c]! += grad * grad;
          w[c]! -= (o.learningRate * grad) / Math.sqrt(g[c]! + 1e-8);
        }
      }
    }
  }
  return weights;
}

function trainConcern(items: LabelledItem[], x: Int32Array[], o: TrainOptions): Map<number, number> {
  const weights = new Map<number, number>();
  const squares = new Map<number, number>();
  const order = items.map((_, i) => i);
  const next = random(o.seed + 1);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      let z = 0;
      for (const h of x[i]!) z += weights.get(h) ?? 0;
      const y = items[i]!.min >= 4 ? 1 : 0;
      const p = 1 / (1 + Math.exp(-z));
      for (const h of x[i]!) {
        const w = weights.get(h) ?? 0;
        const grad = p - y + o.l2 * w;
        const g = (squares.get(h) ?? 0) + grad * grad;
        squares.set(h, g);
        weights.set(h, w - (o.learningRate * grad) / Math.sqrt(g + 1e-8));
      }
    }
  }
  return weights;
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

export function trainTextModel(
  items: LabelledItem[],
  trainedOn: TextModelData['trainedOn'],
  options: Partial<TrainOptions> = {},
): TextModelData {
  const o = { ...DEFAULT_TRAINING, ...options };
  const classes = [...CATEGORIES];
  const x = featureSets(items, o.minCount);
  const softmax = trainSoftmax(items, x, classes, o);
  const risky = items.map((it, i) => [it, i] as const).filter(([it]) => it.expect.length > 0);
  const concern = trainConcern(
    risky.map(([it]) => it),
    risky.map(([, i]) => x[i]!),
    o,
  );
  const bias = [...(softmax.get(BIAS) ?? new Float64Array(classes.length + 1))];
  const rows: ModelRow[] = [];
  for (const [hash, w] of softmax) {
    if (hash === BIAS) continue;
    // Softmax ignores a constant added to a row, so centre each row on its median before pruning:
    // most classes then sit at zero and need not be stored.
    const median = [...w].sort((a, b) => a - b)[Math.floor(w.length / 2)]!;
    const weights = [...w]
      .map((v, cls) => ({ cls, weight: v - median }))
      .filter((e) => Math.abs(e.weight) >= o.pruneBelow);
    const c = concern.get(hash) ?? 0;
    if (weights.length === 0 && Math.abs(c) < o.pruneBelow) continue;
    rows.push({ hash, weights, concern: Math.abs(c) < o.pruneBelow ? 0 : c });
  }
  // A stable row order, so the same training gives the same bytes.
  rows.sort((a, b) => a.hash - b.hash);
  return packTextModel(rows, {
    trainedOn,
    classes,
    threshold: o.threshold,
    innocent: o.innocent,
    ...(o.raise ? { raise: o.raise } : {}),
    concernAt: o.concernAt,
    ...(Object.keys(o.thresholds).length > 0 ? { thresholds: o.thresholds } : {}),
    ...(o.shared ? { shared: o.shared } : {}),
    concernCategories: concernCategories(items),
    reviewSeverity: reviewSeverities(items),
    bias,
    concernBias: concern.get(BIAS) ?? 0,
  });
}
