// Pattern syntax (see packages/rules/FORMAT.md): words separated by single spaces, `word*` stems,
// `*word` suffixes, `(a|b)` alternations whose alternatives may be phrases, `[x]` optional parts.
// A pattern expands at compile time into plain word sequences, so the automaton never needs
// anything but literal symbols.

export class PatternError extends Error {}

/** One word of an expanded pattern. */
export interface Word {
  text: string;
  /** `word*`: any word starting with text. */
  stem: boolean;
  /** `*word`: any word ending with text. */
  suffix: boolean;
}

export const MAX_VARIANTS = 20000;
const MIN_STEM_LETTERS = 4;

export type Node =
  | { kind: 'word'; word: string }
  | { kind: 'alt'; options: Node[][] }
  | { kind: 'opt'; body: Node[] };

export function parsePattern(source: string): Node[] {
  let i = 0;
  const fail = (reason: string): never => {
    throw new PatternError(`${reason} at column ${i + 1} of '${source}'`);
  };
  const seq = (closers: string): Node[] => {
    const nodes: Node[] = [];
    while (i < source.length && !closers.includes(source[i]!)) {
      const ch = source[i]!;
      if (ch === ' ') {
        if (nodes.length === 0 || source[i + 1] === ' ' || i + 1 >= source.length) fail('stray space');
        i++;
        continue;
      }
      if (ch === '(') {
        i++;
        const options: Node[][] = [];
        for (;;) {
          const option = seq('|)');
          if (option.length === 0) fail('empty alternative');
          options.push(option);
          if (source[i] === '|') {
            i++;
            continue;
          }
          if (source[i] !== ')') fail('unclosed (');
          i++;
          break;
        }
        nodes.push({ kind: 'alt', options });
      } else if (ch === '[') {
        i++;
        const body = seq(']');
        if (source[i] !== ']') fail('unclosed [');
        if (body.length === 0) fail('empty [ ]');
        i++;
        nodes.push({ kind: 'opt', body });
      } else if (ch === ')' || ch === ']' || ch === '|') {
        fail(`unexpected '${ch}'`);
      } else {
        const start = i;
        while (i < source.length && !' ()[]|'.includes(source[i]!)) i++;
        nodes.push({ kind: 'word', word: source.slice(start, i) });
      }
      if (i < source.length && !` ${closers}`.includes(source[i]!)) fail('missing space between parts');
    }
    return nodes;
  };
  const nodes = seq('');
  if (i < source.length) fail(`unexpected '${source[i]}'`);
  if (nodes.length === 0) fail('empty pattern');
  return nodes;
}

const PLAIN_WORD = /^[a-z0-9]+$/;

export function checkWord(raw: string, source: string): Word[][] {
  // Most pattern words are plain lower-case letters and digits.
  if (PLAIN_WORD.test(raw)) return [[{ text: raw, stem: false, suffix: false }]];
  const fail = (reason: string): never => {
    throw new PatternError(`${reason} in '${source}'`);
  };
  let text = raw.toLowerCase().replace(/['’]/g, '');
  const stem = text.endsWith('*');
  const suffix = text.startsWith('*');
  if (stem) text = text.slice(0, -1);
  if (suffix) text = text.slice(1);
  if (stem && suffix) fail(`'${raw}' cannot be both a stem and a suffix`);
  if (text.includes('*')) fail(`'*' only at the start or end of a word ('${raw}')`);
  if (!/^[\p{L}\p{N}/-]+$/u.test(text))
    fail(`'${raw}' has punctuation or symbols (only letters, digits, / and -)`);
  if (/^[/-]|[/-]$|[/-]{2}/.test(text)) fail(`'/' and '-' only between letters ('${raw}')`);
  if ((stem || suffix) && text.replace(/[^\p{L}]/gu, '').length < MIN_STEM_LETTERS)
    fail(`'${raw}': a wildcard needs at least ${MIN_STEM_LETTERS} letters`);
  if (!/[/-]/.test(text)) return [[{ text, stem, suffix }]];
  // `/` and `-` match literally or as a space; the text folds both to a boundary, and a hyphen
  // may also be left out (pro-ana, proana).
  const parts = text.split(/[/-]/);
  const spaced = parts.map((p, k) => ({
    text: p,
    stem: stem && k === parts.length - 1,
    suffix: suffix && k === 0,
  }));
  const variants = [spaced];
  if (!text.includes('/')) variants.push([{ text: parts.join(''), stem, suffix }]);
  return variants;
}

export function expand(nodes: Node[], source: string): Word[][] {
  let acc: Word[][] = [[]];
  const cross = (choices: Word[][]): void => {
    const next: Word[][] = [];
    for (const a of acc) for (const c of choices) next.push([...a, ...c]);
    if (next.length > MAX_VARIANTS)
      throw new PatternError(`expands to more than ${MAX_VARIANTS} phrases: '${source}'`);
    acc = next;
  };
  for (const node of nodes) {
    if (node.kind === 'word') cross(checkWord(node.word, source));
    else if (node.kind === 'alt') cross(node.options.flatMap((o) => expand(o, source)));
    else cross([[], ...expand(node.body, source)]);
  }
  return acc;
}

/** How many word sequences a node expands to (an upper bound: duplicates are counted). */
export function countVariants(node: Node): number {
  if (node.kind === 'word') return 2;
  if (node.kind === 'opt') return 1 + node.body.reduce((n, b) => n * countVariants(b), 1);
  return node.options.reduce((n, o) => n + o.reduce((m, b) => m * countVariants(b), 1), 0);
}

/**
 * Splits a pattern into pieces that are matched separately and chained word to word, so a
 * pattern like `(30 verbs) [(15 fillers)] (25 objects)` costs 70 phrases, not 11,000. Every
 * piece holds at least one required part, so no piece can match the empty string.
 */
export function splitPattern(source: string, maxPiece: number): Node[][] {
  if (typeof source !== 'string' || source.trim() === '') throw new PatternError('empty pattern');
  if (source !== source.trim()) throw new PatternError(`leading or trailing space in '${source}'`);
  const nodes = parsePattern(source);
  if (nodes.every((n) => n.kind === 'opt'))
    throw new PatternError(`'${source}' can match nothing (all optional)`);
  const pieces: Node[][] = [];
  let piece: Node[] = [];
  let size = 1;
  for (const node of nodes) {
    const n = countVariants(node);
    const required = piece.some((p) => p.kind !== 'opt');
    if (piece.length > 0 && required && size * n > maxPiece) {
      pieces.push(piece);
      piece = [];
      size = 1;
    }
    piece.push(node);
    size *= n;
  }
  if (piece.every((p) => p.kind === 'opt') && pieces.length > 0) pieces[pieces.length - 1]!.push(...piece);
  else pieces.push(piece);
  return pieces;
}

/** Expands a pattern into word sequences; throws PatternError with a reason on bad syntax. */
export function expandPattern(source: string): Word[][] {
  return splitPattern(source, Number.POSITIVE_INFINITY).flatMap((piece) => expandPiece(piece, source, true));
}

/** The word sequences of one piece; a suffix wildcard is allowed only where a pattern starts. */
export function expandPiece(piece: Node[], source: string, first: boolean): Word[][] {
  const variants = expand(piece, source).filter((v) => v.length > 0);
  for (const v of variants) {
    for (let k = 0; k < v.length; k++) {
      if (v[k]!.suffix && (k > 0 || !first))
        throw new PatternError(`'*${v[k]!.text}': a suffix wildcard only on the first word`);
    }
  }
  return variants;
}
