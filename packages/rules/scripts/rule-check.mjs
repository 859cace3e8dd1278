// `node packages/rules/scripts/rule-check.mjs PREFIX[,PREFIX..] [--list]`: how the rules whose id starts
// with a prefix behave, rules alone (no text model): innocent training lines and the first 20,000
// Brown sentences they alert on (severity >= 3), and risky training lines they find. LIB=dir reads
// another copy of the library (YAML); the compiled engine and rules (dist) must be built.
import { readdirSync, readFileSync } from 'node:fs';
import { brownSentences } from '../../engine/dist/bench/corpus.js';
import { compileRules, scan } from '../../engine/dist/index.js';
import { loadLibrary } from '../dist/library.js';

const dir = process.env.LIB ?? undefined;
const prefixes = (process.argv[2] ?? '').split(',').filter(Boolean);
const list = process.argv.includes('--list');
const lib = loadLibrary(dir);
if (lib.errors.length) {
  for (const e of lib.errors) console.error(`${e.file}:${e.line} ${e.reason}`);
  process.exit(1);
}
const rules = compileRules({ ...lib.ruleSet, model: undefined });
const mine = (d) => prefixes.length === 0 || prefixes.some((p) => d.rule.startsWith(p));
const tdir = new URL('../training/', import.meta.url).pathname;
let innocent = 0,
  innocentHit = 0,
  risky = 0,
  riskyFound = 0;
const hits = [];
for (const f of readdirSync(tdir).filter((f) => f.endsWith('.tsv'))) {
  for (const line of readFileSync(tdir + f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [cats, , ...rest] = line.split('\t');
    const text = rest.join('\t');
    const d = scan(text, { rules }).filter(mine);
    if (cats === '-') {
      innocent++;
      const a = d.filter((x) => x.severity >= 3);
      if (a.length) {
        innocentHit++;
        hits.push(`INNOCENT ${a.map((x) => `${x.rule}:${x.severity}`).join(' ')} | ${text}`);
      }
    } else {
      risky++;
      if (d.some((x) => cats.split(',').includes(x.category))) riskyFound++;
    }
  }
}
let brownHit = 0;
const brown = brownSentences(20000);
for (const s of brown) {
  const a = scan(s, { rules })
    .filter(mine)
    .filter((x) => x.severity >= 3);
  if (a.length) {
    brownHit++;
    hits.push(`BROWN ${a.map((x) => `${x.rule}:${x.severity}`).join(' ')} | ${s.slice(0, 160)}`);
  }
}
if (list) for (const h of hits) console.log(h);
console.log(
  `rules ${prefixes.join(',') || '(all)'}: innocent corpus alerts ${innocentHit}/${innocent}, brown alerts ${brownHit}/${brown.length}, risky found ${riskyFound}/${risky}`,
);
