// `npm run rules:cost`: which rules make ordinary English slow. For each rule alone, the share of
// Brown-corpus sentences on which its trigger keys send the text to the full matcher. A rule whose
// trigger fell back to common words (a long word list, optional words, a lexicon of everyday
// words) shows here long before it shows in the engine benchmark.
//   npm run rules:cost -- [--top N] [--over PERCENT]
import { compileRules } from '@vigil/engine';
import { brownSentences } from '../../engine/bench/corpus.js';
import { FIRED, fastCheck } from '../../engine/src/trigger.js';
import { loadLibrary } from '../src/library.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const top = option('--top', 25);
const over = option('--over', 0.5);

const lib = loadLibrary();
if (lib.errors.length > 0) {
  for (const e of lib.errors) process.stderr.write(`${e.file}:${e.line}: ${e.reason}\n`);
  process.exit(1);
}
const sentences = brownSentences(6000);
const shares = lib.ruleSet.rules
  .filter((r) => (r.patterns?.length ?? 0) > 0)
  .map((rule) => {
    const alone = compileRules({ version: 'cost', rules: [rule], contexts: lib.ruleSet.contexts ?? [] });
    let fired = 0;
    for (const s of sentences) if (fastCheck(alone.trigger, s) & FIRED) fired++;
    return { id: rule.id, share: (100 * fired) / sentences.length };
  })
  .sort((a, b) => b.share - a.share);

process.stdout.write(
  `share of ${sentences.length} Brown sentences each rule alone sends to the full matcher\n`,
);
for (const { id, share } of shares.slice(0, top)) {
  process.stdout.write(`${share.toFixed(2).padStart(6)}%  ${id}${share > over ? '  <- over budget' : ''}\n`);
}
const heavy = shares.filter((s) => s.share > over).length;
process.stdout.write(`${heavy} rule(s) over ${over}%\n`);
