// Which context cues lowered the right category below its grade on missed risky lines: counts of
// the lowering reasons, or with SHOW=<reason text> each such line (only for spent sets, never for
// an unscored blind set). Leads for cues or rules that misread a risk as innocent.
//   node --conditions=source --import tsx scripts/lowered-misses.ts eval/blind-5.tsv ...
import { readFileSync } from 'node:fs';
import { scan } from '@vigil/engine';
import { bundledRules } from '../src/index.js';
import { parseLabelled } from '../src/labelled.js';

const rules = bundledRules();
const counts = new Map<string, number>();
const show = process.env.SHOW;
for (const f of process.argv.slice(2))
  for (const it of parseLabelled(readFileSync(f, 'utf8'))) {
    if (it.expect.length === 0) continue;
    const d = scan(it.text, { rules });
    if (d.some((x) => it.expect.includes(x.category) && x.severity >= it.min)) continue;
    for (const x of d) {
      if (!it.expect.includes(x.category)) continue;
      for (const r of x.reasons) {
        const m = /^-\d+ (.*?) '/.exec(r);
        if (!m) continue;
        counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
        if (show && r.includes(show))
          console.log(it.min, x.rule, x.severity, '|', it.text.slice(0, 140), '|', r);
      }
    }
  }
if (!show)
  console.log(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 30)
      .map(([k, v]) => `${v} ${k}`)
      .join('\n'),
  );
