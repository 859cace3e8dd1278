// An integer multimap in typed arrays (open addressing, linear probing): key -> a run of ints.
// The full matcher looks up several keys per word; a Map of arrays costs a hash of a heap
// number and a pointer chase per lookup, this costs one multiply and a load or two.

import { homeSlotOf, MAX_SLOTS } from './slots.js';

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

/** A multimap key's home slot among `size` (slots.ts). */
const homeSlot = (key: number, size: number): number => homeSlotOf(Math.imul(key, 0x9e3779b1), size);

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
  // Four-fifths full at any size (homeSlot), not a power of two: the start index's pair map is the
  // largest table in the extension's worker (its heap budget is 30 MB), and a power of two left the
  // other lists' map 57% full; a bit filter sends most misses nowhere near it.
  const size = Math.max(16, Math.ceil(count * 1.25));
  if (size >= MAX_SLOTS) throw new Error(`too many keys for a multimap (${count})`);
  const slotKeys = new Int32Array(size);
  // Each key's slot first (a slot is taken once it has a length), then the values in slot order.
  const length = new Int32Array(size);
  const slotOfKey = new Int32Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let s = homeSlot(key, size);
    while (length[s] !== 0) s = s + 1 === size ? 0 : s + 1;
    slotKeys[s] = key;
    length[s] = starts[i + 1]! - starts[i]!;
    slotOfKey[i] = s;
  }
  const start = new Int32Array(size + 1);
  for (let s = 0; s < size; s++) start[s + 1] = start[s]! + length[s]!;
  const packed = new Int32Array(start[size]!);
  // Copied value by value: most lists are one or two long, and a view per key costs more.
  for (let i = 0; i < keys.length; i++) {
    let to = start[slotOfKey[i]!]!;
    for (let j = starts[i]!; j < starts[i + 1]!; j++) packed[to++] = values[j]!;
  }
  return { keys: slotKeys, start, values: packed };
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
 * Dense ids for keys[0..n) in order of first use, as IntIds.add over them in turn would number
 * them: id[i] is key i's id, keyOf[k] the key of id k. By a stable radix sort (three passes of
 * eleven bits) rather than a hash table: over hundreds of thousands of keys, sequential passes
 * cost less than a table of megabytes probed at random.
 */
export function idsByFirstUse(
  keys: Int32Array,
  n: number,
): { id: Int32Array<ArrayBuffer>; keyOf: Int32Array<ArrayBuffer>; count: number } {
  let order = new Int32Array(n);
  let sorted = new Int32Array(n);
  let nextOrder = new Int32Array(n);
  let nextSorted = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    order[i] = i;
    // Sign bit flipped: the keys sort as unsigned, which groups equal keys all the same.
    sorted[i] = keys[i]! ^ 0x80000000;
  }
  const at = new Int32Array(RADIX);
  for (let shift = 0; shift < 32; shift += RADIX_BITS) {
    at.fill(0);
    for (let i = 0; i < n; i++) at[(sorted[i]! >>> shift) & (RADIX - 1)]!++;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) {
      const c = at[d]!;
      at[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const x = sorted[i]!;
      const to = at[(x >>> shift) & (RADIX - 1)]!++;
      nextSorted[to] = x;
      nextOrder[to] = order[i]!;
    }
    [order, nextOrder] = [nextOrder, order];
    [sorted, nextSorted] = [nextSorted, sorted];
  }
  // Each entry's first entry with the same key: the first of its run (the sort is stable).
  const firstOf = nextOrder;
  for (let i = 0; i < n; ) {
    const f = order[i]!;
    let j = i;
    for (; j < n && sorted[j] === sorted[i]; j++) firstOf[order[j]!] = f;
    i = j;
  }
  const id = nextSorted;
  const keyOf = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const f = firstOf[i]!;
    if (f === i) {
      id[i] = count;
      keyOf[count++] = keys[i]!;
    } else id[i] = id[f]!;
  }
  return { id, keyOf, count };
}

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

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
  const size = keys.length;
  const k = key | 0;
  for (let s = homeSlot(k, size); ; s = s + 1 === size ? 0 : s + 1) {
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

  at(i: number): number {
    return this.items[i]!;
  }

  set(i: number, v: number): void {
    this.items[i] = v;
  }

  /** The items so far (a view: valid until the next push). */
  view(): Int32Array<ArrayBuffer> {
    return this.items.subarray(0, this.length);
  }
}

/** A growable list of bytes (the term table's symbols and runs), like IntList. */
export class ByteList {
  private items = new Uint8Array(64);
  length = 0;

  push(v: number): void {
    if (this.length === this.items.length) {
      const grown = new Uint8Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = v;
  }

  at(i: number): number {
    return this.items[i]!;
  }

  /** The items so far (a view: valid until the next push). */
  view(): Uint8Array<ArrayBuffer> {
    return this.items.subarray(0, this.length);
  }
}
