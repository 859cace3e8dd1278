// `node packages/rules/scripts/severity-audit.mjs [MIN_LINES]`: rules whose severity disagrees
// with how the training corpus grades the lines they find. For each rule, over the risky training
// lines it finds in one of the line's categories (rules alone, no text model): how often it
// reports below the line's grade and how often at or above. A rule mostly below on many lines is
// a severity policy to look at (it was how violence.threat.injury was found at 3 on credible
// threats). A lead, not a verdict: in session 9 raising eight more such rules to 4 found no more
// critical risks on the spent sets and over-graded six, so it was undone; raise only where the
// outside writers' sets agree. Aggregates only; LIB=dir reads another copy of the library.
import { readdirSync, readFileSync } from 'node:fs';
import { compileRules, scan } from '../../engine/dist/index.js';
import { loadLibrary } from '../dist/library.js';

const minLines = Number(process.argv[2] ?? 8);
const lib = loadLibrary(process.env.LIB);
const rules = compileRules({ ...lib.ruleSet, model: undefined });
const tdir = new URL('../training/', import.meta.url).pathname;
const tally = new Map();
for (const f of readdirSync(tdir).filter((n) => n.endsWith('.tsv'))) {
  for (const line of readFileSync(tdir + f, 'utf8').split('\n')) {
    const [cats, sev, ...rest] = line.split('\t');
    if (!line.trim() || cats === '-') continue;
    const expect = cats.split(',');
    const grade = Math.min(4, Number(sev));
    const best = new Map();
    for (const d of scan(rest.join('\t'), { rules, model: false })) {
      if (!expect.includes(d.category)) continue;
      best.set(d.rule, Math.max(best.get(d.rule) ?? 0, d.severity));
    }
    for (const [rule, s] of best) {
      const t = tally.get(rule) ?? { below: 0, met: 0, above: 0 };
      if (s < grade) t.below++;
      else if (s > grade) t.above++;
      else t.met++;
      tally.set(rule, t);
    }
  }
}
const rows = [...tally]
  .map(([rule, t]) => ({ rule, ...t, n: t.below + t.met + t.above }))
  .filter((r) => r.n >= minLines && r.below / r.n >= 0.6)
  .sort((a, b) => b.below / b.n - a.below / a.n || b.n - a.n);
console.log(`rules below the corpus's grade on >= 60% of >= ${minLines} lines they find:`);
for (const r of rows)
  console.log(
    `${r.rule} base ${rules.rules.find((x) => x.id === r.rule)?.severity}: below ${r.below}, met ${r.met}, above ${r.above}`,
  );
