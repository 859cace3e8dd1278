import { describe, expect, test } from 'vitest';
import { IntIds, idsByFirstUse, packIntMultiMap, slotFor } from '../src/intmap.js';

describe('idsByFirstUse', () => {
  test('numbers keys as IntIds.add over them in turn would, negative keys and 0 included', () => {
    let seed = 7;
    const next = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) | 0;
      return seed;
    };
    const pool = [0, -1, 1, 2 ** 31 - 1, -(2 ** 31), ...Array.from({ length: 400 }, next)];
    const keys = Int32Array.from({ length: 5000 }, () => pool[(next() >>> 8) % pool.length]!);
    const { id, keyOf, count } = idsByFirstUse(keys, keys.length);
    const ids = new IntIds();
    for (let i = 0; i < keys.length; i++) expect(id[i]).toBe(ids.add(keys[i]!));
    expect(count).toBe(ids.size);
    expect([...keyOf.subarray(0, count)]).toEqual([...ids.keys.subarray(0, ids.size)]);
  });

  test('only the first n keys count', () => {
    const { id, count } = idsByFirstUse(Int32Array.from([5, 3, 5, 9, 9]), 3);
    expect([...id.subarray(0, 3)]).toEqual([0, 1, 0]);
    expect(count).toBe(2);
  });
});

test('packIntMultiMap keeps each key its values, in order', () => {
  const m = packIntMultiMap(3, [10, -4, 0], [0, 2, 3, 6], Int32Array.from([1, 2, 3, 4, 5, 6]));
  const valuesOf = (key: number): number[] => {
    for (let s = 0; s < m.keys.length; s++)
      if (m.keys[s] === key && m.start[s + 1]! > m.start[s]!)
        return [...m.values.subarray(m.start[s]!, m.start[s + 1]!)];
    return [];
  };
  expect(valuesOf(10)).toEqual([1, 2]);
  expect(valuesOf(-4)).toEqual([3]);
  expect(valuesOf(0)).toEqual([4, 5, 6]);
});

test('a multimap of any size (not a power of two) finds each of its keys, wrapping past the end, and no other', () => {
  const count = 1001;
  const keys = Int32Array.from({ length: count }, (_, i) => Math.imul(i + 1, 0x2545f491));
  const starts = Int32Array.from({ length: count + 1 }, (_, i) => 2 * i);
  const values = Int32Array.from({ length: 2 * count }, (_, i) => i);
  const m = packIntMultiMap(count, keys, starts, values);
  expect(m.keys.length & (m.keys.length - 1)).not.toBe(0);
  keys.forEach((key, i) => {
    const s = slotFor(m, key);
    expect([...m.values.subarray(m.start[s]!, m.start[s + 1]!)]).toEqual([2 * i, 2 * i + 1]);
  });
  for (let i = 0; i < 5000; i++) expect(slotFor(m, Math.imul(i + 1, 0x2545f491) ^ 0x55)).toBe(-1);
});
