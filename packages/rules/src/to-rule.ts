// A validated YAML rule or cue as the engine's data, with `{name}` lexicon references expanded.
import type { Category, ContextCue, Rule } from '@vigil/engine';
import type { RuleInput } from './schema.js';

/** Expands the lexicons of a pattern list; a pattern that cannot be expanded is reported (by index) and left out. */
export type Expand = (
  patterns: readonly string[] | undefined,
  report: (i: number, reason: string) => void,
) => string[] | undefined;

/** Where a problem in a pattern list is reported: the list's path within the rule, then the index. */
export type Report = (path: (string | number)[]) => (i: number, reason: string) => void;

export function toRule(r: RuleInput, fileCategory: Category, expand: Expand, report: Report): Rule {
  const { source, ignore_cues, near: _near, ...rest } = r;
  const rule: Rule = { ...rest, category: r.category ?? fileCategory };
  const patterns = expand(r.patterns, report(['patterns']));
  if (patterns) rule.patterns = patterns;
  const unless = expand(r.unless, report(['unless']));
  if (unless) rule.unless = unless;
  if (r.near) {
    const nears = Array.isArray(r.near) ? r.near : [r.near];
    const path = (k: number) => (Array.isArray(r.near) ? ['near', k, 'patterns'] : ['near', 'patterns']);
    const [first, ...more] = nears.map((n, k) => ({
      ...n,
      patterns: expand(n.patterns, report(path(k))) ?? [],
    }));
    rule.near = first!;
    if (more.length > 0) rule.alsoNear = more;
  }
  if (r.context)
    rule.context = r.context.map((c, k) => ({
      ...c,
      patterns: expand(c.patterns, report(['context', k, 'patterns'])) ?? [],
    }));
  if (source) rule.source = Array.isArray(source) ? source : [source];
  if (ignore_cues) rule.ignoreCues = ignore_cues;
  return rule;
}

export function toCue(
  c: ContextCue,
  expand: Expand,
  report: (field: string) => (i: number, reason: string) => void,
): ContextCue {
  const cue: ContextCue = { ...c, patterns: expand(c.patterns, report('patterns')) ?? [] };
  const unless = expand(c.unless, report('unless'));
  if (unless) cue.unless = unless;
  return cue;
}
