import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { pack, unpack } from '../src/lib/pack.js';
import { detectorFor, loadRules } from '../src/worker/engine-adapter.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const compiled = path.resolve(here, '../../rules/dist/compiled.json');

/** What a worker gets: the packed bytes in an ArrayBuffer of their own (as fetch gives them). */
const roundTrip = (value: unknown): unknown => {
  const bytes = pack(value);
  return unpack(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
};

describe('pack', () => {
  test('plain data comes back equal: objects, arrays, Maps, Sets, typed arrays, odd numbers', () => {
    const value = {
      text: 'é "quoted" \u0000',
      n: [0, -0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 40],
      flags: [true, false, null, undefined],
      map: new Map<unknown, unknown>([
        ['a', [1, 2]],
        [7, { b: new Uint8Array([1, 2, 3]) }],
      ]),
      set: new Set(['x', 'y']),
      views: [
        new Int32Array([-1, 2, 3]),
        new Float64Array([0.5]),
        new Uint16Array(0),
        new BigInt64Array([5n]),
      ],
      nested: { deeper: { deepest: [] } },
    };
    const back = roundTrip(value) as typeof value;
    expect(back).toEqual(value);
    expect(Object.is(back.n[1], -0)).toBe(true);
    expect(back.views[0]).toBeInstanceOf(Int32Array);
  });

  test('shared references and shared buffers stay shared, and each buffer is copied out', () => {
    const table = new Int32Array([1, 2, 3, 4]);
    const buffer = new ArrayBuffer(16);
    const low = new Uint8Array(buffer, 0, 8);
    const high = new Uint32Array(buffer, 8, 2);
    const shared = { table };
    const value = { a: shared, b: shared, c: [table, table], low, high, buffer };
    const back = roundTrip(value) as typeof value;
    expect(back.a).toBe(back.b);
    expect(back.a.table).toBe(back.c[0]);
    expect(back.c[0]).toBe(back.c[1]);
    expect(back.low.buffer).toBe(back.high.buffer);
    expect(back.low.buffer).toBe(back.buffer);
    expect([back.low.byteOffset, back.high.byteOffset, back.high.length]).toEqual([0, 8, 2]);
    back.high[0] = 0x01020304;
    expect(back.low.length).toBe(8);
    expect(back.buffer.byteLength).toBe(16);
    // A typed array that is not shared owns a buffer of exactly its size.
    expect(back.a.table.buffer.byteLength).toBe(16);
  });

  test('a key named __proto__ stays a key', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "y": 2}') as Record<string, unknown>;
    const back = roundTrip(value) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.keys(back)).toEqual(['__proto__', 'y']);
  });

  test('refuses what it cannot pack faithfully', () => {
    expect(() => pack({ f: () => 1 })).toThrow(/function/);
    expect(() => pack({ d: new Date() })).toThrow(/Date/);
    expect(() => unpack(new ArrayBuffer(16))).toThrow(/not a pack/);
  });

  test('arbitrary JSON-like values round-trip', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(roundTrip(value)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  test.skipIf(!fs.existsSync(compiled))(
    'the full library, packed as the build does, scans as the freshly loaded rules do',
    () => {
      const loaded = loadRules(JSON.parse(fs.readFileSync(compiled, 'utf8')));
      const unpacked = roundTrip(loaded) as typeof loaded;
      // Same structure and the same bytes in every table (toEqual over megabytes of tables is slow).
      expect(Buffer.from(pack(unpacked)).equals(Buffer.from(pack(loaded)))).toBe(true);
      const fresh = detectorFor(loaded);
      const packed = detectorFor(unpacked);
      expect(packed.version).toBe(fresh.version);
      for (const text of [
        'honestly i want to kill myself',
        'the best free hardcore porn videos',
        'my favourite lesson is maths',
        'i will smash him after school',
      ]) {
        expect(packed.scan(text, 'typed')).toEqual(fresh.scan(text, 'typed'));
        expect(packed.scan(text, 'page')).toEqual(fresh.scan(text, 'page'));
      }
      expect(packed.scan('honestly i want to kill myself', 'typed').length).toBeGreaterThan(0);
    },
    60_000,
  );
});
