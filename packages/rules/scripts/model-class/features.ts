// The features each model class reads, for the model-class experiment: the engine's own (words,
// neighbouring pairs, emoji, short text) and, optionally, fastText-style subwords: hashed 3-5
// letter grams of each word with its boundaries marked ('<' and '>'), so a spelling the corpus
// never had ("suicidle", "kms2nite") still shares most of its grams with one it had.
// Subwords are read from the word as written (folded here by NFKC, case and accents, and runs of a
// letter shortened as the engine does), and each belongs to the word it came from, so its weight
// can be shown as that word's.
import { fmix, readFeatureList, type TokenSpans, tokenSpans } from '@vigil/engine';

export interface SubwordOptions {
  minN: number;
  maxN: number;
}

/** One text's features: hash, and for each the engine feature (index into `hash`) it belongs to. */
export interface TextFeatures {
  /** The engine's features first (in its order), then subwords. */
  hash: Int32Array;
  /** For each feature, the engine feature whose weight it adds to when explained (itself for those). */
  owner: Int32Array;
  /** How many of `hash` are the engine's own. */
  base: number;
}

const SUBWORD_SEED = 0x2545f491;

/** The hash of one gram (code units of `w` from..to, boundaries included). */
function gramHash(w: string, from: number, to: number): number {
  let h = SUBWORD_SEED;
  for (let i = from; i < to; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return fmix(h ^ (to - from));
}

/** A word folded the way the engine reads it, near enough: letters and digits, lower case, no accents. */
export function foldWord(raw: string): string {
  const plain = raw
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return plain.replace(/([a-z])\1{2,}/g, '$1');
}

/** The gram hashes of one folded word. */
export function subwords(word: string, o: SubwordOptions): number[] {
  const w = `<${word}>`;
  const out: number[] = [];
  for (let n = o.minN; n <= o.maxN; n++)
    for (let i = 0; i + n <= w.length; i++) {
      // The whole marked word is the word feature itself.
      if (n === w.length) continue;
      out.push(gramHash(w, i, i + n));
    }
  return out;
}

const spans: TokenSpans = tokenSpans();

export function textFeatures(text: string, sub: SubwordOptions | null): TextFeatures {
  const list = readFeatureList(text, spans);
  const hash: number[] = Array.from(list.hash.subarray(0, list.count));
  const owner: number[] = hash.map((_, i) => i);
  if (sub) {
    const seen = new Set(hash);
    for (let f = 0; f < list.count; f++) {
      const t = list.first[f]!;
      if (t < 0 || t !== list.last[f]) continue;
      const word = foldWord(text.slice(spans.start[t], spans.end[t]));
      if (word.length === 0) continue;
      for (const g of subwords(word, sub)) {
        if (seen.has(g)) continue;
        seen.add(g);
        hash.push(g);
        owner.push(f);
      }
    }
  }
  return { hash: Int32Array.from(hash), owner: Int32Array.from(owner), base: list.count };
}
