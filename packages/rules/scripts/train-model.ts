// `npm run rules:train`: trains the text model on the training set (training-set.ts) and writes it
// into the library (library/model/text-model.json), where the compiler picks it up.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadTextModel } from '@vigil/engine';
import { trainTextModel } from '../src/model/train.js';
import { MODEL_FILE, trainingSet } from './training-set.js';

const started = performance.now();
const { items, digest } = trainingSet();
// Options for experiments: --prune 0.05 --min-count 2 --threshold 0.9 --out FILE
const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : MODEL_FILE;
const tuned = Object.fromEntries(
  (
    [
      ['pruneBelow', option('--prune')],
      ['minCount', option('--min-count')],
      ['threshold', option('--threshold')],
    ] as const
  ).filter(([, v]) => v !== undefined),
);
const data = trainTextModel(items, { lines: items.length, digest }, tuned);
const model = loadTextModel(data);
mkdirSync(dirname(out), { recursive: true });
const json = `${JSON.stringify(data)}\n`;
writeFileSync(out, json);
console.log(
  `trained on ${items.length} lines (digest ${digest}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${model.keys.length} features, ${model.entryWeight.length} weights, ${(json.length / 1e6).toFixed(2)} MB`,
);
