// An integer multimap in typed arrays (open addressing, linear probing): key -> a run of ints.
// The full matcher looks up several keys per word; a Map of arrays costs a hash of a heap
// number and a pointer chase per lookup, this costs one multiply and a load or two.

export interface IntMultiMap {
  keys: Int32Array;
  /**
   * Slot s's values are values[start[s]..start[s + 1]), laid out in slot order so one array of
   * bounds serves (the pair map is the largest table in the extension's worker); an empty slot
   * has none.
   */
  start: Int32Array;
  values: Int32Array;
}

const slotOf = (key: number, mask: number): number => (Math.imul(key, 0x9e3779b1) >>> 8) & mask;

/** Every key (any 32-bit integer, 0 included) with a non-empty list. */
export function buildIntMultiMap(entries: Map<number, number[]>): IntMultiMap {
  const keys: number[] = [];
  const starts: number[] = [0];
  const values: number[] = [];
  for (const [key, list] of entries) {
    if (list.length === 0) continue;
    keys.push(key);
    for (const v of list) values.push(v);
    starts.push(values.length);
  }
  return packIntMultiMap(entries.size, keys, starts, values);
}

/**
 * The map of keys[i] -> values[starts[i]..starts[i + 1]) (keys distinct, lists not empty), in a
 * table sized for `count` keys.
 */
export function packIntMultiMap(
  count: number,
  keys: ArrayLike<number>,
  starts: ArrayLike<number>,
  values: ArrayLike<number>,
): IntMultiMap {
  let size = 16;
  // Up to four-fifths full rather than half: the start index's pair map is the largest table in
  // the extension's worker (its heap budget is 30 MB), and a size that doubles at half full costs
  // twice the memory just past each power of two; a bit filter sends most misses nowhere near it.
  while (size < count * 1.25) size *= 2;
  const slotKeys = new Int32Array(size);
  // Each key's slot first (a slot is taken once it has a length), then the values in slot order.
  const length = new Int32Array(size);
  const slotOfKey = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let s = slotOf(key, size - 1);
    while (length[s] !== 0) s = (s + 1) & (size - 1);
    slotKeys[s] = key;
    length[s] = starts[i + 1]! - starts[i]!;
    slotOfKey[i] = s;
  }
  const start = new Int32Array(size + 1);
  for (let s = 0; s < size; s++) start[s + 1] = start[s]! + length[s]!;
  const packed = new Int32Array(start[size]!);
  for (let i = 0; i < keys.length; i++)
    packed.set(subarray(values, starts[i]!, starts[i + 1]!), start[slotOfKey[i]!]!);
  return { keys: slotKeys, start, values: packed };
}

function subarray(values: ArrayLike<number>, from: number, to: number): ArrayLike<number> {
  return values instanceof Int32Array
    ? values.subarray(from, to)
    : Array.prototype.slice.call(values, from, to);
}

/**
 * Dense ids for 32-bit integer keys, in order of first add: an insertion-ordered set of ints
 * without a Map's boxing of large numbers (trigger keys are hashes). For building tables.
 */
export class IntIds {
  /** Slot s holds a key at 2s and its id + 1 at 2s + 1 (0: empty), so a probe is one cache line. */
  private table: Int32Array<ArrayBuffer>;
  /** Key of each id. */
  keys: Int32Array<ArrayBuffer>;
  size = 0;

  constructor(expected = 16) {
    let n = 16;
    while (n < expected * 2) n *= 2;
    this.table = new Int32Array(n * 2);
    this.keys = new Int32Array(Math.max(8, expected));
  }

  /** The id of key, or -1. */
  id(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    for (let s = slotOf(key, mask); ; s = (s + 1) & mask) {
      const v = table[2 * s + 1]!;
      if (v === 0) return -1;
      if (table[2 * s] === key) return v - 1;
    }
  }

  /** The id of key, given the next one when new. */
  add(key: number): number {
    const table = this.table;
    const mask = (table.length >> 1) - 1;
    let s = slotOf(key, mask);
    for (let v = table[2 * s + 1]!; v !== 0; v = table[2 * s + 1]!) {
      if (table[2 * s] === key) return v - 1;
      s = (s + 1) & mask;
    }
    const id = this.size++;
    if (id === this.keys.length) {
      const grown = new Int32Array(id * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[id] = key;
    table[2 * s] = key;
    table[2 * s + 1] = id + 1;
    if (this.size * 4 > table.length) this.rehash();
    return id;
  }

  /** Forgets every key (the table keeps its size: clearing costs what it held). */
  clear(): void {
    for (let id = 0; id < this.size; id++) {
      const mask = (this.table.length >> 1) - 1;
      let s = slotOf(this.keys[id]!, mask);
      while (this.table[2 * s] !== this.keys[id] || this.table[2 * s + 1] !== id + 1) s = (s + 1) & mask;
      this.table[2 * s + 1] = 0;
    }
    this.size = 0;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = (table.length >> 1) - 1;
    for (let id = 0; id < this.size; id++) {
      const key = this.keys[id]!;
      let s = slotOf(key, mask);
      while (table[2 * s + 1] !== 0) s = (s + 1) & mask;
      table[2 * s] = key;
      table[2 * s + 1] = id + 1;
    }
    this.table = table;
  }
}

/**
 * Groups entries (id[i], value[i]) by id, keeping their order: lists[starts[k]..starts[k + 1])
 * are the values of id k (ids 0..ids-1).
 */
export function groupById(
  ids: number,
  id: ArrayLike<number>,
  value: ArrayLike<number>,
  n = id.length,
): { starts: Int32Array<ArrayBuffer>; lists: Int32Array<ArrayBuffer> } {
  const starts = new Int32Array(ids + 1);
  for (let i = 0; i < n; i++) starts[id[i]! + 1]!++;
  for (let k = 0; k < ids; k++) starts[k + 1]! += starts[k]!;
  const next = starts.slice(0, ids);
  const lists = new Int32Array(n);
  for (let i = 0; i < n; i++) lists[next[id[i]!]!++] = value[i]!;
  return { starts, lists };
}

/** The slot holding key, or -1. */
export function slotFor(m: IntMultiMap, key: number): number {
  const { keys, start } = m;
  const mask = keys.length - 1;
  const k = key | 0;
  for (let s = slotOf(k, mask); ; s = (s + 1) & mask) {
    if (start[s] === start[s + 1]) return -1;
    if (keys[s] === k) return s;
  }
}

/** A growable list of 32-bit integers, for the large tables the compiler appends to. */
export class IntList {
  private items = new Int32Array(16);
  length = 0;

  push(v: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = v;
  }

  /** The items so far (a view: valid until the next push). */
  view(): Int32Array<ArrayBuffer> {
    return this.items.subarray(0, this.length);
  }
}
