// A model of another class for the experiment: fastText-like, every feature an embedding of H
// numbers, summed over the text (an embedding bag) -> ReLU hidden layer -> softmax over the
// categories and "nothing", and a severity head (safeguarding concern) from the same hidden layer,
// trained on the risky texts only as the bundled one is. Plain TypeScript, AdaGrad, seeded, so
// a run is repeatable. Not packed for the engine: the harness scores it through scan() by
// handing scan its verdict (surrogate.ts).
import { CATEGORIES, softmax } from '@vigil/engine';
import type { LabelledItem } from '../../src/labelled.js';
import { indexFeatures, random, shuffle, targets } from '../../src/model/train.js';

export interface HiddenOptions {
  hidden: number;
  epochs: number;
  learningRate: number;
  l2: number;
  minCount: number;
  seed: number;
  /** Spread of the initial embeddings (uniform in +-init). */
  init: number;
  /** Pool by mean rather than sum (fastText's choice). */
  mean: boolean;
}

export const HIDDEN_DEFAULTS: HiddenOptions = {
  hidden: 32,
  epochs: 15,
  learningRate: 0.1,
  l2: 1e-6,
  minCount: 2,
  seed: 1,
  init: 0.1,
  mean: false,
};

export interface HiddenModel {
  o: HiddenOptions;
  index: Map<number, number>;
  /** Features x H. */
  emb: Float32Array;
  b1: Float64Array;
  /** Classes (categories then "nothing") x H, and the severity head's H weights. */
  w2: Float64Array;
  b2: Float64Array;
  w3: Float64Array;
  b3: number;
  k: number;
}

export function trainHidden(
  items: LabelledItem[],
  features: Int32Array[],
  options: Partial<HiddenOptions> = {},
): HiddenModel {
  const o = { ...HIDDEN_DEFAULTS, ...options };
  const H = o.hidden;
  const k = CATEGORIES.length + 1;
  const { hashes, x } = indexFeatures(features, o.minCount, false);
  const n = hashes.length;
  const rand = random(o.seed + 7);
  const emb = new Float32Array(n * H);
  for (let i = 0; i < emb.length; i++) emb[i] = (rand() * 2 - 1) * o.init;
  const gEmb = new Float32Array(n * H);
  const b1 = new Float64Array(H);
  const gb1 = new Float64Array(H);
  const w2 = new Float64Array(k * H);
  const gw2 = new Float64Array(k * H);
  const b2 = new Float64Array(k);
  const gb2 = new Float64Array(k);
  const w3 = new Float64Array(H);
  const gw3 = new Float64Array(H);
  let b3 = 0;
  let gb3 = 0;
  const y = targets(items, CATEGORIES);
  const order = items.map((_, i) => i);
  const next = random(o.seed);
  const pre = new Float64Array(H);
  const h = new Float64Array(H);
  const p = new Float64Array(k);
  const dh = new Float64Array(H);
  const lr = o.learningRate;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const fs = x[i]!;
      const scale = o.mean && fs.length > 0 ? 1 / fs.length : 1;
      for (let j = 0; j < H; j++) pre[j] = 0;
      for (const f of fs) for (let j = 0; j < H; j++) pre[j]! += emb[f * H + j]!;
      for (let j = 0; j < H; j++) {
        pre[j] = pre[j]! * scale + b1[j]!;
        h[j] = Math.max(pre[j]!, 0);
      }
      for (let c = 0; c < k; c++) {
        let z = b2[c]!;
        for (let j = 0; j < H; j++) z += w2[c * H + j]! * h[j]!;
        p[c] = z;
      }
      softmax(p);
      const yi = y[i]!;
      dh.fill(0);
      for (let c = 0; c < k; c++) {
        const d = p[c]! - yi[c]!;
        for (let j = 0; j < H; j++) {
          const at = c * H + j;
          dh[j]! += d * w2[at]!;
          const grad = d * h[j]! + o.l2 * w2[at]!;
          gw2[at]! += grad * grad;
          w2[at]! -= (lr * grad) / Math.sqrt(gw2[at]! + 1e-8);
        }
        gb2[c]! += d * d;
        b2[c]! -= (lr * d) / Math.sqrt(gb2[c]! + 1e-8);
      }
      if (items[i]!.expect.length > 0) {
        let z = b3;
        for (let j = 0; j < H; j++) z += w3[j]! * h[j]!;
        const d = 1 / (1 + Math.exp(-z)) - (items[i]!.min >= 4 ? 1 : 0);
        for (let j = 0; j < H; j++) {
          dh[j]! += d * w3[j]!;
          const grad = d * h[j]! + o.l2 * w3[j]!;
          gw3[j]! += grad * grad;
          w3[j]! -= (lr * grad) / Math.sqrt(gw3[j]! + 1e-8);
        }
        gb3 += d * d;
        b3 -= (lr * d) / Math.sqrt(gb3 + 1e-8);
      }
      for (let j = 0; j < H; j++) {
        const d = pre[j]! > 0 ? dh[j]! : 0;
        dh[j] = d * scale;
        gb1[j]! += d * d;
        b1[j]! -= (lr * d) / Math.sqrt(gb1[j]! + 1e-8);
      }
      for (const f of fs)
        for (let j = 0; j < H; j++) {
          const at = f * H + j;
          const grad = dh[j]! + o.l2 * emb[at]!;
          gEmb[at]! += grad * grad;
          emb[at]! -= (lr * grad) / Math.sqrt(gEmb[at]! + 1e-8);
        }
    }
  }
  const index = new Map(hashes.map((hash, i) => [hash, i]));
  return { o, index, emb, b1, w2, b2, w3, b3, k };
}

