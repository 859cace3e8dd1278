import { describe, expect, test } from 'vitest';
import { FOLD_DATA } from '../src/fold-data.js';
import { computeFoldRanges } from '../src/fold-ranges.js';

describe('the fold table', () => {
  test('its precomputed NFKC ranges are what this runtime computes (else run scripts/fold-data.ts)', () => {
    expect(FOLD_DATA).toEqual(computeFoldRanges());
  });
});
