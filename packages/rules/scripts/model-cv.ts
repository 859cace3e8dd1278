// `npm run rules:model-cv`: how much the text model adds on wording the rules were not written
// from. Five folds over the training corpus (training/*.tsv, which no rule was fitted to): each fold
// is scored with the rules alone and with rules + a model trained on everything else, at several
// thresholds. Prints aggregates only (recall / critical recall / benign alerts at severity >= 3).
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Detection, loadTextModel, modelDetections, scan } from '@vigil/engine';
import { bundledRules } from '../src/index.js';
import { type LabelledItem, readLabelled } from '../src/labelled.js';
import { trainTextModel } from '../src/model/train.js';
import { trainingSet } from './training-set.js';

const FOLDS = 5;
const THRESHOLDS = [0.7, 0.8, 0.85, 0.9, 0.95];
const dir = fileURLToPath(new URL('../training/', import.meta.url));
const corpus = new Set(
  readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .flatMap((f) => readLabelled(dir + f).map((it) => it.text)),
);
const { items } = trainingSet();
const rules = bundledRules();
const ruleOnly = (text: string) => scan(text, { rules, model: false });

interface Tally {
  pos: number;
  found: number;
  crit: number;
  critFound: number;
  benign: number;
  alerts: number;
  perCategory: Map<string, [number, number]>;
}
const tally = (): Tally => ({
  pos: 0,
  found: 0,
  crit: 0,
  critFound: 0,
  benign: 0,
  alerts: 0,
  perCategory: new Map(),
});
function count(t: Tally, it: LabelledItem, found: Detection[]): void {
  if (it.expect.length === 0) {
    t.benign++;
    if (found.some((d) => d.severity >= 3)) t.alerts++;
    return;
  }
  const ok = found.some((d) => it.expect.includes(d.category) && d.severity >= it.min);
  t.pos++;
  if (ok) t.found++;
  if (it.min >= 4) {
    t.crit++;
    if (ok) t.critFound++;
  }
  for (const c of it.expect) {
    const [a, b] = t.perCategory.get(c) ?? [0, 0];
    t.perCategory.set(c, [a + (ok ? 1 : 0), b + 1]);
  }
}
const show = (t: Tally) =>
  `${(t.found / t.pos).toFixed(3)} / ${(t.critFound / t.crit).toFixed(3)} / ${(t.alerts / t.benign).toFixed(3)}`;

const alone = tally();
const merged = new Map(THRESHOLDS.map((th) => [th, tally()]));
const testable = items.map((it, i) => [it, i] as const).filter(([it]) => corpus.has(it.text));
for (let fold = 0; fold < FOLDS; fold++) {
  const test = testable.filter(([, i]) => i % FOLDS === fold);
  const held = new Set(test.map(([, i]) => i));
  const data = trainTextModel(
    items.filter((_, i) => !held.has(i)),
    { lines: 0, digest: `fold ${fold}` },
  );
  const model = loadTextModel(data);
  for (const [it] of test) {
    const own = ruleOnly(it.text);
    count(alone, it, own);
    for (const th of THRESHOLDS) {
      const extra = modelDetections({ ...model, data: { ...model.data, threshold: th } }, it.text);
      const added = extra.filter(
        (d) => !own.some((r) => r.category === d.category && r.severity >= d.severity),
      );
      count(merged.get(th)!, it, [...own, ...added]);
    }
  }
  console.error(`fold ${fold + 1}/${FOLDS} done`);
}
console.log(`held-out corpus lines: ${testable.length} (recall / critical recall / benign alerts >= 3)`);
console.log(`rules alone:            ${show(alone)}`);
for (const [th, t] of merged) console.log(`rules + model at ${th.toFixed(2)}: ${show(t)}`);
const best = merged.get(0.9)!;
console.log(
  `per category at 0.90 (rules alone -> with model): ${[...best.perCategory]
    .sort()
    .map(([c, [a, b]]) => `${c} ${alone.perCategory.get(c)?.[0] ?? 0}->${a}/${b}`)
    .join(', ')}`,
);
