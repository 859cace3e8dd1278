// What each model class would cost at run time (model-class experiment): the loaded model's share
// of the heap, and the time to read one ordinary sentence, A/B interleaved in one process
// (rounds alternate the order; medians and spread of the per-round means).
//   node --expose-gc --conditions=source --import tsx scripts/model-class/cost.ts
// 'sub' and 'hidden' are lean sketches of what an engine version would do (subwords hashed from
// the word's letters, a feature's row looked up once; an Int8 embedding row summed, then two small
// dense layers), over the engine's own feature reader, beside classify() itself.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify, loadCompiled, loadTextModel, readFeatureList, rowOf, type TextModel } from '@vigil/engine';
import { brownSentences } from '../../../engine/bench/corpus.js';
import { trainTextModel } from '../../src/model/train.js';
import { trainingSet } from '../training-set.js';
import { textFeatures } from './features.js';
import { trainHidden } from './hidden.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

// 1. The bundled model's share of the heap, as the CLI and the server's scan thread load it
// (compiled rules from their JSON text, not scanOnly). Its stored form (base64 strings, kept as
// CompiledRules.model and textModel.data) comes out of JSON.parse as slices of the whole JSON
// text, so while they live the text lives too. (The extension's worker loads scanOnly, which
// drops them.)
const compiledFile = fileURLToPath(new URL('../../dist/compiled.json', import.meta.url));
const before = heap();
const rules = loadCompiled(readFileSync(compiledFile, 'utf8'));
const loaded = heap();
const stored = rules.model as unknown as Record<string, unknown>;
const strings = Object.keys(stored).filter((k) => typeof stored[k] === 'string');
for (const k of strings) stored[k] = Buffer.from(stored[k] as string).toString();
const copied = heap();
for (const k of strings) stored[k] = '';
const noStrings = heap();
const tables =
  rules.textModel!.rows.byteLength + rules.textModel!.slots.byteLength + rules.textModel!.used.byteLength;
const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
console.log(
  `compiled rules loaded: ${mb(loaded - before)} on the heap; the model's stored strings copied out of the JSON text: ` +
    `${mb(copied - before)} (the text they kept alive: ${mb(loaded - copied)}); those strings dropped: ${mb(noStrings - before)} ` +
    `(the strings: ${mb(copied - noStrings)}); the model's tables: ${mb(tables)}`,
);

// 2. Time per sentence.
const { items } = trainingSet();
const SUB = { minN: 3, maxN: 5 };
const subData = trainTextModel(
  items,
  { lines: 0, digest: 'cost' },
  {},
  items.map((it) => textFeatures(it.text, SUB).hash),
);
const subModel = loadTextModel(subData);
const hiddenModel = trainHidden(
  items,
  items.map((it) => textFeatures(it.text, null).hash),
  { hidden: Number(process.env.H ?? 32) },
);
const H = hiddenModel.o.hidden;
const K = hiddenModel.k;
/**
 * A table of (hash, row + 1) pairs, for the sketch alone: the engine's own table (keyTable) keeps
 * rows in slot order, which the sketch's embedding rows are not.
 */
function slotTable(keys: Int32Array): Int32Array {
  let size = 2;
  while (size < keys.length * 1.5) size *= 2;
  const slots = new Int32Array(size * 2);
  keys.forEach((hash, r) => {
    let i = hash & (size - 1);
    while (slots[2 * i + 1] !== 0) i = (i + 1) & (size - 1);
    slots[2 * i] = hash;
    slots[2 * i + 1] = r + 1;
  });
  return slots;
}

