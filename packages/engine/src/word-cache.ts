// The terms of recently seen words, per term table. Finding a word's terms reads the term index
// and the term table at random (several cache misses a word, most of the full matcher's
// tokenising), yet most words of a text are common ones ("the", "i", "to") met in text after
// text. A word's terms depend on its symbols and runs alone, so a word of up to WORD_CACHE_SYMBOLS
// symbols and no run longer than three is kept here by its symbols and runs, exactly: a hit gives
// the same terms termsOf would, in the same order. Common words with a double letter ("all",
// "will", "been", "kill", "tell") are cached too: a fired text holds several.
import type { TermTable } from './terms.js';

/** Words up to this many symbols (six bits each, five to a key int) are cached. */
export const WORD_CACHE_SYMBOLS = 10;
/** A word with more terms than this is not cached (few are). */
export const WORD_CACHE_TERMS = 4;
const SLOTS = 2048;

/**
 * Slot s at 8s, one cache line's half: [len | runs << 4, key0, key1, count, terms...]: a word of
 * len symbols (0: empty slot) packed as key0, key1, the length of each run less one in two bits
 * a symbol (runs), and its count terms.
 */
export type WordCache = Int32Array;
export const STRIDE = 8;

const caches = new WeakMap<TermTable, WordCache>();

export function wordCacheOf(t: TermTable): WordCache {
  let c = caches.get(t);
  if (!c) {
    c = new Int32Array(SLOTS * STRIDE);
    caches.set(t, c);
  }
  return c;
}

/** The slot of a word with symbol hash h (terms.ts hashSyms). */
export const wordSlot = (h: number): number => Math.imul(h, 0x9e3779b1) >>> 21;
