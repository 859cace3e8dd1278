// The text model as data: a softmax classifier over hashed features (features.ts) with one class
// per category and a last class for "nothing to report", plus a second, binary head that says
// whether a risk is a safeguarding concern (severity 4) rather than one to review. Trained by
// @vigil/rules (scripts/train-model.ts); the engine only reads it.
import { base64ToInt32, fromBase64, int32ToBase64, toBase64 } from '../base64.js';
import { addKey, mayHold, newKeyFilter } from '../key-filter.js';
import { homeSlotOf, MAX_SLOTS } from '../slots.js';
import type { Category, Severity } from '../types.js';

/** The serialised form, as stored in the rules library and in the compiled rules. */
export interface TextModelData {
  format: 4;
  /** What it was trained on: line count and a digest of the training files. */
  trainedOn: { lines: number; digest: string };
  /** The scored classes in order; the model has one more, "nothing to report", after them. */
  classes: Category[];
  /** A class is reported when its probability reaches this... */
  threshold: number;
  /** ...or its own threshold, tuned per category on held-out data. */
  thresholds?: Partial<Record<Category, number>>;
  /**
   * When the model is at least `risk` sure a text holds some risk (1 - P(nothing to report)), it
   * also reports every category with `share` or more of it: the risk is clear but split between
   * categories (a county-lines runner read as drugs and as grooming), and below `threshold` each
   * would go unreported. Absent: `threshold` alone.
   */
  shared?: { risk: number; share: number };
  /**
   * When the severity head is at least `concern` sure a text is a safeguarding concern, a category
   * is reported from `share` (below `threshold`): the model is sure how serious the text is and
   * less sure which kind of risk it is, and a concern it cannot name with three-to-one odds is
   * still a concern to show (a threat to follow an ex home from work after a break-up read as
   * violence 0.72, concern 1.00). Absent: `threshold` alone.
   */
  concerned?: { concern: number; share: number };
  /**
   * When "nothing to report" is at least this probable, a rule's severity-3 finding is lowered to 2
   * (a second opinion on wording the rules read out of context); absent: never. Concerns (4, 5)
   * are never lowered.
   */
  innocent?: number;
  /**
   * When the severity head is at least `concern` sure a text is a safeguarding concern and the
   * model gives a rule's category at least `share`, that rule's severity-3 finding is raised to 4:
   * the rule found the risk, the model read how serious it is from the whole text. Absent: never.
   */
  raise?: { concern: number; share: number };
  /**
   * When the severity head is at least `concern` sure and the model gives a category at least
   * `share`, its concern finding stands even where an engine-wide context cue ("essay", "lol") or
   * the rule's own context lowered the rules' reading of the same words a little: "i keep thinking
   * everyone would be better off if i didn't exist" in a diary that mentions an essay. Never over a
   * rule's exception: its `unless`, or its own context lowering by 3 or more (written for that
   * rule's innocent use: fixing a sharpener). Absent: the rules' reading always wins.
   * `sure`: a finding of any severity stands over the engine-wide cues alone where the model gives
   * its category at least this, concern or not.
   */
  overrule?: { concern: number; share: number; sure?: number };
  /** Categories whose risks reach severity 4 when the severity head says so... */
  concernCategories: Category[];
  /** ...at this probability or above (0.5 when absent). */
  concernAt?: number;
  /** Severity of a reported category otherwise. */
  reviewSeverity: Partial<Record<Category, Severity>>;
  /** Hashed feature of each row (Int32Array); the lookup table over them is built at load. */
  keys: string;
  /**
   * Which classes each row has a weight for (Uint16Array, bit c for class c, "nothing" included):
   * row r's weights are the next popcount(rowClasses[r]) entries, in class order. Two bytes a row,
   * where a length per row and a class per weight (format 3) were nine on average.
   */
  rowClasses: string;
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
  /**
   * Open-addressing table of the features' hashes (linear probing). A hash's row is not stored
   * beside it: rows are kept in slot order, so a feature's row is the number of used slots before
   * its own (`used`). Hashes alone, three-quarters full, are 0.6 MB for 110,000 features where pairs of
   * hash and row at most two-thirds full were 2 MB (out of L2), and a known feature still costs one
   * read of the slots and one of its row.
   */
  slots: Int32Array;
  /** Slot count (a multiple of 32, not a power of 2: homeSlot). */
  size: number;
  /**
   * Per 32 slots: at 2w a bit per slot in use (bit i of word w is slot 32w + i), at 2w + 1 how
   * many slots before slot 32w are in use; the pair shares a cache line.
   */
  used: Int32Array;
  /**
   * A bit filter over the features (key-filter.ts, knownFilter), in front of the
   * slots: two in five of an ordinary text's features are unknown, and a slot table at three-quarters
   * full is a long walk to say so. Absent: every feature probes the slots.
   */
  filter?: Int32Array;
  /**
   * Every row's weights, dense and in slot order: at row * stride, one per class with "nothing"
   * last, then the severity head's; column c's weight is the byte times columnScale[c]. A known
   * feature costs one read of one row, rather than a row index, a class list and a weight list apart.
   * A byte a weight, each column scaled to its own largest weight (quantiseRows): half of the
   * stored Int16's memory, the largest table the extension's worker holds.
   */
  rows: Int8Array;
  columnScale: Float64Array;
  stride: number;
  concern: Set<Category>;
}

