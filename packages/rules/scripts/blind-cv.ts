// Leave-one-set-out over the spent blind sets: does training the text model on spent sets help it
// on a set it has not seen? For each set in HOLD, a model trained on the training set plus every
// other set in SETS is scored on the one left out, beside the bundled model (aggregates only).
//   SETS=1,2,3,4,5,6,7,8 HOLD=8 node --conditions=source --import tsx scripts/blind-cv.ts
// Session 8: holding out blind-8, 0.917 / 0.915 / 0.006 bundled -> 0.915 / 0.910 / 0.006 with the
// other seven spent sets (5,000 lines like the held-out kind) in training: no gain. Session 19, with
// nineteen sets and the model of today, the model alone gained on the next five (training-set.ts
// SPENT_BLIND), so the spent sets are trained on; this script leaves them all out of its base.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CompiledRules, loadTextModel, scan } from '@vigil/engine';
import { bundledRules } from '../src/index.js';
import { type LabelledItem, parseLabelled } from '../src/labelled.js';
import { trainTextModel } from '../src/model/train.js';
import { trainingSet } from './training-set.js';

const EVAL = fileURLToPath(new URL('../eval/', import.meta.url));
const spent = (process.env.SETS ?? '1,2,3,4,5,6,7,8').split(',').map(Number);
const sets = new Map(spent.map((k) => [k, parseLabelled(readFileSync(`${EVAL}blind-${k}.tsv`, 'utf8'))]));
const heldOut = (process.env.HOLD ?? process.env.SETS ?? '1,2,3,4,5,6,7,8').split(',').map(Number);

function tally(items: LabelledItem[], rules: CompiledRules) {
  let pos = 0,
    found = 0,
    crit = 0,
    critFound = 0,
    ben = 0,
    alerts = 0;
  for (const it of items) {
    const d = scan(it.text, { rules });
    if (it.expect.length === 0) {
      ben++;
      if (d.some((x) => x.severity >= 3)) alerts++;
      continue;
    }
    const ok = d.some((x) => it.expect.includes(x.category) && x.severity >= it.min);
    pos++;
    if (ok) found++;
    if (it.min >= 4) {
      crit++;
      if (ok) critFound++;
    }
  }
  return [found / pos, critFound / crit, alerts / ben];
}
const show = (t: number[]) => t.map((v) => v.toFixed(3)).join(' / ');

const rules = bundledRules();
const { items } = trainingSet({ spentBlind: false });
const sum = { base: [0, 0, 0], cv: [0, 0, 0] };
for (const k of heldOut) {
  const extra = spent.filter((j) => j !== k).flatMap((j) => sets.get(j)!);
  const data = trainTextModel([...items, ...extra], { lines: 0, digest: `cv ${k}` }, {});
  const withModel: CompiledRules = { ...rules, textModel: loadTextModel(data) };
  const test = sets.get(k) ?? parseLabelled(readFileSync(`${EVAL}blind-${k}.tsv`, 'utf8'));
  const b = tally(test, rules);
  const c = tally(test, withModel);
  for (let i = 0; i < 3; i++) {
    sum.base[i]! += b[i]!;
    sum.cv[i]! += c[i]!;
  }
  console.log(`blind-${k}: bundled ${show(b)}  with other spent sets ${show(c)}`);
}
console.log(`sum: bundled ${show(sum.base)}  with other spent sets ${show(sum.cv)}`);
