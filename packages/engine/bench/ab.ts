// A/B of two engine builds: the same detections, and which is faster.
//
//   node dist/bench/ab.js [A dist dir] [B dist dir]     (B defaults to this build's dist)
//
// Both builds load the bundled compiled rules (packages/rules/dist/compiled.json) and scan every
// text of the evaluation, training and shared dev sets and Brown sentences, each as written and in
// one disguise, under several profiles; the JSON of the detections (all fields, reasons included)
// must be equal. The sets are opaque input here: only counts are printed, never a line. Then both
// are timed interleaved (a risky text, a corpus slice), so a busy machine slows both alike.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brownSentences, buildCorpus } from './corpus.js';

type Engine = typeof import('@vigil/engine');

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const [aDir = '/tmp/engine/base', bDir = resolve(here, '..')] = process.argv.slice(2);
const only = process.env.AB_ONLY; // 'same', 'time', or 'fired' (timing of the Brown texts only, fired and ordinary)

const load = async (dir: string): Promise<Engine> =>
  (await import(pathToFileURL(join(resolve(dir), 'index.js')).href)) as Engine;

const A = await load(aDir);
const B = await load(bDir);
const json = readFileSync(join(root, 'packages/rules/dist/compiled.json'), 'utf8');
// AB_COMPILED_A: A's own compiled rules, when the two builds' serialised forms differ (the same
// library compiled by each).
// AB_SCAN_ONLY=1: both load as the extension's worker does (loadCompiled's scanOnly).
const loadOptions = { scanOnly: process.env.AB_SCAN_ONLY === '1' };
const rulesA = A.loadCompiled(
  process.env.AB_COMPILED_A ? readFileSync(process.env.AB_COMPILED_A, 'utf8') : json,
  loadOptions,
);
const rulesB = B.loadCompiled(json, loadOptions);

/** Texts of every labelled .tsv in dir (third column on), never printed. */
function tsvTexts(dir: string): string[] {
  const out: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.tsv'));
  } catch {
    return out;
  }
  for (const name of names.sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      out.push(line.split('\t').slice(2).join('\t'));
    }
  }
  return out;
}

/** One disguise per text, in turn, so the other readings (leet, spaced, masked, NFKC...) run too. */
function disguise(text: string, i: number): string {
  switch (i % 6) {
    case 0:
      return text.toUpperCase();
    case 1:
      return text.replace(/[aeio]/g, (c) => ({ a: '4', e: '3', i: '1', o: '0' })[c]!);
    case 2:
      return text.replace(/\b(\w)(\w)(\w)(\w+)\b/, '$1 $2 $3 $4');
    case 3:
      return text.replace(/\b(\w)\w(\w{2,})\b/, '$1*$2');
    case 4:
      return `#${text.split(/\s+/).slice(0, 4).join('')} ${text}`;
    default:
      return text.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  }
}

const custom = {
  words: [{ phrase: 'maths homework', category: 'other' as const, severity: 2 }],
  disabled: ['model.bullying'],
  exclusions: [{ phrase: 'kill it' }],
};
const profiles: { name: string; opts: Record<string, unknown> }[] = [
  { name: 'default', opts: {} },
  { name: 'model:false', opts: { model: false } },
  { name: 'primary/search/keepDropped', opts: { age: 'primary', source: 'search', keepDropped: true } },
  { name: 'custom', opts: { custom, age: 'staff' } },
];

if (only !== 'time' && only !== 'fired') {
  const sets: [string, string[]][] = [
    ['rules/eval', tsvTexts(join(root, 'packages/rules/eval'))],
    ['shared/eval', tsvTexts(resolve(root, '../shared/eval'))],
    ['rules/training', tsvTexts(join(root, 'packages/rules/training'))],
    ['brown', brownSentences(20000)],
  ];
  let total = 0;
  let differ = 0;
  let detections = 0;
  for (const [name, texts] of sets) {
    let setDiffer = 0;
    let scans = 0;
    const all = [...texts, ...texts.map(disguise)];
    for (const { opts } of profiles) {
      // Profiles after the first on a quarter of the texts: they exercise scoring paths, not readings.
      const step = opts === profiles[0]!.opts ? 1 : 4;
      for (let i = 0; i < all.length; i += step) {
        const a = JSON.stringify(A.scan(all[i]!, { ...opts, rules: rulesA }));
        const b = JSON.stringify(B.scan(all[i]!, { ...opts, rules: rulesB }));
        scans++;
        if (a !== b) setDiffer++;
        if (a !== '[]') detections++;
      }
    }
    console.log(`${name}: ${texts.length} texts, ${scans} scans, ${setDiffer} differ`);
    total += scans;
    differ += setDiffer;
  }
  console.log(`total: ${total} scans (${detections} with detections), ${differ} differ`);
  if (differ > 0) process.exitCode = 1;
}

const TEXT =
  'honestly nobody would even notice if i was gone. i have been thinking about it every night and ' +
  'i think i want to kill myself tonight after everyone is asleep. please do not tell anyone about this chat, ' +
  'i just needed to say it to someone. anyway what did you get for the maths homework question 4?';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Microseconds of CPU per unit, A and B alternating for `rounds` rounds. */