const int16ToBase64 = (a: Int16Array): string =>
  toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

/** Weights as Int16 with one scale, so the largest lands on the edge of the range. */
function quantised(weights: Float32Array): { values: Int16Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  return { values: Int16Array.from(weights, (w) => Math.round(w / scale)), scale };
}

export function loadTextModel(data: TextModelData): TextModel {
  if (data.format !== 4) throw new Error(`text model format ${String(data.format)}, expected 4`);
  if (data.bias.length !== data.classes.length + 1)
    throw new Error('text model: one bias per class expected');
  const keys = base64ToInt32(data.keys);
  const classes = int16s(data.rowClasses);
  const weights = int16s(data.entryWeight);
  const concernWeights = int16s(data.concernWeight);
  let entries = 0;
  for (const bits of classes) entries += bitCount(bits & 0xffff);
  if (classes.length !== keys.length || concernWeights.length !== keys.length || entries !== weights.length)
    throw new Error('text model: row tables disagree in length');
  const stride = data.classes.length + 2;
  const table = keyTable(keys);
  const wide = new Int16Array(keys.length * stride);
  let e = 0;
  for (let r = 0; r < keys.length; r++) {
    const at = table.place[r]! * stride;
    const bits = classes[r]! & 0xffff;
    if (bits >>> (stride - 1) !== 0) throw new Error(`text model: a class out of range in row ${r}`);
    for (let c = 0; c < stride - 1; c++) if ((bits >>> c) & 1) wide[at + c] = weights[e++]!;
    wide[at + stride - 1] = concernWeights[r]!;
  }
  const { rows, columnScale } = quantiseRows(wide, stride, data.weightScale, data.concernScale);
  return {
    data,
    slots: table.slots,
    size: table.size,
    used: table.used,
    filter: knownFilter(keys),
    rows,
    columnScale,
    stride,
    concern: new Set(data.concernCategories),
  };
}

