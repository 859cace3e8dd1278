// Rewritten views of a text (decoded search queries, NFKC, spaced-out letters joined) that keep,
// for each character, the span of the original it came from, so every hit maps back exactly.
import {
  FOLD,
  isLetter,
  isWordSymbol,
  LEET,
  LEETISH,
  LETTER_A,
  SKIP,
  SPACE,
  SYMBOL_MASK,
  symbolOf,
} from './alphabet.js';

export interface View {
  text: string;
  /** Original span of view character i: [start[i], end[i]); null means identity. */
  start: Int32Array | null;
  end: Int32Array | null;
}

export const identity = (text: string): View => ({ text, start: null, end: null });

/** While false, views are built without their map back to the original (textsOnly). */
let withMaps = true;
const NO_MAP = new Int32Array(0);

/**
 * Views built by `build` have their texts alone, with empty maps: a trigger check reads only the
 * text, and most views of an ordinary text (its 'U.S.' joined) are checked and dropped. Nothing
 * may map a hit through them.
 */
export function textsOnly<T>(build: () => T): T {
  withMaps = false;
  try {
    return build();
  } finally {
    withMaps = true;
  }
}

/** Builds a view from pieces, each a replacement string for base[from, to). */
export class ViewBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private n = 0;
  private readonly maps = withMaps;
  constructor(private readonly base: View) {
    // Most views are about as long as their base; grow() covers the rest.
    this.starts = this.maps ? new Int32Array(base.text.length + 16) : NO_MAP;
    this.ends = this.maps ? new Int32Array(base.text.length + 16) : NO_MAP;
  }

  private grow(extra: number): void {
    if (this.n + extra <= this.starts.length) return;
    const size = Math.max(this.n + extra, this.starts.length * 2);
    const s = new Int32Array(size);
    const e = new Int32Array(size);
    s.set(this.starts.subarray(0, this.n));
    e.set(this.ends.subarray(0, this.n));
    this.starts = s;
    this.ends = e;
  }

  /** Copies base[from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.base.text.slice(from, to));
    if (!this.maps) return;
    this.grow(to - from);
    const { start, end } = this.base;
    if (start && end) {
      this.starts.set(start.subarray(from, to), this.n);
      this.ends.set(end.subarray(from, to), this.n);
      this.n += to - from;
      return;
    }
    for (let i = from; i < to; i++, this.n++) {
      this.starts[this.n] = i;
      this.ends[this.n] = i + 1;
    }
  }

  /** Emits `text`, every character of which stands for base[from, to). */
  replace(text: string, from: number, to: number): void {
    this.parts.push(text);
    if (!this.maps) return;
    const s = this.base.start ? this.base.start[from]! : from;
    const e = this.base.end ? this.base.end[to - 1]! : to;
    this.grow(text.length);
    this.starts.fill(s, this.n, this.n + text.length);
    this.ends.fill(e, this.n, this.n + text.length);
    this.n += text.length;
  }

  build(): View {
    if (!this.maps) return { text: this.parts.join(''), start: NO_MAP, end: NO_MAP };
    return {
      text: this.parts.join(''),
      start: this.starts.slice(0, this.n),
      end: this.ends.slice(0, this.n),
    };
  }
}

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * NFKC over the whole message (so sequences compose as they should), then mapped back per run
 * of non-ASCII characters; returns null when NFKC changes nothing the fold table misses.
 */
export function nfkcView(base: View): View | null {
  const text = base.text;
  if (!NON_ASCII.test(text)) return null;
  if (text.normalize('NFKC') === text) return null;
  const b = new ViewBuilder(base);
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && text.charCodeAt(j) < 128) j++;
    b.copy(i, j);
    if (j >= text.length) break;
    let k = j;
    while (k < text.length && text.charCodeAt(k) >= 128) k++;
    const chunk = text.slice(j, k);
    const norm = chunk.normalize('NFKC');
    if (norm === chunk) b.copy(j, k);
    else b.replace(norm, j, k);
    i = k;
  }
  return b.build();
}

