// The fresh evaluation set (test/fixtures/fresh-eval.tsv: category<TAB>min severity<TAB>text; '-' for
// benign) scored with the engine directly, the way /work/shared/tools/eval-detection.mjs scores the CLI:
// a positive is found when a detection has one of its categories at or above its min severity; a
// benign line is a false alert when anything reaches severity 3; critical items have min severity >= 4.
// The bars are the held-out set's: recall >= 0.95, critical recall >= 0.98, benign false alerts <= 0.02.
import { readFileSync } from 'node:fs';
import { scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { describe, expect, test } from 'vitest';

interface Item {
  text: string;
  expect: string[];
  min: number;
}

const items: Item[] = readFileSync(new URL('./fixtures/fresh-eval.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((line) => {
    const [cats = '-', min = '-', ...rest] = line.split('\t');
    return {
      text: rest.join('\t'),
      expect: cats === '-' ? [] : cats.split(','),
      min: min === '-' ? 0 : Number(min),
    };
  });

describe('fresh evaluation set', () => {
  const rules = bundledRules();
  const found = (it: Item) =>
    scan(it.text, { rules }).some((d) => it.expect.includes(d.category) && d.severity >= it.min);
  const positives = items.filter((it) => it.expect.length > 0);
  const critical = positives.filter((it) => it.min >= 4);
  const benign = items.filter((it) => it.expect.length === 0);

  test('is a real set: 400+ lines, at least 40% benign, every category present', () => {
    expect(items.length).toBeGreaterThanOrEqual(400);
    expect(benign.length / items.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(positives.flatMap((it) => it.expect)).size).toBe(14);
  });

  test('recall >= 0.95 and critical recall >= 0.98', () => {
    const missed = positives.filter((it) => !found(it));
    const missedCritical = critical.filter((it) => !found(it));
    const summary = missed.map((it) => `${it.expect.join(',')} ${it.min}: ${it.text}`).join('\n');
    expect(1 - missed.length / positives.length, summary).toBeGreaterThanOrEqual(0.95);
    expect(1 - missedCritical.length / critical.length, summary).toBeGreaterThanOrEqual(0.98);
  });

  test('benign false-alert rate <= 0.02', () => {
    const alerts = benign.filter((it) => scan(it.text, { rules }).some((d) => d.severity >= 3));
    expect(alerts.length / benign.length, alerts.map((it) => it.text).join('\n')).toBeLessThanOrEqual(0.02);
  });
});