/** Int16 values stored in base64 (aligned: fromBase64 returns a fresh buffer). */
function int16s(s: string): Int16Array {
  const bytes = fromBase64(s);
  return new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
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

/** The bit filter over the model's features (key-filter.ts), built at load. */
export function knownFilter(keys: Int32Array): Int32Array {
  const filter = newKeyFilter();
  for (const hash of keys) addKey(filter, hash);
  return filter;
}

/** The number of bits set in a 32-bit word. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The row of a hashed feature, or -1 when the model does not know it. */
export function rowOf(model: TextModel, hash: number): number {
  const { slots, size, used, filter } = model;
  if (filter !== undefined && !mayHold(filter, hash)) return -1;
  for (let i = homeSlotOf(hash, size); ; i = i + 1 === size ? 0 : i + 1) {
    const w = (i >>> 5) << 1;
    const bits = used[w]!;
    const bit = 1 << (i & 31);
    if ((bits & bit) === 0) return -1;
    if (slots[i] === hash) return used[w + 1]! + bitCount(bits & (bit - 1));
  }
}

/** The slots of a model's features (TextModel.slots, size, used) and each key's row (`place`). */
export interface KeyTable {
  slots: Int32Array;
  size: number;
  used: Int32Array;
  /** The row of keys[r], in slot order. */
  place: Int32Array;
}

/** Builds the lookup table at load rather than storing it. */
export function keyTable(keys: Int32Array): KeyTable {
  // Three-quarters full, in whole words of the used bitmap: a probe that finds its key walks ~2.5
  // slots on average, one cache line, and one that does not is mostly stopped by the filter first.
  // Not a power of two (slots.ts; features' hashes are mixed by features.ts fmix): one left 110,215
  // features in 262,144 slots, 1 MB two in five used, in the extension worker.
  const size = Math.max(32, Math.ceil(keys.length / 0.75 / 32) * 32);
  if (size >= MAX_SLOTS) throw new Error(`text model: too many features (${keys.length})`);
  const slots = new Int32Array(size);
  const used = new Int32Array(size / 16);
  const slotOf = new Int32Array(keys.length);
  keys.forEach((hash, r) => {
    let i = homeSlotOf(hash, size);
    while ((used[(i >>> 5) << 1]! & (1 << (i & 31))) !== 0) i = i + 1 === size ? 0 : i + 1;
    slots[i] = hash;
    used[(i >>> 5) << 1]! |= 1 << (i & 31);
    slotOf[r] = i;
  });
  let before = 0;
  for (let w = 0; w < used.length; w += 2) {
    used[w + 1] = before;
    before += bitCount(used[w]!);
  }
  const place = slotOf.map(
    (i) => used[((i >>> 5) << 1) + 1]! + bitCount(used[(i >>> 5) << 1]! & ((1 << (i & 31)) - 1)),
  );
  return { slots, size, used, place };
}

/** Rows given in key order (stride values each), moved to the order keyTable() puts them in. */
export function rowsInSlotOrder(place: Int32Array, rows: Int16Array, stride: number): Int16Array {
  const out = new Int16Array(rows.length);
  for (let r = 0; r < place.length; r++)
    out.set(rows.subarray(r * stride, (r + 1) * stride), place[r]! * stride);
  return out;
}

/**
 * Dense stored rows (Int16: classes times weightScale, the last column times concernScale) as one
 * signed byte a weight, each column scaled so its largest weight is 127. Measured on the 103,360
 * labelled texts with the rules: 3 risky lines found more and 4 fewer than with the Int16 weights,
 * one innocent line alerted more and one fewer; the extension worker's heap 2.5 MB less. The Int16
 * rows are built first and dropped: loading briefly holds both.
 */
export function quantiseRows(
  wide: Int16Array,
  stride: number,
  weightScale: number,
  concernScale: number,
): { rows: Int8Array; columnScale: Float64Array } {
  const largest = new Float64Array(stride);
  for (let i = 0; i < wide.length; i++) {
    const c = i % stride;
    const v = Math.abs(wide[i]!);
    if (v > largest[c]!) largest[c] = v;
  }
  const step = largest.map((m) => (m > 0 ? m / 127 : 1));
  const rows = new Int8Array(wide.length);
  for (let i = 0; i < wide.length; i++) rows[i] = Math.round(wide[i]! / step[i % stride]!);
  const columnScale = step.map((q, c) => q * (c === stride - 1 ? concernScale : weightScale));
  return { rows, columnScale };
}

/** A row's weight for class `cls` (the last class is "nothing to report"). */
export const classWeight = (model: TextModel, row: number, cls: number): number =>
  model.rows[row * model.stride + cls]! * model.columnScale[cls]!;

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
    'keys' | 'rowClasses' | 'entryWeight' | 'weightScale' | 'concernWeight' | 'concernScale' | 'format'
  >,
): TextModelData {
  if (header.classes.length + 1 > 16) throw new Error('text model: more than 16 classes');
  const keys = new Int32Array(rows.length);
  const rowClasses = new Uint16Array(rows.length);
  const entries = rows.reduce((n, r) => n + r.weights.length, 0);
  const entryWeight = new Float32Array(entries);
  const concernWeight = new Float32Array(rows.length);
  let e = 0;
  rows.forEach((row, r) => {
    keys[r] = row.hash;
    concernWeight[r] = row.concern;
    for (const w of [...row.weights].sort((a, b) => a.cls - b.cls)) {
      if (w.cls < 0 || w.cls > header.classes.length || rowClasses[r]! & (1 << w.cls))
        throw new Error(`text model: class ${w.cls} out of range or twice in a row`);
      rowClasses[r]! |= 1 << w.cls;
      entryWeight[e++] = w.weight;
    }
  });
  const weights = quantised(entryWeight);
  const concern = quantised(concernWeight);
  return {
    format: 4,
    ...header,
    keys: int32ToBase64(keys),
    rowClasses: toBase64(new Uint8Array(rowClasses.buffer)),
    entryWeight: int16ToBase64(weights.values),
    weightScale: weights.scale,
    concernWeight: int16ToBase64(concern.values),
    concernScale: concern.scale,
  };
}
