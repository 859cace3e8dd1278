// An integer multimap in typed arrays (open addressing, linear probing): key -> a run of ints.
// The full matcher looks up several keys per word; a Map of arrays costs a hash of a heap
// number and a pointer chase per lookup, this costs one multiply and a load or two.

export interface IntMultiMap {
  /** Slot keys (0 marks an empty slot; key 0 is stored as 1 like everywhere else). */
  keys: Int32Array;
  /** Per slot: its values are values[start[slot]..end[slot]). */
  start: Int32Array;
  end: Int32Array;
  values: Int32Array;
}

const nonZero = (k: number): number => k | 0 || 1;
const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 8) & mask;

export function buildIntMultiMap(raw: Map<number, number[]>): IntMultiMap {
  const entries = new Map<number, number[]>();
  for (const [k, list] of raw) {
    const key = nonZero(k);
    const known = entries.get(key);
    entries.set(key, known ? [...known, ...list] : list);
  }
  let size = 16;
  while (size < entries.size * 2) size *= 2;
  const keys = new Int32Array(size);
  const start = new Int32Array(size);
  const end = new Int32Array(size);
  let total = 0;
  for (const l of entries.values()) total += l.length;
  const values = new Int32Array(total);
  let at = 0;
  for (const [key, list] of entries) {
    let s = slotOf(key, size - 1);
    while (keys[s] !== 0) s = (s + 1) & (size - 1);
    keys[s] = key;
    start[s] = at;
    for (const v of list) values[at++] = v;
    end[s] = at;
  }
  return { keys, start, end, values };
}

/** The slot holding key, or -1. */
export function slotFor(m: IntMultiMap, raw: number): number {
  const key = nonZero(raw);
  const keys = m.keys;
  const mask = keys.length - 1;
  for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
    const k = keys[s]!;
    if (k === key) return s;
    if (k === 0) return -1;
  }
}
