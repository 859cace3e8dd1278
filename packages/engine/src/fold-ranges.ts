// What NFKC (then NFD) makes of each character in the ranges where compatibility forms and
// accented Latin live: the symbol of its first letter or digit, or that it stands for several.
// Computing it takes ~3,000 normalisations; the extension's worker must not pay that at start,
// so the result ships precomputed in fold-data.ts and a test checks the two agree.

export const FOLD_RANGES: readonly (readonly [number, number])[] = [
  [0x80, 0x24f],
  [0x1d00, 0x1dbf],
  [0x1e00, 0x1eff],
  [0x2070, 0x209f],
  [0x2100, 0x214f],
  [0x2460, 0x24ff],
  [0xfb00, 0xfb06],
  [0xff00, 0xffef],
];

/** Encoded value of "several letters": only NFKC reads it right (ﬁ, ǆ, ⒦). */
export const SEVERAL = 63;
/** Values are stored as characters with this offset (printable, no escaping needed). */
export const OFFSET = 48;

function asciiValue(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code >= 48 && code <= 57) return 27 + code - 48;
  return 0;
}

/** One string per range: character k encodes the value of code point from + k. */
export function computeFoldRanges(): string[] {
  return FOLD_RANGES.map(([from, to]) => {
    let out = '';
    for (let code = from; code <= to; code++) {
      const base = String.fromCharCode(code).normalize('NFKC').normalize('NFD');
      const v = /[a-z0-9].*[a-z0-9]/i.test(base)
        ? SEVERAL
        : base.length > 0
          ? asciiValue(base.charCodeAt(0))
          : 0;
      out += String.fromCharCode(OFFSET + v);
    }
    return out;
  });
}
