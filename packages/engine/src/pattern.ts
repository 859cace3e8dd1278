// Pattern syntax (see packages/rules/FORMAT.md): words separated by single spaces, `word*` stems,
// `*word` suffixes, `(a|b)` alternations whose alternatives may be phrases, `[x]` optional parts.
// positions.ts parses patterns by this grammar straight into a position automaton (without
// expanding them); parsePattern gives the tree, and the syntax error a pattern reports first.

export class PatternError extends Error {}

/** One word of an expanded pattern. */
export interface Word {
  text: string;
  /** `word*`: any word starting with text. */
  stem: boolean;
  /** `*word`: any word ending with text. */
  suffix: boolean;
}

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
