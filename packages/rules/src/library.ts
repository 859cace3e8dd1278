// Finds, parses and validates the YAML rules library. Every problem is reported with the file,
// the line and a reason, the way `vigil rules lint` prints it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ContextCue, checkPattern, PatternError, type Rule, type RuleSet } from '@vigil/engine';
import { LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { categoryFileSchema, contextsFileSchema } from './schema.js';

export interface RuleError {
  file: string;
  line: number;
  reason: string;
  /** The rule the error is in, when it is in one rule. */
  ruleId?: string;
}

export interface Library {
  version: string;
  ruleSet: RuleSet;
  errors: RuleError[];
  files: string[];
  /** Where each rule id is defined. */
  locations: Map<string, { file: string; line: number }>;
}

/** The library folder is data next to src/ and dist/, so one relative path serves both. */
export const LIBRARY_DIR = fileURLToPath(new URL('../library/', import.meta.url));

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

interface Located {
  rule: Rule;
  file: string;
  line: (path: (string | number)[]) => number;
}

export function loadLibrary(dir: string = LIBRARY_DIR): Library {
  const errors: RuleError[] = [];
  const located: Located[] = [];
  const contexts: ContextCue[] = [];
  const files = yamlFiles(dir);
  for (const path of files) {
    const file = relative(dir, path);
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
    for (const e of doc.errors)
      errors.push({ file, line: e.linePos?.[0].line ?? 1, reason: e.message.split('\n')[0]! });
    if (doc.errors.length > 0) continue;
    const line = (p: (string | number)[]): number => {
      for (let k = p.length; k >= 0; k--) {
        const node = doc.getIn(p.slice(0, k), true) as Node | undefined;
        if (node?.range) return lines.linePos(node.range[0]).line;
      }
      return 1;
    };
    const data = doc.toJS();
    const isContexts = data && typeof data === 'object' && 'contexts' in data;
    const parsed = (isContexts ? contextsFileSchema : categoryFileSchema).safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file, line: line(issue.path as (string | number)[]), reason: describe(issue) });
      continue;
    }
    if ('contexts' in parsed.data) {
      contexts.push(...parsed.data.contexts);
      continue;
    }
    const fileCategory = parsed.data.category;
    parsed.data.rules.forEach((r, i) => {
      const { source, ...rest } = r;
      const rule: Rule = { ...rest, category: r.category ?? fileCategory };
      if (source) rule.source = Array.isArray(source) ? source : [source];
      located.push({ rule, file, line: (p) => line(['rules', i, ...p]) });
    });
  }
  const seen = new Map<string, Located>();
  for (const l of located) {
    const first = seen.get(l.rule.id);
    if (first) {
      errors.push({
        file: l.file,
        line: l.line(['id']),
        reason: `duplicate rule id '${l.rule.id}' (first in ${first.file}:${first.line(['id'])})`,
      });
    } else seen.set(l.rule.id, l);
  }
  // Check each pattern alone so an error names its own line.
  const check = (
    owner: string,
    patterns: readonly string[] | undefined,
    line: (p: string) => number,
    file: string,
  ) => {
    for (const p of patterns ?? []) {
      try {
        checkPattern(p);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
        errors.push({ file, line: line(p), reason: `${owner}: ${e.message}`, ruleId: owner });
      }
    }
  };
  for (const l of seen.values()) {
    const r = l.rule;
    const at = (p: string) => patternLine(l, p);
    check(r.id, r.patterns, at, l.file);
    check(r.id, r.unless, at, l.file);
    check(r.id, r.near?.patterns, at, l.file);
    for (const c of r.context ?? []) check(r.id, c.patterns, at, l.file);
  }
  for (const cue of contexts) check(`contexts.${cue.id}`, cue.patterns, () => 1, 'contexts.yaml');
  return {
    version: readVersion(dir),
    ruleSet: { version: readVersion(dir), rules: [...seen.values()].map((l) => l.rule), contexts },
    errors,
    files: files.map((f) => relative(dir, f)),
    locations: new Map([...seen].map(([id, l]) => [id, { file: l.file, line: l.line(['id']) }])),
  };
}

function patternLine(l: Located, pattern: string): number {
  const r = l.rule;
  const lists: [string[], (string | number)[]][] = [
    [r.patterns ?? [], ['patterns']],
    [r.unless ?? [], ['unless']],
    [r.near?.patterns ?? [], ['near', 'patterns']],
  ];
  for (const [list, path] of lists) {
    const i = list.indexOf(pattern);
    if (i >= 0) return l.line([...path, i]);
  }
  for (const [k, c] of (r.context ?? []).entries()) {
    const i = c.patterns.indexOf(pattern);
    if (i >= 0) return l.line(['context', k, 'patterns', i]);
  }
  return l.line(['id']);
}

function describe(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'unrecognized_keys')
    return `${where}unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
  if (issue.code === 'invalid_value') return `${where}${issue.message}`;
  return `${where}${issue.message}`;
}

export function readVersion(dir: string = LIBRARY_DIR): string {
  try {
    return readFileSync(join(dir, 'VERSION'), 'utf8').trim();
  } catch {
    return '0.0.0-dev';
  }
}