// Int8 embeddings with one scale, found through a slot table.
let maxE = 0;
for (const v of hiddenModel.emb) maxE = Math.max(maxE, Math.abs(v));
const emb8 = Int8Array.from(hiddenModel.emb, (v) => Math.round((v / maxE) * 127));
const keys = Int32Array.from(hiddenModel.index.keys());
const slots = slotTable(keys);
const hMask = slots.length / 2 - 1;
const acc = new Int32Array(H);
const w2 = Float64Array.from(hiddenModel.w2);
const out = new Float64Array(K);
function hiddenClassify(text: string): number {
  const list = readFeatureList(text);
  acc.fill(0);
  for (let f = 0; f < list.count; f++) {
    const hash = list.hash[f]!;
    for (let i = hash & hMask; ; i = (i + 1) & hMask) {
      const r = slots[2 * i + 1]!;
      if (r === 0) break;
      if (slots[2 * i] === hash) {
        const base = (r - 1) * H;
        for (let j = 0; j < H; j++) acc[j]! += emb8[base + j]!;
        break;
      }
    }
  }
  let concern = hiddenModel.b3;
  for (let c = 0; c < K; c++) out[c] = hiddenModel.b2[c]!;
  const scale = maxE / 127;
  for (let j = 0; j < H; j++) {
    const h = acc[j]! * scale + hiddenModel.b1[j]!;
    if (h <= 0) continue;
    for (let c = 0; c < K; c++) out[c]! += w2[c * H + j]! * h;
    concern += hiddenModel.w3[j]! * h;
  }
  let max = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < K; c++) max = Math.max(max, out[c]!);
  let sum = 0;
  for (let c = 0; c < K; c++) sum += Math.exp(out[c]! - max);
  return sum + concern;
}

const sums = new Float64Array(32);
const FNV = 0x01000193;
/** classify() plus each word's 3-5 grams (hashed from its letters) looked up and summed. */
function subClassify(model: TextModel, text: string): number {
  const v = classify(model, text);
  const { rows, stride } = model;
  sums.fill(0);
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text.charCodeAt(i) | 0x20 : 0;
    const letter = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57);
    if (letter && start < 0) start = i;
    if (letter || start < 0) continue;
    // '<' word '>' as positions start-1 .. i
    const len = i - start + 2;
    for (let g = 3; g <= 5; g++)
      for (let a = 0; a + g <= len; a++) {
        if (g === len) continue;
        let h = 0x2545f491;
        for (let p = a; p < a + g; p++) {
          const at = start - 1 + p;
          const code = at < start ? 60 : at >= i ? 62 : text.charCodeAt(at) | 0x20;
          h = Math.imul(h ^ code, FNV);
        }
        h ^= g;
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        h ^= h >>> 16;
        const r = rowOf(model, h);
        if (r < 0) continue;
        for (let c = 0; c < stride; c++) sums[c]! += rows[r * stride + c]!;
      }
    start = -1;
  }
  return v.concern + sums[0]!;
}

const bundled = loadTextModel(
  JSON.parse(readFileSync(new URL('../../library/model/text-model.json', import.meta.url), 'utf8')),
);
const texts = brownSentences(40_000).slice(0, 20_000);
const runs: Record<string, (t: string) => number> = {
  base: (t) => classify(bundled, t).concern,
  sub: (t) => subClassify(subModel, t),
  hidden: (t) => hiddenClassify(t),
};
const times = new Map<string, number[]>(Object.keys(runs).map((k) => [k, []]));
let sink = 0;
const ROUNDS = Number(process.env.ROUNDS ?? 15);
for (let round = 0; round < ROUNDS; round++) {
  const order = Object.keys(runs);
  if (round % 2) order.reverse();
  for (const name of order) {
    const fn = runs[name]!;
    const t = process.cpuUsage();
    for (const text of texts) sink += fn(text);
    const d = process.cpuUsage(t);
    times.get(name)!.push(((d.user + d.system) * 1000) / texts.length);
  }
}
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!;
for (const [name, t] of times) {
  const s = [...t].sort((x, y) => x - y);
  console.log(
    `${name.padEnd(7)} ${median(t).toFixed(0)} ns CPU per sentence (rounds ${s[0]!.toFixed(0)}-${s.at(-1)!.toFixed(0)}; ${texts.length} Brown sentences, ${ROUNDS} interleaved rounds)`,
  );
}
const subTables = subModel.rows.byteLength + subModel.slots.byteLength + subModel.used.byteLength;
console.log(
  `tables in memory: base ${(tables / 1e6).toFixed(2)} MB, sub ${(subTables / 1e6).toFixed(2)} MB (JSON ${(JSON.stringify(subData).length / 1e6).toFixed(2)} MB), ` +
    `hidden ${H} at Int8 ${((emb8.byteLength + slots.byteLength) / 1e6).toFixed(2)} MB (${keys.length} features)`,
);
if (sink === 42) console.log('');
