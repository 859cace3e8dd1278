// Cross-validation of the text model on the training corpus (training/*.tsv, which no rule was
// written from): each fold is held out, a model is trained on everything else, and every held-out
// text is scanned the way scan() would, recording the rules' findings and each model finding with
// its probability, so any set of thresholds can be scored afterwards without scanning again.
import {
  CATEGORIES,
  type Category,
  type CompiledRules,
  classify,
  concernShare,
  type Detection,
  innocence,
  loadTextModel,
  lowered,
  modelSeverity,
  raised,
  reports,
  scan,
  secondGuessed,
  type TextModel,
} from '@vigil/engine';
import type { LabelledItem } from '../src/labelled.js';
import { DEFAULT_TRAINING, type TrainOptions, trainTextModel } from '../src/model/train.js';

export interface Scored {
  item: LabelledItem;
  /** The rules' findings; `guessed`: the model's second opinion may lower it. */
  rules: { category: string; severity: number; guessed: boolean }[];
  /** Model findings scan() would add at the lowest threshold tried, with their probability. */
  model: { category: Category; severity: number; p: number }[];
  /** The fold's model and its severity head's reading of the text (to grade at other cutoffs). */
  textModel: TextModel;
  concern: number;
  /** The fold model's probability of "nothing to report" (for the second opinion on the rules). */
  innocence: number;
  /** The fold model's probability of each category (for the second opinion that raises a rule's finding). */
  probabilities: Float64Array;
}

/** Findings are recorded down to this probability, so tally() can try thresholds and shares above it. */
export const LOWEST_THRESHOLD = 0.1;
const FOLDS = 5;

/** Cross-validates on items[0 .. corpus), the training corpus (training-set.ts). */
export function crossValidate(
  items: LabelledItem[],
  corpus: number,
  rules: CompiledRules,
  options: Partial<TrainOptions> = {},
  progress: (fold: number) => void = () => {},
): Scored[] {
  const out: Scored[] = [];
  const testable = items.slice(0, corpus).map((it, i) => [it, i] as const);
  for (let fold = 0; fold < FOLDS; fold++) {
    const test = testable.filter(([, i]) => i % FOLDS === fold);
    const held = new Set(test.map(([, i]) => i));
    const data = trainTextModel(
      items.filter((_, i) => !held.has(i)),
      { lines: 0, digest: `fold ${fold}` },
      { ...options, threshold: LOWEST_THRESHOLD, thresholds: {} },
    );
    const textModel = loadTextModel(data);
    const withModel: CompiledRules = { ...rules, textModel };
    for (const [item] of test) {
      const own = scan(item.text, { rules, model: false });
      const verdict = classify(textModel, item.text);
      const probabilities = verdict.probabilities;
      const added = scan(item.text, { rules: withModel }).filter((d) => d.rule.startsWith('model.'));
      out.push({
        item,
        rules: own.map(({ category, severity, rule }) => ({
          category,
          severity,
          guessed: secondGuessed(rules, rule),
        })),
        innocence: innocence(verdict),
        probabilities: Float64Array.from(probabilities),
        textModel,
        concern: verdict.concern,
        model: added.map((d: Detection) => ({
          category: d.category,
          severity: d.severity,
          p: probabilities[CATEGORIES.indexOf(d.category)]!,
        })),
      });
    }
    progress(fold + 1);
  }
  return out;
}

export interface Tally {
  recall: number;
  critical: number;
  alerts: number;
  found: number;
  positives: number;
}

/**
 * Recall, critical recall and benign alerts (severity >= 3) under per-category thresholds; with
 * the model, its second opinion lowers the rules' severity-3 findings where "nothing to report" is
 * at least `innocent`, and raises them to 4 where the severity head and the category agree
 * (model/second-opinion.ts; here without the rules' vetoes, which are not recorded).
 */
export function tally(
  scored: Scored[],
  thresholds: (c: Category) => number,
  useModel = true,
  innocent = DEFAULT_TRAINING.innocent,
  concernAt?: number,
  shared: TrainOptions['shared'] = DEFAULT_TRAINING.shared,
): Tally {
  const sharing = shared ? { shared } : {};
  let pos = 0;
  let found = 0;
  let crit = 0;
  let critFound = 0;
  let benign = 0;
  let alerts = 0;
  for (const s of scored) {
    const ruled = useModel
      ? s.rules.map((d) =>
          lowered(d.severity, d.guessed, s.innocence, innocent)
            ? { ...d, severity: 2 }
            : raised(
                  d.severity,
                  s.concern,
                  concernShare(s.textModel, s.probabilities, d.category as Category),
                  s.textModel.data.raise,
                )
              ? { ...d, severity: 4 }
              : d,
        )
      : s.rules;
    const reported = useModel
      ? s.model.filter((m) => reports(sharing, m.p, thresholds(m.category), s.innocence))
      : [];
    const graded =
      concernAt === undefined
        ? reported
        : reported.map((m) => ({
            ...m,
            severity: modelSeverity(s.textModel, m.category, s.concern, concernAt),
          }));
    const dets = [...ruled, ...graded];
    if (s.item.expect.length === 0) {
      benign++;
      if (dets.some((d) => d.severity >= 3)) alerts++;
      continue;
    }
    const ok = dets.some((d) => s.item.expect.includes(d.category) && d.severity >= s.item.min);
    pos++;
    if (ok) found++;
    if (s.item.min >= 4) {
      crit++;
      if (ok) critFound++;
    }
  }
  return {
    recall: found / pos,
    critical: critFound / crit,
    alerts: alerts / benign,
    found,
    positives: pos,
  };
}

const CANDIDATES = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01];

/**
 * Per-category thresholds by coordinate ascent on recall - cost * alerts: each category in turn
 * takes the candidate that scores best with the others fixed, twice over. With the corpus's mix, a
 * cost of 10 takes one more benign alert as worth about twelve more risky texts found: false
 * alarms are what make staff stop reading alerts.
 */
export function tuneThresholds(scored: Scored[], cost = 10): Partial<Record<Category, number>> {
  const th = new Map<Category, number>(CATEGORIES.map((c) => [c, 0.9]));
  const objective = () => {
    const t = tally(scored, (c) => th.get(c)!);
    return t.recall - cost * t.alerts;
  };
  for (let pass = 0; pass < 2; pass++) {
    for (const c of CATEGORIES) {
      let best = th.get(c)!;
      let bestScore = Number.NEGATIVE_INFINITY;
      // Highest first, so a tie keeps the quieter threshold.
      for (const cand of [...CANDIDATES].reverse()) {
        th.set(c, cand);
        const s = objective();
        if (s > bestScore + 1e-9) {
          bestScore = s;
          best = cand;
        }
      }
      th.set(c, best);
    }
  }
  return Object.fromEntries(th);
}

/**
 * Of the severity-3 risks the model reports in their own category, the share it grades 4 when its
 * severity head reads a concern at `concernAt` or above: the price of a lower cutoff.
 */
export function overGraded(scored: Scored[], threshold: number, concernAt: number): number {
  let reported = 0;
  let raised = 0;
  for (const s of scored) {
    if (s.item.min !== 3) continue;
    const own = s.model.filter((m) => m.p >= threshold && s.item.expect.includes(m.category));
    if (own.length === 0) continue;
    reported++;
    if (own.some((m) => modelSeverity(s.textModel, m.category, s.concern, concernAt) === 4)) raised++;
  }
  return reported === 0 ? 0 : raised / reported;
}
