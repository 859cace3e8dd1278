// A bit filter over 32-bit keys, in front of a hash table that is too big for the cache: 2^20 bits
// (128 KB, stays in L2), each key setting two bits of one 32-bit word chosen by one multiply, so a
// probe is one load and a key the table lacks rarely passes both bits (with one bit a key, the rules'
// ~150,000 trigger keys set one bit in seven, and a seventh of an ordinary text's probes went on to
// the table for nothing). The trigger table (trigger.ts) and the text model's feature table
// (model/text-model.ts) each keep one.

const WORDS = 1 << 15;
const MUL = 0x9e3779b1 | 0;

/** A key's two bits, at bits 7-11 and 12-16 of its multiply m; its word is m >>> 17. */
const bitsOf = (m: number): number => (1 << ((m >>> 7) & 31)) | (1 << ((m >>> 12) & 31));

export const newKeyFilter = (): Int32Array => new Int32Array(WORDS);

export function addKey(filter: Int32Array, key: number): void {
  const m = Math.imul(key, MUL);
  filter[m >>> 17]! |= bitsOf(m);
}

/** False when the key was never added; true for every key added and a few others. */
export function mayHold(filter: Int32Array, key: number): boolean {
  const m = Math.imul(key, MUL);
  const want = bitsOf(m);
  return (filter[m >>> 17]! & want) === want;
}
