// An integer multimap in typed arrays (open addressing, linear probing): key -> a run of ints.
// The full matcher looks up several keys per word; a Map of arrays costs a hash of a heap
// number and a pointer chase per lookup, this costs one multiply and a load or two.

export interface IntMultiMap {
  keys: Int32Array;
  /** Per slot: its values are values[start[slot]..end[slot]); end 0 marks an empty slot. */
  start: Int32Array;
  end: Int32Array;
  values: Int32Array;
}

const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 8) & mask;

/** Every key (any 32-bit integer, 0 included) with a non-empty list. */
export function buildIntMultiMap(entries: Map<number, number[]>): IntMultiMap {
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
    if (list.length === 0) continue;
    let s = slotOf(key, size - 1);
    while (end[s] !== 0) s = (s + 1) & (size - 1);
    keys[s] = key;
    start[s] = at;
    for (const v of list) values[at++] = v;
    end[s] = at;
  }
  return { keys, start, end, values };
}

/** The slot holding key, or -1. */
export function slotFor(m: IntMultiMap, key: number): number {
  const { keys, end } = m;
  const mask = keys.length - 1;
  const k = key | 0;
  for (let s = slotOf(k, mask); ; s = (s + 1) & mask) {
    if (end[s] === 0) return -1;
    if (keys[s] === k) return s;
  }
}
