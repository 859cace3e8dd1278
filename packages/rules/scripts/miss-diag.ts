// Why the risky lines of labelled sets are missed, in buckets: a rule or the model found the
// category too low (low-severity), the model leant to it below its threshold (p>=.5, p.2-.5), it
// read a risk in another category, or it barely saw one (p<.2). SHOW=1 prints each line: only for
// spent sets, never for an unscored blind set.
//   node --conditions=source --import tsx scripts/miss-diag.ts eval/blind-5.tsv ...
import { readFileSync } from 'node:fs';
import { CATEGORIES, classify, scan } from '@vigil/engine';
import { bundledRules } from '../src/index.js';
import { parseLabelled } from '../src/labelled.js';

const rules = bundledRules();
const model = rules.textModel!;
const buckets = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  for (const it of parseLabelled(readFileSync(file, 'utf8'))) {
    if (it.expect.length === 0) continue;
    const d = scan(it.text, { rules });
    if (d.some((x) => it.expect.includes(x.category) && x.severity >= it.min)) continue;
    const v = classify(model, it.text);
    const p = Math.max(...it.expect.map((c) => v.probabilities[CATEGORIES.indexOf(c as never)] ?? 0));
    const risk = 1 - v.probabilities[v.probabilities.length - 1]!;
    const catFound = d.some((x) => it.expect.includes(x.category));
    const kind = catFound
      ? 'low-severity'
      : p >= 0.5
        ? 'p>=.5'
        : p >= 0.2
          ? 'p.2-.5'
          : risk >= 0.5
            ? 'risk>=.5,other-cat'
            : 'p<.2';
    buckets.set(kind, (buckets.get(kind) ?? 0) + 1);
    if (process.env.SHOW)
      console.log(
        kind,
        it.expect.join(','),
        it.min,
        p.toFixed(2),
        risk.toFixed(2),
        `c=${v.concern.toFixed(2)}`,
        JSON.stringify(it.text).slice(0, 140),
        d.map((x) => `${x.category}:${x.severity}`).join(' '),
      );
  }
}
console.log([...buckets].map(([k, n]) => `${k}=${n}`).join(' '));
