// Each variant's whole operating curve from a saved model-class run (records, no text): recall,
// critical recall and benign alerts at every threshold, pooled over blind-1..9 and over r9, and
// the bundled method's recall at the same benign-alert rate (the best it reaches at no more
// alerts), so model classes are compared at equal alerts rather than at one chosen point.
//   node --conditions=source --import tsx scripts/model-class/curves.ts /tmp/model/model-class.json
import { readFileSync } from 'node:fs';
import { type Scanned, type Score, score } from './surrogate.js';

const file = process.argv[2] ?? '/tmp/model/model-class.json';
const run = JSON.parse(readFileSync(file, 'utf8')) as { sets: Record<string, Record<string, Scanned[]>> };
const THRESHOLDS = [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99];
const show = (s: Score) => `${s.recall.toFixed(3)} / ${s.critical.toFixed(3)} / ${s.alerts.toFixed(3)}`;
const groups = (bySet: Record<string, Scanned[]>): [string, Scanned[]][] => [
  ['blind-1..9', Object.entries(bySet).flatMap(([set, s]) => (set === 'r9' ? [] : s))],
  ['r9', bySet.r9 ?? []],
];

const base = run.sets.base ?? run.sets.bundled;
if (!base) throw new Error('no base variant in this run');
const baseCurves = new Map(groups(base).map(([g, s]) => [g, THRESHOLDS.map((th) => score(s, th))]));
/** The base's best recall and critical recall at no more than `alerts`. */
function baseAt(group: string, alerts: number): string {
  const ok = baseCurves.get(group)!.filter((s) => s.alerts <= alerts + 1e-9);
  if (ok.length === 0) return 'n/a (base never that quiet)';
  const best = ok.reduce((a, b) => (b.recall > a.recall ? b : a));
  return show(best);
}

for (const [label, bySet] of Object.entries(run.sets)) {
  console.log(`${label}`);
  for (const [group, s] of groups(bySet)) {
    console.log(`  ${group}`);
    for (const th of THRESHOLDS) {
      const sc = score(s, th);
      console.log(`    @${th.toFixed(2)} ${show(sc)}   base at no more alerts: ${baseAt(group, sc.alerts)}`);
    }
  }
}
