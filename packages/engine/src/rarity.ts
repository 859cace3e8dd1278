// How often a word or phrase occurs in ordinary text, estimated from English word ranks. The
// compiler uses it to pick each pattern's trigger (the phrase scanned on every text): the rarer
// the triggers, the fewer texts leave the fast path.
import { COMMON_WORDS } from './common.js';
import { ENGLISH_RANK } from './english.js';
import { expand, type Node, type Word } from './pattern.js';

/** Zipf: the word of rank r takes about 0.1 / r of running text. */
const byRank = (rank: number): number => 0.1 / (rank + 1);
/** An unlisted word of four letters or more: rarer than rank 3,000. */
const RARE = 1e-5;
/**
 * Adjacent words are not independent ("going to", "kill myself"): each extra word of a phrase
 * divides its estimated frequency by less than its own frequency would say.
 */
const COLLOCATION = 20;

let sorted: { words: string[]; cumulative: Float64Array } | null = null;

/** Listed words in code-unit order with cumulative frequency, for stem (prefix) estimates. */
function table(): { words: string[]; cumulative: Float64Array } {
  if (sorted) return sorted;
  const words = [...ENGLISH_RANK.keys()].sort();
  const cumulative = new Float64Array(words.length + 1);
  words.forEach((w, i) => {
    cumulative[i + 1] = cumulative[i]! + byRank(ENGLISH_RANK.get(w)!);
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
      for (const [word, rank] of ENGLISH_RANK) if (word.endsWith(t)) f += byRank(rank);
      suffixCache.set(t, f);
    }
    return f;
  }
  const rank = ENGLISH_RANK.get(t);
  if (rank !== undefined) return byRank(rank);
  if (COMMON_WORDS.has(t)) return 3e-3;
  // Numbers: single digits are common, longer ones each rare (a code like 1488 or an age).
  if (/^\d+$/.test(t)) return t.length === 1 ? 5e-4 : t.length === 2 ? 1e-4 : 3e-5;
  // Short unlisted tokens are abbreviations (jd, vk, gc): rare in edited text, commoner in chat.
  if (t.length <= 2) return 2e-4;
  if (t.length === 3) return 5e-5;
  return RARE;
}

/** Each trigger phrase also costs automaton states: a small price per phrase keeps the set small. */
const PER_PHRASE = 1e-7;
/** Largest number of phrases a trigger range may expand to. */
const MAX_TRIGGERS = 512;
/** Longest run of pattern parts a trigger may span. */
const MAX_PARTS = 4;

interface Part {
  /** Summed frequency of the part's expansions (each word times COLLOCATION); 1 for the empty one. */
  mass: number;
  count: number;
  required: boolean;
}

function part(node: Node, source: string): Part {
  let mass = 0;
  const variants = expand([node], source);
  for (const v of variants) {
    let m = 1;
    for (const w of v) m *= wordFrequency(w) * COLLOCATION;
    mass += m;
  }
  return { mass, count: variants.length, required: node.kind !== 'opt' };
}

/**
 * The run of adjacent pattern parts whose expansions are rarest in ordinary text, counting a
 * small price per phrase: a pattern's trigger. Any match of the pattern holds one of them.
 */
export function triggerRange(nodes: readonly Node[], source: string): { from: number; to: number } {
  const parts = nodes.map((n) => part(n, source));
  let best = { from: 0, to: nodes.length, cost: Number.POSITIVE_INFINITY };
  for (let a = 0; a < parts.length; a++) {
    let mass = 1;
    let count = 1;
    let required = false;
    for (let b = a; b < parts.length && b < a + MAX_PARTS; b++) {
      mass *= parts[b]!.mass;
      count *= parts[b]!.count;
      required ||= parts[b]!.required;
      if (count > MAX_TRIGGERS) break;
      // Optional parts at the ends of a range add phrases but no rarity.
      if (!required || !parts[a]!.required || !parts[b]!.required) continue;
      const cost = mass / COLLOCATION + PER_PHRASE * count;
      if (cost < best.cost) best = { from: a, to: b + 1, cost };
    }
  }
  if (best.cost === Number.POSITIVE_INFINITY) return { from: 0, to: nodes.length };
  return best;
}

/** Estimated frequency of a sequence of parts (for choosing the chain's anchor piece). */
export function partsFrequency(nodes: readonly Node[], source: string): number {
  return nodes.reduce((m, n) => m * part(n, source).mass, 1 / COLLOCATION);
}

// Expansions share Word objects, so a word's estimate is computed once per pattern.
const cache = new WeakMap<Word, number>();
const frequencyOf = (w: Word): number => {
  let f = cache.get(w);
  if (f === undefined) {
    f = wordFrequency(w);
    cache.set(w, f);
  }
  return f;
};

/** Longest trigger window, in words: longer windows are rarer but multiply trigger phrases. */
const WINDOW = 3;

/** The rarest run of 1 to WINDOW adjacent words of a phrase, and its estimated frequency. */
export function rarestWindow(words: readonly Word[]): { from: number; to: number; frequency: number } {
  let best = { from: 0, to: 1, frequency: Number.POSITIVE_INFINITY };
  for (let a = 0; a < words.length; a++) {
    let p = 1;
    for (let b = a; b < words.length && b < a + WINDOW; b++) {
      p *= b > a ? frequencyOf(words[b]!) * COLLOCATION : frequencyOf(words[b]!);
      if (p < best.frequency) best = { from: a, to: b + 1, frequency: p };
    }
  }
  return best;
}
