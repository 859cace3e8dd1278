// `npm run bench:engine`: throughput, compile cost and latency of the engine against peers.
// A benchmark, never a test: the numbers depend on the machine.

import { compileRules, loadCompiled, type RuleSet, scan, serializeCompiled } from '@vigil/engine';
import { loadLibrary } from '@vigil/rules';
import { Filter } from 'bad-words';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { buildCorpus, rng, totalBytes } from './corpus.js';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mb = (bytes: number): number => bytes / 1e6;

/** MB/s, median of `runs` passes of `fn` over `msgs`. */
function throughput(msgs: readonly string[], fn: (m: string) => unknown, runs = 5): number {
  const bytes = totalBytes(msgs);
  const rates: number[] = [];
  let sink = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (const m of msgs) if (fn(m)) sink++;
    rates.push(mb(bytes) / ((performance.now() - t0) / 1000));
  }
  if (sink < 0) console.log(sink);
  return median(rates);
}

/**
 * n distinct generated patterns shaped like a safety library's: made-up words (so ordinary
 * English rarely matches them, as with real slang and codes), alone, in pairs, and next to a
 * common word ("my X", "X you"). Distinct, so the automaton really grows with n.
 */
function syntheticRules(n: number): RuleSet {
  const rand = rng(n);
  const syl = [
    'ka',
    'lo',
    'mi',
    'zu',
    'te',
    'ra',
    'po',
    'ni',
    'sha',
    'qu',
    'vex',
    'dro',
    'bli',
    'gor',
    'fen',
    'yul',
  ];
  const common = ['my', 'your', 'you', 'the', 'so', 'get', 'want', 'me'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const word = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(syl)).join('');
  const patterns = new Set<string>();
  while (patterns.size < n) {
    const r = rand();
    if (r < 0.4) patterns.add(word());
    else if (r < 0.8) patterns.add(`${word()} ${word()}`);
    else if (r < 0.9) patterns.add(`${pick(common)} ${word()}`);
    else patterns.add(`${word()} ${pick(common)}`);
  }
  return {
    version: 'synthetic',
    rules: [{ id: 'synthetic.rule', category: 'profanity', severity: 3, patterns: [...patterns] }],
  };
}

const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

const corpus = buildCorpus(20e6);
log(`corpus: ${corpus.length} messages, ${mb(totalBytes(corpus)).toFixed(1)} MB`);
const slice = (bytes: number): string[] => {
  const out: string[] = [];
  let n = 0;
  for (const m of corpus) {
    if (n >= bytes) break;
    out.push(m);
    n += m.length;
  }
  return out;
};

const lib = loadLibrary();
const patterns =
  lib.ruleSet.rules.reduce(
    (n, r) => n + (r.patterns?.length ?? 0) + (r.unless?.length ?? 0) + (r.near?.patterns.length ?? 0),
    0,
  ) + (lib.ruleSet.contexts ?? []).reduce((n, c) => n + c.patterns.length, 0);

for (let i = 0; i < 4; i++) gc();
const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const compileTimes: number[] = [];
let rules = compileRules(lib.ruleSet);
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  rules = compileRules(lib.ruleSet);
  compileTimes.push(performance.now() - t0);
}
// Several collections: one leaves some of the earlier compiles' buffers for the next, and the
// figure then swung between 11 and 74 MB from run to run.
for (let i = 0; i < 4; i++) gc();
const heapMb = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore) / 1e6;
const compileMs = median(compileTimes);
log(
  `library: ${lib.ruleSet.rules.length} rules, ${patterns} patterns, compile ${compileMs.toFixed(1)} ms, heap ${heapMb.toFixed(1)} MB`,
);

// What the CLI, server and extension pay instead of compiling: loading the serialised form.
const serialised = JSON.stringify(serializeCompiled(rules));
const loadTimes: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  loadCompiled(serialised);
  loadTimes.push(performance.now() - t0);
}
log(
  `load of the serialised form (${(serialised.length / 1e6).toFixed(1)} MB JSON): ${median(loadTimes).toFixed(1)} ms`,
);

const ceiling = throughput(corpus, (m) => {
  let h = 0;
  for (let i = 0; i < m.length; i++) h = (h + m.charCodeAt(i)) | 0;
  return h === -1;
});
log(`ceiling (charCodeAt loop): ${ceiling.toFixed(0)} MB/s`);
const engine = throughput(corpus, (m) => scan(m, { rules }).length > 0);
log(`engine: ${engine.toFixed(1)} MB/s`);

const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const obscenityMbps = throughput(slice(1e6), (m) => obscenity.getAllMatches(m).length > 0);
log(`obscenity (1 MB slice): ${obscenityMbps.toFixed(2)} MB/s`);
const badwords = new Filter();
const badwordsMbps = throughput(slice(1e6), (m) => badwords.isProfane(m), 3);
log(`bad-words (1 MB slice): ${badwordsMbps.toFixed(2)} MB/s`);

const scaled: Record<number, number> = {};
const scaleSlice = slice(5e6);
for (const n of [100, 2000, 20000]) {
  const synthetic = compileRules(syntheticRules(n));
  scaled[n] = throughput(scaleSlice, (m) => scan(m, { rules: synthetic }).length > 0, 3);
  log(`${n} generated patterns: ${scaled[n]!.toFixed(1)} MB/s`);
}

// Keystroke path: distinct 200-character inputs, one scan each.
const inputs = corpus
  .join(' ')
  .slice(0, 2_000_000)
  .match(/.{200}/gs)!
  .slice(0, 10000);
const lat: number[] = [];
for (const t of inputs) {
  const t0 = performance.now();
  scan(t, { rules });
  lat.push((performance.now() - t0) * 1000);
}
lat.sort((a, b) => a - b);
const p99 = lat[Math.floor(lat.length * 0.99)]!;
log(`p99 of one scan on 200 chars: ${p99.toFixed(1)} us`);

const f = (x: number, d = 1): string => x.toFixed(d);
console.log(
  `engine_mbps=${f(engine)} obscenity_mbps=${f(obscenityMbps, 2)} badwords_mbps=${f(badwordsMbps, 2)} ceiling_mbps=${f(ceiling)} patterns=${patterns} compile_ms=${f(compileMs)} heap_mb=${f(heapMb)} p99_us_200=${f(p99)} mbps_100=${f(scaled[100]!)} mbps_2000=${f(scaled[2000]!)} mbps_20000=${f(scaled[20000]!)}`,
);