function interleaved(
  label: string,
  run: (e: Engine, r: unknown, round: number) => void,
  units: number,
  rounds = 15,
): void {
  const ta: number[] = [];
  const tb: number[] = [];
  const ratio: number[] = [];
  const cpu = (): number => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  run(A, rulesA, 0);
  run(B, rulesB, 0);
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? ([A, B] as const) : ([B, A] as const);
    const t: Map<Engine, number> = new Map();
    for (const e of order) {
      const t0 = cpu();
      run(e, e === A ? rulesA : rulesB, r);
      t.set(e, (cpu() - t0) / units);
    }
    ta.push(t.get(A)!);
    tb.push(t.get(B)!);
    ratio.push(t.get(B)! / t.get(A)!);
  }
  const spread = (xs: number[]): string =>
    `${median(xs).toFixed(1)} [${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)}]`;
  const sorted = [...ratio].sort((x, y) => x - y);
  const q = (p: number): string => sorted[Math.floor((sorted.length - 1) * p)]!.toFixed(3);
  console.log(
    `${label}: A ${spread(ta)} us, B ${spread(tb)} us, B/A ${median(ratio).toFixed(3)} (quartiles ${q(0.25)}-${q(0.75)}, ${Math.min(...ratio).toFixed(3)}-${Math.max(...ratio).toFixed(3)})`,
  );
}

if (only !== 'same') {
  const n = 4000;
  for (const model of [true, false]) {
    interleaved(
      `risky TEXT, model ${model}, per scan`,
      (e, rules) => {
        for (let i = 0; i < n; i++) e.scan(TEXT, { rules: rules as never, model });
      },
      n,
    );
  }
  // The server scans each capture once: a text never seen just before, so the matcher's words of
  // the previous text (match.ts tokenise) are no help, as they are to the repeated text above.
  const distinct = Array.from({ length: 97 }, (_, i) => `${TEXT} ${i}`);
  interleaved(
    'risky TEXT, each scan a new text, per scan',
    (e, rules) => {
      for (let i = 0; i < n; i++) e.scan(distinct[i % distinct.length]!, { rules: rules as never });
    },
    n,
  );
  // The Brown sentences where a trigger fires on the text itself (B's fast path picks them; the
  // same texts for both): about half the corpus's scan time, and what every capture holds.
  const { FIRED, fastCheck } = (await import(
    pathToFileURL(join(resolve(bDir), 'trigger.js')).href
  )) as typeof import('../src/trigger.js');
  const brown = brownSentences(20000);
  const fired = brown.filter((t) => (fastCheck(rulesB.trigger, t) & FIRED) !== 0);
  // The rest: ordinary text, where no trigger fires on the text itself (most of what a school
  // writes, and what the corpus's throughput is made of).
  const ordinary = brown.filter((t) => (fastCheck(rulesB.trigger, t) & FIRED) === 0);
  interleaved(
    `ordinary Brown texts (${ordinary.length}), per scan`,
    (e, rules) => {
      for (const t of ordinary) e.scan(t, { rules: rules as never });
    },
    ordinary.length,
    31,
  );
  interleaved(
    `fired Brown texts (${fired.length}), per scan`,
    (e, rules) => {
      // Four passes a round: one pass is ~30 ms, too short to outlast a busy neighbour.
      for (let pass = 0; pass < 4; pass++) for (const t of fired) e.scan(t, { rules: rules as never });
    },
    4 * fired.length,
    25,
  );
}

if (only !== 'same' && only !== 'fired') {
  // The keystroke path as run.ts measures it (p99_us_200): distinct 200-character inputs, each
  // scanned once by each build, in alternating order.
  const inputs = buildCorpus(2e6)
    .join(' ')
    .slice(0, 2_000_000)
    .match(/.{200}/gs)!
    .slice(0, 10000);
  const lat: Record<'A' | 'B', number[]> = { A: [], B: [] };
  for (let i = 0; i < inputs.length; i++) {
    for (const [name, e, rules] of i % 2 === 0
      ? ([
          ['A', A, rulesA],
          ['B', B, rulesB],
        ] as const)
      : ([
          ['B', B, rulesB],
          ['A', A, rulesA],
        ] as const)) {
      const t0 = performance.now();
      e.scan(inputs[i]!, { rules: rules as never });
      lat[name].push((performance.now() - t0) * 1000);
    }
  }
  const pct = (xs: number[], p: number): string =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length * p)]!.toFixed(1);
  console.log(
    `200-char inputs (${inputs.length}), us: A p50 ${pct(lat.A, 0.5)} p99 ${pct(lat.A, 0.99)}, B p50 ${pct(lat.B, 0.5)} p99 ${pct(lat.B, 0.99)}`,
  );
  const slice = buildCorpus(1e6);
  const bytes = slice.reduce((s, m) => s + m.length, 0);
  interleaved(
    `corpus slice (${slice.length} texts, 1 MB), per KB`,
    (e, rules) => {
      for (const m of slice) e.scan(m, { rules: rules as never });
    },
    bytes / 1000,
    9,
  );
}
