// The harness every named-regression table shares: each row's text is scanned with the bundled
// library; a row expects a category at or above a severity, or nothing at severity 3 or more.
// A "nothing" row holds the rules to nothing at all; the text model, a statistical second opinion
// with no per-line fixes, is held to a share of the table's "nothing" rows instead.
import { type Category, scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { describe, expect, test } from 'vitest';

export interface Row {
  name: string;
  text: string;
  /** The category that must be found at or above `min`; null: nothing at severity 3 or more. */
  expect: { category: Category; min: number } | null;
}

/** The most of a table's "nothing" rows the text model may alert on. */
export const MODEL_ALERT_SHARE = 0.05;

export function regressionTable(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    const rules = bundledRules();
    test.each(rows)('$name', ({ text, expect: want }) => {
      if (want === null) {
        expect(scan(text, { rules, model: false }).filter((d) => d.severity >= 3)).toEqual([]);
      } else {
        const detections = scan(text, { rules });
        const found = detections.some((d) => d.category === want.category && d.severity >= want.min);
        expect(found, JSON.stringify(detections)).toBe(true);
      }
    });
    const quiet = rows.filter((r) => r.expect === null);
    test(`the text model alerts on at most ${MODEL_ALERT_SHARE * 100}% of the ${quiet.length} rows that expect nothing`, () => {
      const alerts = quiet.filter((r) => scan(r.text, { rules }).some((d) => d.severity >= 3));
      expect(alerts.length, alerts.map((r) => r.text).join('\n')).toBeLessThanOrEqual(
        Math.floor(quiet.length * MODEL_ALERT_SHARE),
      );
    });
  });
}

/**
 * Rows (named by the start of their name) whose category the rules must reach at `min` on their
 * own, without the text model: where the model alone held a row before, or where a cue or rule,
 * not the model, is the fix the row names.
 */
export function heldByRulesAlone(
  rows: readonly Row[],
  held: readonly (readonly [string, Category])[],
  min = 4,
): void {
  test.each(held)('%s: found on the rules alone', (prefix, category) => {
    const row = rows.find((r) => r.name.startsWith(prefix));
    expect(row, `no row named '${prefix}...'`).toBeDefined();
    const detections = scan(row!.text, { rules: bundledRules(), model: false });
    expect(
      detections.some((d) => d.category === category && d.severity >= min),
      JSON.stringify(detections),
    ).toBe(true);
  });
}
