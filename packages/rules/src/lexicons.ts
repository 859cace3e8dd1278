// Named word lists (library/lexicons.yaml) that patterns use as `{name}`: one list of ways to say
// "myself" or "tablets" serves every rule that needs it, so a new slang word added there reaches
// all of them. Expanded to an alternation before the engine sees the pattern.

export class LexiconError extends Error {}

const REFERENCE = /\{([a-z][a-z0-9_]*)\}/g;
const MAX_DEPTH = 4;

export class Lexicons {
  private readonly expanded = new Map<string, string>();

  constructor(private readonly lists: ReadonlyMap<string, readonly string[]> = new Map()) {}

  get names(): string[] {
    return [...this.lists.keys()];
  }

  /** The pattern with every `{name}` replaced by `(a|b|…)`; a lexicon may use others. */
  expand(pattern: string, depth = 0): string {
    if (!pattern.includes('{')) return pattern;
    return pattern.replace(REFERENCE, (_, name: string) => this.alternation(name, depth));
  }

  private alternation(name: string, depth: number): string {
    const known = this.expanded.get(name);
    if (known !== undefined) return known;
    const list = this.lists.get(name);
    if (!list) throw new LexiconError(`unknown lexicon '{${name}}'`);
    if (depth >= MAX_DEPTH) throw new LexiconError(`lexicon '{${name}}' nests too deep (a cycle?)`);
    const out = `(${list.map((w) => this.expand(w, depth + 1)).join('|')})`;
    this.expanded.set(name, out);
    return out;
  }
}
