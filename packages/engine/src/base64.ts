// Typed arrays <-> base64 without atob/Buffer, so the same code runs in Node, pages and workers.
const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < CHARS.length; i++) LOOKUP[CHARS.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    chunk +=
      CHARS[a >> 2]! +
      CHARS[((a & 3) << 4) | (b >> 4)]! +
      (i + 1 < bytes.length ? CHARS[((b & 15) << 2) | (c >> 6)]! : '=') +
      (i + 2 < bytes.length ? CHARS[c & 63]! : '=');
    if (chunk.length > 8192) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

export function fromBase64(s: string): Uint8Array {
  let len = (s.length / 4) * 3;
  if (s.endsWith('==')) len -= 2;
  else if (s.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const a = LOOKUP[s.charCodeAt(i)]!;
    const b = LOOKUP[s.charCodeAt(i + 1)]!;
    const c = LOOKUP[s.charCodeAt(i + 2)]!;
    const d = LOOKUP[s.charCodeAt(i + 3)]!;
    out[o++] = (a << 2) | (b >> 4);
    if (o < len) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < len) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

export const int32ToBase64 = (a: Int32Array): string =>
  toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
export function base64ToInt32(s: string): Int32Array {
  const bytes = fromBase64(s);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}
