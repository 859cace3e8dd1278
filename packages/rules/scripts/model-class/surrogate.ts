// Scores any model class through the engine's own scan(), so every variant meets the rules exactly
// as the bundled model does (its findings only where the rules missed, never over the rules'
// vetoes, the second opinion that lowers and raises, shared risks, exclusions). For each text, the
// variant's verdict is handed to scan() as a one-text linear model: one row per engine feature of
// the text holding that feature's share of the variant's scores, and the bias holding the rest, so
// classify() gives the variant's probabilities and modelDetections() names the words the variant
// leaned on. The engine is unchanged; only the verdict differs between variants.
import {
  CATEGORIES,
  type CompiledRules,
  classify,
  type Detection,
  innocence,
  keyTable,
  loadTextModel,
  quantiseRows,
  rowOf,
  rowsInSlotOrder,
  scan,
  type TextModel,
  type TextModelData,
} from '@vigil/engine';
import type { LabelledItem } from '../../src/labelled.js';
import type { TextFeatures } from './features.js';

/** A variant's reading of one text: scores before softmax and each engine feature's share. */
export interface Verdict {
  /** Categories then "nothing". */
  z: Float64Array;
  concernZ: number;
  /** k + 1 per engine feature (its classes, then the severity head), in the engine's order. */
  push: Float64Array;
  hashes: Int32Array;
}

/** A linear model's reading of a text: the sum of its features' rows, subwords shown as their word's. */
export function linearVerdict(model: TextModel, tf: TextFeatures): Verdict {
  const k = model.data.classes.length + 1;
  const stride = model.stride;
  const push = new Float64Array(tf.base * stride);
  for (let f = 0; f < tf.hash.length; f++) {
    const r = rowOf(model, tf.hash[f]!);
    if (r < 0) continue;
    const at = tf.owner[f]! * stride;
    for (let c = 0; c < k; c++) push[at + c]! += model.rows[r * stride + c]! * model.data.weightScale;
    push[at + k]! += model.rows[r * stride + k]! * model.data.concernScale;
  }
  const z = Float64Array.from(model.data.bias);
  let concernZ = model.data.concernBias;
  for (let f = 0; f < tf.base; f++) {
    for (let c = 0; c < k; c++) z[c]! += push[f * stride + c]!;
    concernZ += push[f * stride + k]!;
  }
  return { z, concernZ, push, hashes: tf.hash.subarray(0, tf.base) };
}

/** The one-text linear model that gives `v` (to float rounding). */
export function surrogate(header: TextModelData, v: Verdict): TextModel {
  const k = header.classes.length + 1;
  const stride = k + 1;
  const n = v.hashes.length;
  let maxW = 0;
  let maxC = 0;
  for (let f = 0; f < n; f++) {
    for (let c = 0; c < k; c++) maxW = Math.max(maxW, Math.abs(v.push[f * stride + c]!));
    maxC = Math.max(maxC, Math.abs(v.push[f * stride + k]!));
  }
  const weightScale = maxW > 0 ? maxW / 32767 : 1;
  const concernScale = maxC > 0 ? maxC / 32767 : 1;
  const rows = new Int16Array(n * stride);
  const sums = new Float64Array(stride);
  for (let f = 0; f < n; f++)
    for (let c = 0; c < stride; c++) {
      const q = Math.round(v.push[f * stride + c]! / (c < k ? weightScale : concernScale));
      rows[f * stride + c] = q;
      sums[c]! += q;
    }
  const bias = Array.from(v.z, (z, c) => z - sums[c]! * weightScale);
  const table = keyTable(v.hashes);
  return {
    data: {
      ...header,
      bias,
      weightScale,
      concernScale,
      concernBias: v.concernZ - sums[k]! * concernScale,
    },
    slots: table.slots,
    size: table.size,
    used: table.used,
    ...quantiseRows(rowsInSlotOrder(table.place, rows, stride), stride, weightScale, concernScale),
    stride,
    concern: new Set(header.concernCategories),
  };
}

/**
 * What scan() reported for one text, without the text: whether the rules alone found it (or, for a
 * benign text, alerted), and each model finding's probability, so any threshold can be scored
 * after one scan.
 */
export interface Scanned {
  benign: boolean;
  critical: boolean;
  rulesFound: boolean;
  rulesAlert: boolean;
  /** Model findings: right category at enough severity (`found`), severity >= 3 (`alert`). */
  model: { found: boolean; alert: boolean; p: number }[];
  innocence: number;
}

/** Findings are kept from this probability, so thresholds above it can be scored after one scan. */
export const LOW = 0.3;

function record(item: LabelledItem, detections: Detection[], model: TextModel): Scanned {
  const verdict = classify(model, item.text);
  const found = (d: Detection) => item.expect.includes(d.category) && d.severity >= item.min;
  const own = detections.filter((d) => !d.rule.startsWith('model.'));
  return {
    benign: item.expect.length === 0,
    critical: item.min >= 4,
    rulesFound: item.expect.length > 0 && own.some(found),
    rulesAlert: own.some((d) => d.severity >= 3),
    model: detections
      .filter((d) => d.rule.startsWith('model.'))
      .map((d) => ({
        found: item.expect.length > 0 && found(d),
        alert: d.severity >= 3,
        p: verdict.probabilities[CATEGORIES.indexOf(d.category)]!,
      })),
    innocence: innocence(verdict),
  };
}

/** Scans with a packed model as the engine runs it. */
export function scanPacked(rules: CompiledRules, data: TextModelData, items: LabelledItem[]): Scanned[] {
  const model = loadTextModel({ ...data, threshold: LOW, thresholds: {} });
  const withModel: CompiledRules = { ...rules, textModel: model };
  return items.map((it) => record(it, scan(it.text, { rules: withModel }), model));
}

/** Scans with any model, given its verdict on each text. */
export function scanVerdicts(
  rules: CompiledRules,
  header: TextModelData,
  items: LabelledItem[],
  verdict: (item: LabelledItem) => Verdict,
): Scanned[] {
  const h = { ...header, threshold: LOW, thresholds: {} };
  const withModel: CompiledRules = { ...rules };
  return items.map((it) => {
    const model = surrogate(h, verdict(it));
    withModel.textModel = model;
    return record(it, scan(it.text, { rules: withModel }), model);
  });
}

export interface Score {
  recall: number;
  critical: number;
  alerts: number;
  n: [found: number, pos: number, critFound: number, crit: number, alerted: number, benign: number];
}

/** Recall, critical recall and benign alerts (severity >= 3) with the model reporting at `threshold`. */
export function score(scanned: Scanned[], threshold: number, shared = { risk: 0.95, share: 0.1 }): Score {
  let pos = 0;
  let found = 0;
  let crit = 0;
  let critFound = 0;
  let benign = 0;
  let alerted = 0;
  for (const s of scanned) {
    const kept = s.model.filter(
      (m) => m.p >= threshold || (1 - s.innocence >= shared.risk && m.p >= shared.share),
    );
    if (s.benign) {
      benign++;
      if (s.rulesAlert || kept.some((m) => m.alert)) alerted++;
      continue;
    }
    const ok = s.rulesFound || kept.some((m) => m.found);
    pos++;
    if (ok) found++;
    if (s.critical) {
      crit++;
      if (ok) critFound++;
    }
  }
  return {
    recall: found / pos,
    critical: critFound / crit,
    alerts: alerted / benign,
    n: [found, pos, critFound, crit, alerted, benign],
  };
}
