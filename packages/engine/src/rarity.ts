// How often a word or phrase occurs in ordinary text, estimated from English word ranks. The
// compiler uses it to pick each pattern's trigger (the phrase scanned on every text): the rarer
// the triggers, the fewer texts leave the fast path.
import { COMMON_WORDS } from './common.js';
import { englishRank } from './english.js';
import type { Word } from './pattern.js';

/** Zipf: the word of rank r takes about 0.1 / r of running text. */
const byRank = (rank: number): number => 0.1 / (rank + 1);
/** An unlisted word of four letters or more: rarer than rank 3,000. */
const RARE = 1e-5;
let sorted: { words: string[]; cumulative: Float64Array } | null = null;

/** Listed words in code-unit order with cumulative frequency, for stem (prefix) estimates. */
function table(): { words: string[]; cumulative: Float64Array } {
  if (sorted) return sorted;
  const words = [...englishRank().keys()].sort();
  const cumulative = new Float64Array(words.length + 1);
  words.forEach((w, i) => {
    cumulative[i + 1] = cumulative[i]! + byRank(englishRank().get(w)!);
  });
  sorted = { words, cumulative };
  return sorted;
}

function lowerBound(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const suffixCache = new Map<string, number>();

export function wordFrequency(w: Word): number {
  const t = w.text;
  if (w.stem) {
    const { words, cumulative } = table();
    return RARE + cumulative[lowerBound(words, `${t}\uffff`)]! - cumulative[lowerBound(words, t)]!;
  }
  if (w.suffix) {
    let f = suffixCache.get(t);
    if (f === undefined) {
      f = RARE;
      for (const [word, rank] of englishRank()) if (word.endsWith(t)) f += byRank(rank);
      suffixCache.set(t, f);
    }
    return f;
  }
  const rank = englishRank().get(t);
  if (rank !== undefined) return byRank(rank);
  if (COMMON_WORDS.has(t)) return 3e-3;
  // Numbers: single digits are common, longer ones each rare (a code like 1488 or an age).
  if (/^\d+$/.test(t)) return t.length === 1 ? 5e-4 : t.length === 2 ? 1e-4 : 3e-5;
  // Short unlisted tokens are abbreviations (jd, vk, gc): rare in edited text, commoner in chat.
  if (t.length <= 2) return 2e-4;
  if (t.length === 3) return 5e-5;
  return RARE;
}

/** The fast path's key of a word: letter runs collapsed, and whether any run was doubled. */
function collapse(w: string): string {
  let out = '';
  let doubled = false;
  for (let i = 0; i < w.length; i++) {
    if (i > 0 && w[i] === w[i - 1]) doubled = true;
    else out += w[i];
  }
  return doubled ? `${out}2` : `${out}1`;
}
let collapsed: Map<string, number> | null = null;

/**
 * How often any word with this key occurs (letter runs collapsed: "hel" stands for hell and
 * heel): the fast path keys words so, so a key fires as often as all of them together.
 */
export function collapsedFrequency(w: Word): number {
  const own = wordFrequency(w);
  if (w.stem || w.suffix) return own;
  if (!collapsed) {
    collapsed = new Map();
    for (const [word, rank] of englishRank()) {
      const c = collapse(word);
      collapsed.set(c, (collapsed.get(c) ?? 0) + byRank(rank));
    }
  }
  return Math.max(own, collapsed.get(collapse(w.text)) ?? 0);
}
