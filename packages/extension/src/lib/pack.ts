/**
 * A binary container for plain data (objects, arrays, Maps, Sets, typed arrays, ArrayBuffers,
 * primitives, shared references), the subset of structured clone the engine's loaded rules use.
 * The build packs the rules as the bundled engine loads them, so a worker reads them with one fetch
 * and no JSON parse of the tables or rebuilding: a small JSON skeleton, then each buffer's bytes.
 *
 * Layout: "VPK1", u32 skeleton length (little-endian), skeleton (UTF-8 JSON), then the buffers,
 * each at an 8-byte aligned offset the skeleton names. The format knows nothing of the engine.
 */

const MAGIC = 0x314b5056; // "VPK1" read as a little-endian u32

type Node =
  | string
  | number
  | boolean
  | null
  | { u: 1 }
  | { n: string }
  | { a: Node[]; id?: number }
  | { o: Record<string, Node>; id?: number }
  | { m: [Node, Node][]; id?: number }
  | { s: Node[]; id?: number }
  | { t: string; b: number; off: number; len: number; id?: number }
  | { ab: number; id?: number }
  | { r: number };

interface Skeleton {
  root: Node;
  /** [file offset, byte length] of each buffer */
  buffers: [number, number][];
}

const VIEWS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
} as const;
type ViewName = keyof typeof VIEWS;
type View = InstanceType<(typeof VIEWS)[ViewName]>;

const align8 = (n: number): number => (n + 7) & ~7;

/** obj[key] = value, also for a key named __proto__ (which plain assignment would not create). */
function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else obj[key] = value;
}

/** Packs `value`; throws on anything outside the supported subset (functions, class instances). */
export function pack(value: unknown): Uint8Array {
  const ids = new Map<object, number>();
  const refCount = new Map<object, number>();
  const buffers: ArrayBufferLike[] = [];
  const bufferIndex = new Map<ArrayBufferLike, number>();
  const bufferOf = (buffer: ArrayBufferLike): number => {
    let index = bufferIndex.get(buffer);
    if (index === undefined) {
      index = buffers.push(buffer) - 1;
      bufferIndex.set(buffer, index);
    }
    return index;
  };

  // First pass: which objects are reached more than once (they get an id, later visits a ref).
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    const seen = refCount.get(v) ?? 0;
    refCount.set(v, seen + 1);
    if (seen) return;
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return;
    if (v instanceof Map) {
      for (const [k, x] of v) {
        count(k);
        count(x);
      }
    } else if (v instanceof Set) for (const x of v) count(x);
    else for (const x of Object.values(v)) count(x);
  };
  count(value);

  let nextId = 0;
  const encode = (v: unknown): Node => {
    if (v === undefined) return { u: 1 };
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (Object.is(v, -0)) return { n: '-0' };
      return Number.isFinite(v) ? v : { n: String(v) };
    }
    if (typeof v !== 'object') throw new TypeError(`pack: cannot pack a ${typeof v}`);
    const known = ids.get(v);
    if (known !== undefined) return { r: known };
    let id: number | undefined;
    if ((refCount.get(v) ?? 0) > 1) {
      id = nextId++;
      ids.set(v, id);
    }
    const withId = <T extends object>(node: T): T => (id === undefined ? node : { ...node, id });
    if (v instanceof ArrayBuffer) return withId({ ab: bufferOf(v) });
    if (ArrayBuffer.isView(v)) {
      const name = v.constructor.name as ViewName;
      if (!(name in VIEWS)) throw new TypeError(`pack: cannot pack a ${name}`);
      const view = v as View;
      return withId({ t: name, b: bufferOf(view.buffer), off: view.byteOffset, len: view.length });
    }
    if (v instanceof Map) return withId({ m: [...v].map(([k, x]): [Node, Node] => [encode(k), encode(x)]) });
    if (v instanceof Set) return withId({ s: [...v].map(encode) });
    if (Array.isArray(v)) return withId({ a: v.map(encode) });
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) {
      throw new TypeError(
        `pack: cannot pack a ${(v as { constructor?: { name?: string } }).constructor?.name}`,
      );
    }
    const o: Record<string, Node> = {};
    for (const [k, x] of Object.entries(v)) setOwn(o, k, encode(x));
    return withId({ o });
  };
  const root = encode(value);

  const placed: [number, number][] = [];
  const probe = new TextEncoder().encode(JSON.stringify({ root, buffers: buffers.map(() => [0, 0]) }));
  // The skeleton's length depends on the offsets it names: reserve room for the largest offsets.
  let offset = align8(8 + probe.length + buffers.length * 24 + 64);
  for (const buffer of buffers) {
    placed.push([offset, buffer.byteLength]);
    offset = align8(offset + buffer.byteLength);
  }
  const skeleton = new TextEncoder().encode(JSON.stringify({ root, buffers: placed } satisfies Skeleton));
  if (8 + skeleton.length > (placed[0]?.[0] ?? Number.POSITIVE_INFINITY))
    throw new Error('pack: skeleton overflow');
  const out = new Uint8Array(Math.max(offset, 8 + skeleton.length));
  const header = new DataView(out.buffer);
  header.setUint32(0, MAGIC, true);
  header.setUint32(4, skeleton.length, true);
  out.set(skeleton, 8);
  buffers.forEach((buffer, i) => {
    out.set(new Uint8Array(buffer), placed[i]![0]);
  });
  return out;
}

/** Unpacks what `pack` wrote. Every typed array gets its own ArrayBuffer (copied out of `bytes`). */
export function unpack(bytes: ArrayBuffer): unknown {
  const header = new DataView(bytes, 0, 8);
  if (bytes.byteLength < 8 || header.getUint32(0, true) !== MAGIC) throw new Error('unpack: not a pack');
  const length = header.getUint32(4, true);
  const skeleton = JSON.parse(new TextDecoder().decode(new Uint8Array(bytes, 8, length))) as Skeleton;
  const buffers = skeleton.buffers.map(([offset, byteLength]) => bytes.slice(offset, offset + byteLength));
  const byId: unknown[] = [];

  const decode = (node: Node): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if ('r' in node) return byId[node.r];
    if ('u' in node) return undefined;
    if ('n' in node) return Number(node.n);
    let out: unknown;
    const keep = <T>(value: T): T => {
      if ('id' in node && node.id !== undefined) byId[node.id] = value;
      return value;
    };
    if ('ab' in node) return keep(buffers[node.ab]!);
    if ('t' in node) return keep(new VIEWS[node.t as ViewName](buffers[node.b]!, node.off, node.len));
    if ('a' in node) {
      const arr: unknown[] = keep([]);
      for (const x of node.a) arr.push(decode(x));
      out = arr;
    } else if ('m' in node) {
      const map = keep(new Map<unknown, unknown>());
      for (const [k, x] of node.m) map.set(decode(k), decode(x));
      out = map;
    } else if ('s' in node) {
      const set = keep(new Set<unknown>());
      for (const x of node.s) set.add(decode(x));
      out = set;
    } else {
      const obj: Record<string, unknown> = keep({});
      for (const [k, x] of Object.entries(node.o)) setOwn(obj, k, decode(x));
      out = obj;
    }
    return out;
  };
  return decode(skeleton.root);
}