const QUERY = /[?&#](?:q|search_query|p|query|search|text|k|wd)=([^&#\s]*)/g;

/** Decodes URL search queries (`q=`, `search_query=`, `p=`): '+' is a space, %XX are UTF-8 bytes. */
export function queryView(base: View): View | null {
  const text = base.text;
  if (!text.includes('%')) return null;
  const b = new ViewBuilder(base);
  let last = 0;
  let changed = false;
  QUERY.lastIndex = 0;
  for (let m = QUERY.exec(text); m; m = QUERY.exec(text)) {
    const from = m.index + m[0].length - m[1]!.length;
    const to = m.index + m[0].length;
    if (!m[1]!.includes('%')) continue;
    b.copy(last, from);
    decodeInto(b, text, from, to);
    last = to;
    changed = true;
  }
  if (!changed) return null;
  b.copy(last, text.length);
  return b.build();
}

function hex(text: string, i: number): number {
  if (text[i] !== '%' || i + 3 > text.length) return -1;
  const pair = text.slice(i + 1, i + 3);
  return /^[0-9a-f]{2}$/i.test(pair) ? Number.parseInt(pair, 16) : -1;
}

function decodeInto(b: ViewBuilder, text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const byte = hex(text, i);
    if (byte < 0) {
      if (text[i] === '+') b.replace(' ', i, i + 1);
      else b.copy(i, i + 1);
      i++;
      continue;
    }
    // One UTF-8 sequence: lead byte says how many continuation bytes follow.
    const extra = byte >= 0xf0 ? 3 : byte >= 0xe0 ? 2 : byte >= 0xc0 ? 1 : 0;
    let cp = extra === 0 ? byte : byte & (0x3f >> extra);
    let j = i + 3;
    let ok = true;
    for (let e = 0; e < extra; e++, j += 3) {
      const cont = j < to ? hex(text, j) : -1;
      if (cont < 0 || (cont & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (cont & 0x3f);
    }
    if (!ok) {
      b.replace(' ', i, i + 3);
      i += 3;
      continue;
    }
    b.replace(String.fromCodePoint(cp), i, j);
    i = j;
  }
}

/** Words of the text as [from, to, letters] triples: spans between boundaries, letters not counting skipped characters. */
export function wordSpans(text: string): number[] {
  const words: number[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && symbolOf(text.charCodeAt(i)) === SPACE) i++;
    if (i >= text.length) break;
    const from = i;
    let letters = 0;
    while (i < text.length && symbolOf(text.charCodeAt(i)) !== SPACE) {
      if (symbolOf(text.charCodeAt(i)) !== SKIP) letters++;
      i++;
    }
    words.push(from, i, letters);
  }
  return words;
}

/** Runs of three or more one-character words: [from, to, letters] triples of each word, per run. */
function singleRuns(words: number[]): number[][] {
  const runs: number[][] = [];
  for (let w = 0; w < words.length; w += 3) {
    let v = w;
    while (v < words.length && words[v + 2] === 1) v += 3;
    if ((v - w) / 3 >= 3) runs.push(words.slice(w, v));
    if (v > w) w = v - 3;
  }
  return runs;
}

/** Longest run of spaced letters worth splitting into words (longer ones are left joined). */
const MAX_SEGMENTED = 60;
/** Longest word tried when splitting. */
const MAX_PIECE = 20;

/**
 * The split of `letters` into the fewest words `isWord` knows, as the end of each word; null
 * when no split covers them all.
 */
export function fewestWords(letters: string, isWord: (letters: string) => boolean): number[] | null {
  const n = letters.length;
  const pieces = new Int32Array(n + 1).fill(-1);
  const back = new Int32Array(n + 1);
  pieces[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_PIECE); j < i; j++) {
      if (pieces[j]! < 0 || (pieces[i]! >= 0 && pieces[j]! + 1 >= pieces[i]!)) continue;
      if (!isWord(letters.slice(j, i))) continue;
      pieces[i] = pieces[j]! + 1;
      back[i] = j;
    }
  }
  if (pieces[n]! < 0) return null;
  const cuts: number[] = [];
  for (let i = n; i > 0; i = back[i]!) cuts.push(i);
  return cuts.reverse();
}

/**
 * Spaced letters that span several words ("k i l l m y s e l f") joined and then split at the
 * boundaries of words the rules know ("kill myself"): the fewest words covering the whole run.
 * `isWord` says whether a string of letters is a word of the rules. Returns null when no run
 * splits into two or more such words. `words`: wordSpans of the base, when the caller has them.
 */
