// `npm run rules:train`: trains the text model on the whole training set (training-set.ts) and
// writes it into the library (library/model/text-model.json), where the compiler picks it up.
// With --tune it first picks per-category thresholds by cross-validation on the training corpus;
// the bundled model does not use them: tuned there (2026-11-26) they did worse on the blind set
// than one threshold, because the corpus's benign texts are near-twins of its risky ones.
//   npm run rules:train -- [--tune [--cost 10]] [--prune 0.1] [--min-count 2] [--seed 1] [--epochs 15] [--runs 1] [--out FILE]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compileRules, loadTextModel } from '@vigil/engine';
import { loadLibrary } from '../src/library.js';
import { type TrainOptions, trainTextModel } from '../src/model/train.js';
import { crossValidate, tally, tuneThresholds } from './cross-validate.js';
import { MODEL_FILE, trainingSet } from './training-set.js';

const args = process.argv.slice(2);
const option = (name: string): number | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : undefined;
};
const out = args.includes('--out') ? args[args.indexOf('--out') + 1]! : MODEL_FILE;
const options: Partial<TrainOptions> = Object.fromEntries(
  (
    [
      ['pruneBelow', option('--prune')],
      ['minCount', option('--min-count')],
      ['seed', option('--seed')],
      ['epochs', option('--epochs')],
      ['runs', option('--runs')],
    ] as const
  ).filter(([, v]) => v !== undefined),
);

const started = performance.now();
const { items, corpus, digest } = trainingSet();
if (args.includes('--tune')) {
  // The rules without any model: what the model is tuned to add to.
  const lib = loadLibrary();
  const rules = compileRules({ ...lib.ruleSet, model: undefined });
  const scored = crossValidate(items, corpus, rules, options, (f) =>
    console.error(`cross-validation fold ${f}/5`),
  );
  options.thresholds = tuneThresholds(scored, option('--cost'));
  const t = tally(scored, (c) => options.thresholds?.[c] ?? 0.9);
  console.log(
    `held-out corpus (${scored.length} lines) with tuned thresholds: recall ${t.recall.toFixed(3)}, ` +
      `critical ${t.critical.toFixed(3)}, benign alerts ${t.alerts.toFixed(3)}`,
  );
}
const data = trainTextModel(items, { lines: items.length, digest }, options);
const model = loadTextModel(data);
mkdirSync(dirname(out), { recursive: true });
const json = `${JSON.stringify(data)}\n`;
writeFileSync(out, json);
console.log(
  `trained on ${items.length} lines (digest ${digest}) in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
    `${model.rows.length / model.stride} features, ${model.rows.length} weights, ${(json.length / 1e6).toFixed(2)} MB`,
);
