// The harness every named-regression table shares: each row's text is scanned with the bundled
// library; a row expects a category at or above a severity, or nothing at severity 3 or more.
import { type Category, scan } from '@vigil/engine';
import { bundledRules } from '@vigil/rules';
import { describe, expect, test } from 'vitest';

export interface Row {
  name: string;
  text: string;
  /** The category that must be found at or above `min`; null: nothing at severity 3 or more. */
  expect: { category: Category; min: number } | null;
}

export function regressionTable(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    const rules = bundledRules();
    test.each(rows)('$name', ({ text, expect: want }) => {
      const detections = scan(text, { rules });
      if (want === null) {
        expect(detections.filter((d) => d.severity >= 3)).toEqual([]);
      } else {
        const found = detections.some((d) => d.category === want.category && d.severity >= want.min);
        expect(found, JSON.stringify(detections)).toBe(true);
      }
    });
  });
}