export function segmentedView(
  base: View,
  isWord: (letters: string) => boolean,
  words: number[] = wordSpans(base.text),
): View | null {
  const text = base.text;
  // Built at the first run that splits: most texts with spaced letters have none.
  let b: ViewBuilder | null = null;
  let last = 0;
  for (const run of singleRuns(words)) {
    const n = run.length / 3;
    if (n > MAX_SEGMENTED) continue;
    // Each one-character word is one letter: its position in the text.
    const at: number[] = [];
    for (let k = 0; k < run.length; k += 3) {
      let p = run[k]!;
      while (symbolOf(text.charCodeAt(p)) === SKIP) p++;
      at.push(p);
    }
    const letters = at.map((p) => text[p]!).join('');
    const cuts = fewestWords(letters, isWord);
    if (cuts === null || cuts.length < 2) continue;
    // Copy up to the run, then each word's letters, keeping the separator between words.
    b ??= new ViewBuilder(base);
    b.copy(last, at[0]!);
    let from = 0;
    for (const to of cuts) {
      for (let k = from; k < to; k++) b.copy(at[k]!, at[k]! + 1);
      if (to < n) b.copy(at[to - 1]! + 1, at[to]!);
      from = to;
    }
    last = at[n - 1]! + 1;
  }
  if (b === null) return null;
  b.copy(last, text.length);
  return b.build();
}

/**
 * Joins runs of three or more single-character words (k i l l, f.u.c.k, s u i c i d e) into
 * one word. A dedicated view rather than a global rule: stripping separators everywhere would
 * merge ordinary words.
 * With `spare`, a run that starts with a one-letter English word ('a', 'i') keeps it apart when
 * three or more letters remain ("you are a c u n t" reads "a cunt", "i k i l l myself" reads
 * "i kill myself"); returns null when no run starts so, as the plain join already covers it.
 * `words`: wordSpans of the base, when the caller has them.
 */
export function joinedView(base: View, spare = false, words: number[] = wordSpans(base.text)): View | null {
  const text = base.text;
  if (spare && !sparesAny(text, words)) return null;
  const b = new ViewBuilder(base);
  let last = 0;
  let changed = false;
  let spared = false;
  for (let w = 0; w < words.length; w += 3) {
    let v = w;
    while (v < words.length && words[v + 2] === 1) v += 3;
    let count = (v - w) / 3;
    if (spare && count >= 4 && isArticle(text, words[w]!, words[w + 1]!)) {
      w += 3;
      count--;
      spared = true;
    }
    if (count >= 3) {
      for (let k = w; k < v - 3; k += 3) {
        b.copy(last, words[k + 1]!);
        last = words[k + 3]!;
      }
      changed = true;
      w = v - 3;
    } else if (v > w) {
      w = v - 3;
    }
  }
  if (!changed || (spare && !spared)) return null;
  b.copy(last, text.length);
  return b.build();
}

/**
 * Does a run of four or more one-character words start with 'a' or 'i' (what the spared join
 * needs)? Most texts with spaced letters ('U.S.', 'a.m.') have none, and need no builder.
 */
function sparesAny(text: string, words: number[]): boolean {
  for (let w = 0; w < words.length; w += 3) {
    let v = w;
    while (v < words.length && words[v + 2] === 1) v += 3;
    if ((v - w) / 3 >= 4 && isArticle(text, words[w]!, words[w + 1]!)) return true;
    if (v > w) w = v - 3;
  }
  return false;
}

/** Is text[from, to) the word 'a' or 'i' (one letter, maybe with skipped characters)? */
function isArticle(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const x = symbolOf(text.charCodeAt(k));
    if (x === SKIP) continue;
    return x === LETTER_A || x === LETTER_A + 8;
  }
  return false;
}

/**
 * Masked words: what pupils write with '*' or '#' standing for letters (f*ck, f**k, sh*t, c**t,
 * motherf*cker, a**hole, n*gga, k*ll). Each family lists the whole words a masked word may stand
 * for; the first family that fits wins, so order breaks ties ("s**t" is shit, "f***" is fuck).
 * A fixed table rather than the rules' own words: only these are commonly written masked, and a
 * masked word read as anything else would be a guess.
 */
const MASKABLE: readonly string[] = [
  // profanity
  'fuck fucks fucked fucker fuckers fucking fuckin fuckwit fuckwits fuckface fuckhead fuckoff',
  'motherfucker motherfuckers motherfucking motherfuckin',
  'shit shits shite shitty shitting shithead shitheads shithole bullshit',
  'cunt cunts cunty',
  'twat twats',
  'wank wanker wankers wanking',
  'bitch bitches bitching bitchy',
  'dick dicks dickhead dickheads',
  'cock cocks cocksucker',
  'prick pricks',
  'pussy pussies',
  'asshole assholes arse arsehole arseholes',
  'bastard bastards',
  'bollocks',
  'piss pissed pissing',
  'tits',
  // sexual
  'slut sluts slag slags whore whores',
  'nudes nude porn horny',
  // discrimination
  'nigger niggers nigga niggas',
  'faggot faggots fags fag',
  'retard retards retarded',
  'paki pakis',
  'spastic spastics',
  'tranny trannies',
  'dyke dykes kike kikes chink chinks coon coons batty bender benders',
  // risk words masked to dodge filters
  'kill killing suicide suicidal myself yourself urself rape raped rapist',
  'cutting cutter self harm harming selfharm hanging overdose overdosing noose wrists unalive dying',
];

