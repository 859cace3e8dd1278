// Finds, parses and validates the YAML rules library. Every problem is reported with the file,
// the line and a reason, the way `vigil rules lint` prints it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Combination,
  type ContextCue,
  checkPattern,
  loadTextModel,
  PatternError,
  type Rule,
  type RuleSet,
  type TextModelData,
} from '@vigil/engine';
import { LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { LexiconError, Lexicons } from './lexicons.js';
import { categoryFileSchema, contextsFileSchema, lexiconsFileSchema } from './schema.js';
import { type Expand, toCue, toRule } from './to-rule.js';

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

interface ParsedFile {
  file: string;
  data: unknown;
  line: (path: (string | number)[]) => number;
}

/** Reads every YAML file; syntax errors are reported and the file skipped. */
function parseFiles(dir: string, files: string[], errors: RuleError[]): ParsedFile[] {
  const out: ParsedFile[] = [];
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
    out.push({ file, data: doc.toJS(), line });
  }
  return out;
}

const has = (data: unknown, key: string): boolean => data !== null && typeof data === 'object' && key in data;

/** Every lexicon of the library (lexicons may be split over several files). */
function readLexicons(parsed: ParsedFile[], errors: RuleError[]): Lexicons {
  const lists = new Map<string, string[]>();
  for (const { file, data, line } of parsed) {
    if (!has(data, 'lexicons')) continue;
    const result = lexiconsFileSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ file, line: line(issue.path as (string | number)[]), reason: describe(issue) });
      continue;
    }
    for (const [name, words] of Object.entries(result.data.lexicons)) {
      if (lists.has(name))
        errors.push({ file, line: line(['lexicons', name]), reason: `duplicate lexicon '${name}'` });
      else lists.set(name, words);
    }
  }
  const lexicons = new Lexicons(lists);
  // Each entry must be a pattern on its own, used or not, so an error names its own line.
  for (const { file, data, line } of parsed) {
    if (!has(data, 'lexicons')) continue;
    for (const [name, words] of Object.entries((data as { lexicons: Record<string, unknown[]> }).lexicons)) {
      (Array.isArray(words) ? words : []).forEach((w, i) => {
        try {
          checkPattern(lexicons.expand(String(w)));
        } catch (e) {
          if (!(e instanceof PatternError || e instanceof LexiconError)) throw e;
          errors.push({ file, line: line(['lexicons', name, i]), reason: `lexicon '${name}': ${e.message}` });
        }
      });
    }
  }
  return lexicons;
}

export function loadLibrary(dir: string = LIBRARY_DIR): Library {
  const errors: RuleError[] = [];
  const located: Located[] = [];
  const contexts: ContextCue[] = [];
  const combinations: Combination[] = [];
  const files = yamlFiles(dir);
  const parsedFiles = parseFiles(dir, files, errors);
  const lexicons = readLexicons(parsedFiles, errors);
  // Expands `{name}` references; a pattern naming an unknown lexicon is reported and left out.
  const expand: Expand = (patterns, report) =>
    patterns?.flatMap((p, i) => {
      try {
        return [lexicons.expand(p)];
      } catch (e) {
        if (!(e instanceof LexiconError)) throw e;
        report(i, e.message);
        return [];
      }
    });
  for (const { file, data, line } of parsedFiles) {
    if (has(data, 'lexicons')) continue;
    const isContexts = has(data, 'contexts');
    const parsed = (isContexts ? contextsFileSchema : categoryFileSchema).safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ file, line: line(issue.path as (string | number)[]), reason: describe(issue) });
      continue;
    }
    if ('contexts' in parsed.data) {
      parsed.data.contexts.forEach((c, k) => {
        const report = (field: string) => (i: number, reason: string) =>
          errors.push({ file, line: line(['contexts', k, field, i]), reason: `contexts.${c.id}: ${reason}` });
        contexts.push(toCue(c, expand, report));
      });
      combinations.push(...(parsed.data.combinations ?? []));
      continue;
    }
    const fileCategory = parsed.data.category;
    parsed.data.rules.forEach((r, i) => {
      const at = (p: (string | number)[]) => line(['rules', i, ...p]);
      const report = (path: (string | number)[]) => (k: number, reason: string) =>
        errors.push({ file, line: at([...path, k]), reason: `${r.id}: ${reason}`, ruleId: r.id });
      located.push({ rule: toRule(r, fileCategory, expand, report), file, line: at });
    });
  }
  // A rule may only ignore cues that exist.
  const cueIds = new Set(contexts.map((c) => c.id));
  for (const l of located) {
    for (const id of l.rule.ignoreCues ?? [])
      if (!cueIds.has(id))
        errors.push({
          file: l.file,
          line: l.line(['ignore_cues']),
          reason: `${l.rule.id}: ignore_cues names '${id}', which is not a context in contexts.yaml`,
          ruleId: l.rule.id,
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
    for (const n of r.alsoNear ?? []) check(r.id, n.patterns, at, l.file);
    for (const c of r.context ?? []) check(r.id, c.patterns, at, l.file);
  }
  for (const cue of contexts) {
    check(`contexts.${cue.id}`, cue.patterns, () => 1, 'contexts.yaml');
    check(`contexts.${cue.id}`, cue.unless, () => 1, 'contexts.yaml');
  }
  const model = readModel(dir, errors);
  return {
    version: readVersion(dir),
    ruleSet: {
      version: readVersion(dir),
      rules: [...seen.values()].map((l) => l.rule),
      contexts,
      ...(combinations.length > 0 ? { combinations } : {}),
      ...(model ? { model } : {}),
    },
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

export const MODEL_PATH = 'model/text-model.json';

/** The trained text model (scripts/train-model.ts), when the library has one; a broken one is reported and left out. */
function readModel(dir: string, errors: RuleError[]): TextModelData | null {
  let text: string;
  try {
    text = readFileSync(join(dir, MODEL_PATH), 'utf8');
  } catch {
    return null;
  }
  try {
    const data = JSON.parse(text) as TextModelData;
    loadTextModel(data);
    return data;
  } catch (e) {
    errors.push({ file: MODEL_PATH, line: 1, reason: `text model: ${(e as Error).message}` });
    return null;
  }
}

export function readVersion(dir: string = LIBRARY_DIR): string {
  try {
    return readFileSync(join(dir, 'VERSION'), 'utf8').trim();
  } catch {
    return '0.0.0-dev';
  }
}