export interface HiddenReading {
  /** Scores before softmax (categories then "nothing") and the severity head's, before the sigmoid. */
  z: Float64Array;
  concernZ: number;
  /** Each feature's share of them, to the first order (through the active hidden units): k + 1 per feature. */
  push: Float64Array;
}

/** Reads a text's features (hashes); unknown ones are skipped. */
export function readHidden(m: HiddenModel, hashes: Int32Array): HiddenReading {
  const H = m.o.hidden;
  const k = m.k;
  const rows: number[] = [];
  for (const hsh of hashes) rows.push(m.index.get(hsh) ?? -1);
  const known = rows.filter((r) => r >= 0).length;
  const scale = m.o.mean && known > 0 ? 1 / known : 1;
  const pre = new Float64Array(H);
  for (const r of rows) if (r >= 0) for (let j = 0; j < H; j++) pre[j]! += m.emb[r * H + j]!;
  const h = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    pre[j] = pre[j]! * scale + m.b1[j]!;
    h[j] = Math.max(pre[j]!, 0);
  }
  const z = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let s = m.b2[c]!;
    for (let j = 0; j < H; j++) s += m.w2[c * H + j]! * h[j]!;
    z[c] = s;
  }
  let concernZ = m.b3;
  for (let j = 0; j < H; j++) concernZ += m.w3[j]! * h[j]!;
  const push = new Float64Array(rows.length * (k + 1));
  rows.forEach((r, f) => {
    if (r < 0) return;
    for (let j = 0; j < H; j++) {
      if (pre[j]! <= 0) continue;
      const e = m.emb[r * H + j]! * scale;
      for (let c = 0; c < k; c++) push[f * (k + 1) + c]! += m.w2[c * H + j]! * e;
      push[f * (k + 1) + k]! += m.w3[j]! * e;
    }
  });
  return { z, concernZ, push };
}

/** Features kept and bytes of the weights at 16 and 8 bits. */
export function hiddenSize(m: HiddenModel): { features: number; int16: number; int8: number } {
  const features = m.index.size;
  const dense = m.w2.length + m.b2.length + m.w3.length + m.b1.length + 1;
  return {
    features,
    int16: (features * m.o.hidden + dense) * 2,
    int8: features * m.o.hidden + dense * 4,
  };
}
