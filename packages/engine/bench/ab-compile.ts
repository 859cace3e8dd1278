// A/B of two engine builds' compile and load: the same serialised bytes, then CPU time.
//
//   node dist/bench/ab-compile.js [A dist dir] [B dist dir] [rounds]   (B defaults to this build's dist)
//
// The library is compiled by both (as it is, and with every seventh rule left out) and by each a
// customisation, and the serialised JSON must be equal. Then compileRules and loadCompiled are
// timed in turns (A then B, B then A), by the process's CPU time rather than the clock: other work
// on a shared machine slows both alike, and a pair's ratio is read beside its neighbour.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLibrary } from '@vigil/rules';

type Engine = typeof import('@vigil/engine');

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const [aDir = '/tmp/engine/base', bDir = resolve(here, '..'), rounds = '21'] = process.argv.slice(2);
const load = async (dir: string): Promise<Engine> =>
  (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as Engine;
const A = await load(aDir);
const B = await load(bDir);
const lib = loadLibrary();

const custom = {
  words: [
    { phrase: 'blue whale challenge', category: 'suicide' as const, severity: 4 },
    { phrase: '(kys|kill urself) nowww*', category: 'bullying' as const, severity: 3 },
    { phrase: 'b4 2nite [tonight] stabbed', category: 'violence' as const, severity: 2 },
  ],
  exclusions: [{ phrase: 'macbeth [act] (1|2|3)' }],
};
const sets: [string, (e: Engine) => ReturnType<Engine['compileRules']>][] = [
  ['library', (e) => e.compileRules(lib.ruleSet)],
  [
    'rules disabled',
    (e) => e.compileRules({ ...lib.ruleSet, rules: lib.ruleSet.rules.filter((_, i) => i % 7 !== 3) }),
  ],
  ['customisation', (e) => e.compileCustomisation(custom)],
];
const digest = (e: Engine, f: (e: Engine) => ReturnType<Engine['compileRules']>): string =>
  createHash('sha256')
    .update(JSON.stringify(e.serializeCompiled(f(e))))
    .digest('hex');
let differ = 0;
for (const [name, f] of sets) {
  const same = digest(A, f) === digest(B, f);
  if (!same) differ++;
  console.log(`${name}: ${same ? 'same bytes' : 'DIFFERENT bytes'}`);
}

const cpuMs = (f: () => void): number => {
  const before = process.cpuUsage();
  f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
};
const json = readFileSync(join(root, 'packages/rules/dist/compiled.json'), 'utf8');
const tasks: [string, (e: Engine) => void][] = [
  ['compileRules', (e) => e.compileRules(lib.ruleSet)],
  ['loadCompiled', (e) => e.loadCompiled(json)],
];
for (const [name, task] of tasks) {
  task(A);
  task(B);
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < Number(rounds); i++) {
    if (i % 2 === 0) {
      a.push(cpuMs(() => task(A)));
      b.push(cpuMs(() => task(B)));
    } else {
      b.push(cpuMs(() => task(B)));
      a.push(cpuMs(() => task(A)));
    }
  }
  const ratios = a.map((x, i) => b[i]! / x);
  console.log(
    `${name} CPU ms: A ${spread(a, 0)}, B ${spread(b, 0)}, B/A by pair ${spread(ratios, 3)} (median [quartiles])`,
  );
}
if (differ > 0) process.exitCode = 1;

function spread(xs: number[], digits: number): string {
  const s = [...xs].sort((x, y) => x - y);
  const at = (f: number): string => s[Math.round(f * (s.length - 1))]!.toFixed(digits);
  return `${at(0.5)} [${at(0.25)}-${at(0.75)}]`;
}
