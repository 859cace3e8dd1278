// A labelled set (category<TAB>min severity<TAB>text; '-' for benign) scored with the engine the
// way /work/shared/tools/eval-detection.mjs scores the CLI: a positive is found when a detection has
// one of its categories at or above its min severity; a benign line is a false alert when anything
// reaches severity 3; critical items have min severity >= 4.
import { type CompiledRules, scan } from '@vigil/engine';
import { type LabelledItem, readLabelled } from '../src/labelled.js';

export type Item = LabelledItem;

export const readSet = (url: URL): Item[] => readLabelled(url);

export interface Score {
  recall: number;
  criticalRecall: number;
  falseAlertRate: number;
  /** The lines behind any shortfall, for the test's message. */
  missed: string[];
  alerts: string[];
}

export function scoreSet(items: Item[], rules: CompiledRules): Score {
  const found = (it: Item) =>
    scan(it.text, { rules }).some((d) => it.expect.includes(d.category) && d.severity >= it.min);
  const positives = items.filter((it) => it.expect.length > 0);
  const critical = positives.filter((it) => it.min >= 4);
  const benign = items.filter((it) => it.expect.length === 0);
  const missed = positives.filter((it) => !found(it));
  const alerts = benign.filter((it) => scan(it.text, { rules }).some((d) => d.severity >= 3));
  const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    recall: ratio(positives.length - missed.length, positives.length),
    criticalRecall: ratio(critical.filter((it) => !missed.includes(it)).length, critical.length),
    falseAlertRate: benign.length === 0 ? 0 : alerts.length / benign.length,
    missed: missed.map((it) => `${it.expect.join(',')} ${it.min}: ${it.text}`),
    alerts: alerts.map((it) => it.text),
  };
}
