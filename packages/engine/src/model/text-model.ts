// The text model as data: a softmax classifier over hashed features (features.ts) with one class
// per category and a last class for "nothing to report", plus a second, binary head that says
// whether a risk is a safeguarding concern (severity 4) rather than one to review. Trained by
// @vigil/rules (scripts/train-model.ts); the engine only reads it.
import { base64ToInt32, fromBase64, int32ToBase64, toBase64 } from '../base64.js';
import type { Category, Severity } from '../types.js';

/** The serialised form, as stored in the rules library and in the compiled rules. */
export interface TextModelData {
  format: 3;
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
  /** How many class weights each row has (Uint8Array): row r's are the next rowLength[r] entries. */
  rowLength: string;
  entryClass: string;
  /** Int16Array; a weight is its value times weightScale (half the bytes of Float32). */
  entryWeight: string;
  weightScale: number;
  /** Per-class bias, classes.length + 1 values. */
  bias: number[];
  /** Severity head: one weight per row (Int16Array, times concernScale) and its bias. */
  concernWeight: string;
  concernScale: number;
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

const int16ToBase64 = (a: Int16Array): string =>
  toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

/** Int16 values stored in base64, scaled back to the weights they stand for. */
function scaledWeights(s: string, scale: number): Float32Array {
  const bytes = fromBase64(s);
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
  // A plain loop: Float32Array.from with a map callback is ten times slower over 600,000 weights.
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale;
  return weights;
}

/** Weights as Int16 with one scale, so the largest lands on the edge of the range. */
function quantised(weights: Float32Array): { values: Int16Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  return { values: Int16Array.from(weights, (w) => Math.round(w / scale)), scale };
}

export function loadTextModel(data: TextModelData): TextModel {
  if (data.format !== 3) throw new Error(`text model format ${String(data.format)}, expected 3`);
  const keys = base64ToInt32(data.keys);
  const lengths = fromBase64(data.rowLength);
  const rowStart = new Int32Array(lengths.length + 1);
  for (let r = 0; r < lengths.length; r++) rowStart[r + 1] = rowStart[r]! + lengths[r]!;
  const slots = slotTable(keys);
  const model: TextModel = {
    data,
    keys,
    slots,
    mask: slots.length - 1,
    rowStart,
    entryClass: fromBase64(data.entryClass),
    entryWeight: scaledWeights(data.entryWeight, data.weightScale),
    concernWeight: scaledWeights(data.concernWeight, data.concernScale),
    concern: new Set(data.concernCategories),
  };
  if (
    lengths.length !== keys.length ||
    model.concernWeight.length !== keys.length ||
    rowStart[keys.length] !== model.entryWeight.length ||
    model.entryClass.length !== model.entryWeight.length
  )
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
    | 'keys'
    | 'rowLength'
    | 'entryClass'
    | 'entryWeight'
    | 'weightScale'
    | 'concernWeight'
    | 'concernScale'
    | 'format'
  >,
): TextModelData {
  const keys = new Int32Array(rows.length);
  const rowLength = new Uint8Array(rows.length);
  const entries = rows.reduce((n, r) => n + r.weights.length, 0);
  const entryClass = new Uint8Array(entries);
  const entryWeight = new Float32Array(entries);
  const concernWeight = new Float32Array(rows.length);
  let e = 0;
  rows.forEach((row, r) => {
    if (row.weights.length > 255) throw new Error('text model: more than 255 class weights in a row');
    keys[r] = row.hash;
    concernWeight[r] = row.concern;
    rowLength[r] = row.weights.length;
    for (const w of row.weights) {
      entryClass[e] = w.cls;
      entryWeight[e] = w.weight;
      e++;
    }
  });
  const weights = quantised(entryWeight);
  const concern = quantised(concernWeight);
  return {
    format: 3,
    ...header,
    keys: int32ToBase64(keys),
    rowLength: toBase64(rowLength),
    entryClass: toBase64(entryClass),
    entryWeight: int16ToBase64(weights.values),
    weightScale: weights.scale,
    concernWeight: int16ToBase64(concern.values),
    concernScale: concern.scale,
  };
}