const MASK_WORDS: readonly string[] = MASKABLE.flatMap((f) => f.split(' '));
/** A masked word longer than this stands for none of them (and would build a needless regex). */
const MASK_MAX = 2 * Math.max(...MASK_WORDS.map((w) => w.length));

const isMask = (code: number): boolean => code === 0x2a || code === 0x23; // '*' '#'

/** The maskable words by first letter (a masked word always starts with a letter). */
const MASK_BY_FIRST = new Map<string, string[]>();
for (const w of MASK_WORDS) {
  const l = MASK_BY_FIRST.get(w[0]!);
  if (l) l.push(w);
  else MASK_BY_FIRST.set(w[0]!, [w]);
}

/**
 * Does `word` fit the runs of a masked word from run k and letter p on? Letter runs must match
 * exactly; a mask run stands for as many letters as it has masks, or, when `loose` and the run
 * lies between letters, for 1 to 4 more or fewer. Fills `fills` with each mask run's letters.
 */
function fits(runs: string[], k: number, word: string, p: number, loose: boolean, fills: string[]): boolean {
  if (k === runs.length) return p === word.length;
  const r = runs[k]!;
  if (r[0] !== '*') return word.startsWith(r, p) && fits(runs, k + 1, word, p + r.length, loose, fills);
  const trailing = k === runs.length - 1;
  const lo = loose && !trailing ? 1 : r.length;
  const hi = loose && !trailing ? r.length + 4 : r.length;
  for (let len = lo; len <= hi && p + len <= word.length; len++) {
    fills[k] = word.slice(p, p + len);
    if (fits(runs, k + 1, word, p + len, loose, fills)) return true;
  }
  return false;
}

/** The word a masked word stands for, with the letters of each mask run; null when none fits. */
function unmask(shape: string): string[] | null {
  const words = MASK_BY_FIRST.get(shape[0]!);
  if (!words) return null;
  // Strict reading first (each run as many letters as masks); then, for a word with at least
  // three letters shown, a loose one.
  const runs = shape.match(/[a-z]+|\*+/g)!;
  const shown = shape.replace(/\*/g, '').length;
  const fills: string[] = [];
  for (const loose of shown >= 3 ? [false, true] : [false]) {
    for (const word of words) {
      if (!loose && word.length !== shape.length) continue;
      if (fits(runs, 0, word, 0, loose, fills))
        return runs.flatMap((r, k) => (r[0] === '*' ? [fills[k]!] : []));
    }
  }
  return null;
}

/**
 * The masked reading: each masked word read as the word it stands for (f*ck -> fuck), each
 * mask run replaced by its letters and mapped to the run, so hits map back to the original.
 * A masked word has letters, a mask between two letters or after the last one, and at least
 * four characters, or three with the mask in the middle (f*g); anything else keeps its literal
 * reading: numbers and maths (5*3, 2*x, a * b), emphasis and footnotes (*note*, **bold**, word*),
 * grades (A*, A**), hashtags.
 * Returns null when no word is masked.
 */
