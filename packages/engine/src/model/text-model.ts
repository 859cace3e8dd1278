// The text model as data: a softmax classifier over hashed features (features.ts) with one class
// per category and a last class for "nothing to report", plus a second, binary head that says
// whether a risk is a safeguarding concern (severity 4) rather than one to review. Trained by
// @vigil/rules (scripts/train-model.ts); the engine only reads it.
import { base64ToInt32, fromBase64, int32ToBase64, toBase64 } from '../base64.js';
import type { Category, Severity } from '../types.js';

/** The serialised form, as stored in the rules library and in the compiled rules. */
export interface TextModelData {
  format: 2;
  /** What it was trained on: line count and a digest of the training files. */
  trainedOn: { lines: number; digest: string };
  /** The scored classes in order; the model has one more, "nothing to report", after them. */
  classes: Category[];
  /** A class is reported when its probability reaches this... */
  threshold: number;
  /** ...or its own threshold, tuned per category on held-out data. */
  thresholds?: Partial<Record<Category, number>>;
  /**
   * When "nothing to report" is at least this probable, a rule's severity-3 finding is lowered to 2
   * (a second opinion on wording the rules read out of context); absent: never. Concerns (4, 5)
   * are never lowered.
   */
  innocent?: number;
  /** Categories whose risks reach severity 4 when the severity head says so... */
  concernCategories: Category[];
  /** ...at this probability or above (0.5 when absent). */
  concernAt?: number;
  /** Severity of a reported category otherwise. */
  reviewSeverity: Partial<Record<Category, Severity>>;
  /** Hashed feature of each row (Int32Array); the lookup table over them is built at load. */
  keys: string;
  /** Row r's class weights are entries rowStart[r] .. rowStart[r + 1] - 1 (Int32Array). */
  rowStart: string;
  entryClass: string;
  /** Float32Array. */
  entryWeight: string;
  /** Per-class bias, classes.length + 1 values. */
  bias: number[];
  /** Severity head: one weight per row (Float32Array) and its bias. */
  concernWeight: string;
  concernBias: number;
}

export interface TextModel {
  data: TextModelData;
  keys: Int32Array;
  /** Open-addressing table over keys: slot -> row + 1, 0 when empty (length a power of 2). */
  slots: Int32Array;
  mask: number;
  rowStart: Int32Array;
  entryClass: Uint8Array;
  entryWeight: Float32Array;
  concernWeight: Float32Array;
  concern: Set<Category>;
}

const float32ToBase64 = (a: Float32Array): string =>
  toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
function base64ToFloat32(s: string): Float32Array {
  const bytes = fromBase64(s);
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function loadTextModel(data: TextModelData): TextModel {
  if (data.format !== 2) throw new Error(`text model format ${String(data.format)}, expected 2`);
  const keys = base64ToInt32(data.keys);
  const slots = slotTable(keys);
  const model: TextModel = {
    data,
    keys,
    slots,
    mask: slots.length - 1,
    rowStart: base64ToInt32(data.rowStart),
    entryClass: fromBase64(data.entryClass),
    entryWeight: base64ToFloat32(data.entryWeight),
    concernWeight: base64ToFloat32(data.concernWeight),
    concern: new Set(data.concernCategories),
  };
  if (model.rowStart.length !== model.keys.length + 1 || model.concernWeight.length !== model.keys.length)
    throw new Error('text model: row tables disagree in length');
  if (data.bias.length !== data.classes.length + 1)
    throw new Error('text model: one bias per class expected');
  return model;
}

/** Turns scores into probabilities in place (the trainer and classify() share it). */
export function softmax(z: Float64Array): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < z.length; c++) max = Math.max(max, z[c]!);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Builds the lookup table at load rather than storing it: it is most of the model's bytes. */
function slotTable(keys: Int32Array): Int32Array {
  let size = 2;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size);
  keys.forEach((hash, r) => {
    let i = hash & (size - 1);
    while (slots[i] !== 0) i = (i + 1) & (size - 1);
    slots[i] = r + 1;
  });
  return slots;
}

/** The row of a hashed feature, or -1 when the model does not know it. */
export function rowOf(model: TextModel, hash: number): number {
  let i = hash & model.mask;
  for (;;) {
    const r = model.slots[i]!;
    if (r === 0) return -1;
    if (model.keys[r - 1] === hash) return r - 1;
    i = (i + 1) & model.mask;
  }
}

/** One row of a model being built: its feature, its class weights and its severity-head weight. */
export interface ModelRow {
  hash: number;
  weights: { cls: number; weight: number }[];
  concern: number;
}

/** Packs trained rows into the serialised form (used by the trainer). */
export function packTextModel(
  rows: ModelRow[],
  header: Omit<
    TextModelData,
    'keys' | 'rowStart' | 'entryClass' | 'entryWeight' | 'concernWeight' | 'format'
  >,
): TextModelData {
  const keys = new Int32Array(rows.length);
  const rowStart = new Int32Array(rows.length + 1);
  const entries = rows.reduce((n, r) => n + r.weights.length, 0);
  const entryClass = new Uint8Array(entries);
  const entryWeight = new Float32Array(entries);
  const concernWeight = new Float32Array(rows.length);
  let e = 0;
  rows.forEach((row, r) => {
    keys[r] = row.hash;
    concernWeight[r] = row.concern;
    rowStart[r] = e;
    for (const w of row.weights) {
      entryClass[e] = w.cls;
      entryWeight[e] = w.weight;
      e++;
    }
  });
  rowStart[rows.length] = e;
  return {
    format: 2,
    ...header,
    keys: int32ToBase64(keys),
    rowStart: int32ToBase64(rowStart),
    entryClass: toBase64(entryClass),
    entryWeight: float32ToBase64(entryWeight),
    concernWeight: float32ToBase64(concernWeight),
  };
}
