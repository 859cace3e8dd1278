// `npm run rules:model-cv`: how much the text model adds on wording the rules were not written
// from: five folds over the training corpus (cross-validate.ts), scored with the rules alone, with
// the rules and the model at several single thresholds, and at the per-category thresholds the
// bundled model uses. Prints aggregates only (recall / critical recall / benign alerts >= 3).
import type { Category } from '@vigil/engine';
import { bundledRules } from '../src/index.js';
import { DEFAULT_TRAINING } from '../src/model/train.js';
import { crossValidate, overGraded, type Tally, tally } from './cross-validate.js';
import { trainingSet } from './training-set.js';

const rules = bundledRules();
const { items, corpus } = trainingSet();
const scored = crossValidate(items, corpus, rules, {}, (f) => console.error(`fold ${f}/5 done`));
const show = (t: Tally) => `${t.recall.toFixed(3)} / ${t.critical.toFixed(3)} / ${t.alerts.toFixed(3)}`;
console.log(`held-out corpus lines: ${scored.length} (recall / critical recall / benign alerts >= 3)`);
console.log(`rules alone:             ${show(tally(scored, () => 1, false))}`);
for (const th of [0.7, 0.8, 0.85, 0.9, 0.95])
  console.log(`rules + model at ${th.toFixed(2)}:  ${show(tally(scored, () => th))}`);
const plain = rules.textModel?.data.threshold ?? DEFAULT_TRAINING.threshold;
console.log(
  `rules + model at ${plain.toFixed(2)}, without its second opinion on the rules: ${show(tally(scored, () => plain, true, Number.POSITIVE_INFINITY))}`,
);
console.log(
  `rules + model at ${plain.toFixed(2)}, never reporting shares of a clear risk: ${show(tally(scored, () => plain, true, undefined, undefined, null))}`,
);
for (const risk of [0.9, 0.95, 0.98])
  for (const share of [0.1, 0.2, 0.3])
    console.log(
      `  also each category holding ${share.toFixed(2)} of a risk at ${risk.toFixed(2)} or more: ${show(tally(scored, () => plain, true, undefined, undefined, { risk, share }))}`,
    );
for (const at of [0.5, 0.4, 0.3, 0.25, 0.2]) {
  const t = tally(scored, () => plain, true, undefined, at);
  const over = overGraded(scored, plain, at);
  console.log(
    `  severity 4 from a concern of ${at.toFixed(2)}: ${show(t)}; severity-3 risks graded 4: ${over.toFixed(3)}`,
  );
}
const tuned = rules.textModel?.data.thresholds;
if (tuned) {
  const at = (c: Category) => tuned[c] ?? rules.textModel!.data.threshold;
  console.log(`rules + model, per category: ${show(tally(scored, at))}`);
  console.log(
    `thresholds: ${Object.entries(tuned)
      .map(([c, t]) => `${c} ${t}`)
      .join(', ')}`,
  );
}