export function maskedView(base: View): View | null {
  const text = base.text;
  if (!text.includes('*') && !text.includes('#')) return null;
  const b = new ViewBuilder(base);
  let last = 0;
  let changed = false;
  let i = 0;
  const n = text.length;
  // A masked word repeated in one text is read once.
  const seen = new Map<string, string[] | null>();
  while (i < n) {
    // A word: letters, masks and skipped characters (apostrophes, zero-width).
    const c0 = text.charCodeAt(i);
    if (!isMask(c0) && symbolOf(c0) === SPACE) {
      i++;
      continue;
    }
    const from = i;
    let plain = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isMask(c)) {
        i++;
        continue;
      }
      const x = symbolOf(c);
      if (x === SPACE) break;
      if (x !== SKIP && !isLetter(x)) plain = false;
      i++;
    }
    if (!plain) continue;
    // Positions of the shown characters (letters and masks), without skipped ones.
    const pos: number[] = [];
    let shape = '';
    for (let k = from; k < i; k++) {
      const c = text.charCodeAt(k);
      if (isMask(c)) {
        pos.push(k);
        shape += '*';
      } else if (symbolOf(c) !== SKIP) {
        pos.push(k);
        shape += String.fromCharCode(96 + symbolOf(c));
      }
    }
    // Emphasis or a hashtag: masks before the word; with masks after it too, both are markup.
    const lead = shape.length - shape.replace(/^\*+/, '').length;
    let s = lead;
    let e = shape.length;
    if (lead > 0 && shape.endsWith('*')) e = shape.replace(/\*+$/, '').length;
    const core = shape.slice(s, e);
    // Three characters only as letter, mask, letter (f*g): shorter words masked are guesses.
    const tooShort = core.length < 3 || (core.length === 3 && core[1] !== '*');
    if (tooShort || core.length > MASK_MAX || !core.includes('*') || core[0] === '*') continue;
    let letters = seen.get(core);
    if (letters === undefined) {
      letters = unmask(core);
      seen.set(core, letters);
    }
    if (!letters) continue;
    // Replace each mask run by its letters.
    let run = 0;
    while (s < e) {
      if (core[s - lead] !== '*') {
        s++;
        continue;
      }
      let t = s;
      while (t < e && core[t - lead] === '*') t++;
      const runFrom = pos[s]!;
      const runTo = pos[t - 1]! + 1;
      const fill = letters[run++]!;
      b.copy(last, runFrom);
      if (fill.length === runTo - runFrom)
        for (let k = 0; k < fill.length; k++) b.replace(fill[k]!, runFrom + k, runFrom + k + 1);
      else b.replace(fill, runFrom, runTo);
      last = runTo;
      changed = true;
      s = t;
    }
  }
  if (!changed) return null;
  b.copy(last, text.length);
  return b.build();
}

/**
 * The leet channel: the text with leet characters read as letters inside words that hold a
 * letter ("k1ll", "a$$", "!d10t", "r3tard"), the same length as the text so offsets carry over.
 * Numbers (1488, 100) and lone symbols keep their literal reading, and a '!' ends a word unless
 * a letter or digit follows it ("kill!"). `one` is the letter '1' stands for ('i', or 'l' in a
 * second pass); in a text already written in leet, a '1' standing alone is the word "i" too
 * ("1 w4nt t0 d13"). Returns null when nothing changes, so texts without leetspeak pay nothing more.
 */
export function leetView(text: string, one: 'i' | 'l'): string | null {
  let out: string[] | null = null;
  let last = 0;
  const loneOnes: number[] = [];
  forEachChunk(text, (from, to, letters, leet) => {
    if (!letters) {
      if (to === from + 1 && text.charCodeAt(from) === 0x31) loneOnes.push(from);
      return;
    }
    if (!leet) return;
    for (let k = from; k < to; k++) {
      if ((FOLD[text.charCodeAt(k)]! & LEETISH) === 0) continue;
      const ch = text[k]!;
      // A '!' is a letter only inside a word: "k!ll", not "kill!".
      if (ch === '!' && (k + 1 >= to || !isWordSymbol(FOLD[text.charCodeAt(k + 1)]! & SYMBOL_MASK))) continue;
      out ??= [];
      out.push(text.slice(last, k), ch === '1' ? one : LEET[ch]!);
      last = k + 1;
    }
  });
  if (!out) return null;
  const joined = (out as string[]).join('') + text.slice(last);
  if (one !== 'i' || loneOnes.length === 0) return joined;
  // Same length as the text, so a lone '1' is replaced in place.
  const chars = joined.split('');
  for (const k of loneOnes) chars[k] = 'i';
  return chars.join('');
}

/** Calls `visit` for each run of non-space characters: its bounds, whether it holds a letter and a leet character. */
function forEachChunk(
  text: string,
  visit: (from: number, to: number, letters: boolean, leet: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && (FOLD[text.charCodeAt(i)]! & SYMBOL_MASK) === SPACE) i++;
    if (i >= n) return;
    const from = i;
    let letters = false;
    let leet = false;
    for (; i < n; i++) {
      const f = FOLD[text.charCodeAt(i)]!;
      const x = f & SYMBOL_MASK;
      if (x === SPACE) break;
      if (f & LEETISH) leet = true;
      else if (isLetter(x)) letters = true;
    }
    visit(from, i, letters, leet);
  }
}

export const mapStart = (v: View, i: number): number => (v.start ? v.start[i]! : i);
export const mapEnd = (v: View, i: number): number => (v.end ? v.end[i - 1]! : i);
