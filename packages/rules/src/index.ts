// The rules library: YAML data under library/, validated at load and compiled for the engine.
import { type CompiledRules, compileRules, scan } from '@vigil/engine';
import { libraryFingerprint, loadPrebuilt, savePrebuilt } from './compiled-cache.js';
import { LIBRARY_DIR, type Library, loadLibrary, type RuleError, readVersion } from './library.js';

export { COMPILED_FILE, libraryFingerprint, loadPrebuilt, savePrebuilt } from './compiled-cache.js';
export { LIBRARY_DIR, type Library, loadLibrary, type RuleError, readVersion } from './library.js';
export const RULES_FORMAT = 1;

/** The severity from which a detection alerts the safeguarding lead (quiet examples stay below). */
export const ALERT_SEVERITY = 3;

/** The library version (library/VERSION, calendar style). */
export const LIBRARY_VERSION: string = readVersion();

/**
 * Every problem in the library: YAML and schema errors, duplicate ids, unknown categories,
 * pattern syntax, and rule examples that do not behave as stated.
 */
export function lintLibrary(dir: string = LIBRARY_DIR): RuleError[] {
  const lib = loadLibrary(dir);
  if (lib.errors.length > 0) return lib.errors;
  const compiled = compileRules(lib.ruleSet);
  return exampleErrors(lib, compiled);
}

export function exampleErrors(lib: Library, compiled: CompiledRules): RuleError[] {
  const errors: RuleError[] = [];
  for (const rule of lib.ruleSet.rules) {
    const { file, line } = lib.locations.get(rule.id) ?? { file: '', line: 0 };
    for (const text of rule.examples?.match ?? []) {
      if (!scan(text, { rules: compiled, keepDropped: true }).some((d) => d.rule === rule.id)) {
        errors.push({ file, line, reason: `${rule.id}: example '${text}' does not match` });
      }
    }
    // As the tests read them: a no_match example may not produce the rule even below threshold.
    for (const text of rule.examples?.no_match ?? []) {
      if (scan(text, { rules: compiled, keepDropped: true }).some((d) => d.rule === rule.id)) {
        errors.push({ file, line, reason: `${rule.id}: no_match example '${text}' matches` });
      }
    }
    for (const text of rule.examples?.quiet ?? []) {
      if (scan(text, { rules: compiled }).some((d) => d.rule === rule.id && d.severity >= ALERT_SEVERITY)) {
        errors.push({ file, line, reason: `${rule.id}: quiet example '${text}' alerts (severity >= 3)` });
      }
    }
  }
  return errors;
}

let cached: CompiledRules | null = null;

/**
 * The bundled library, once per process: the prebuilt dist/compiled.json when it was compiled
 * from this library and this engine, else compiled now (and saved for the next process). A rule
 * with an error is left out (and the errors are passed to `onErrors`) rather than taking every
 * other rule down with it.
 */
export function bundledRules(onErrors?: (errors: RuleError[]) => void): CompiledRules {
  if (cached) return cached;
  const fingerprint = libraryFingerprint(LIBRARY_DIR);
  const prebuilt = loadPrebuilt(fingerprint);
  if (prebuilt) {
    if (prebuilt.errors.length > 0) onErrors?.(prebuilt.errors);
    cached = prebuilt.compiled;
    return cached;
  }
  const lib = loadLibrary();
  if (lib.errors.length > 0) onErrors?.(lib.errors);
  const broken = new Set(lib.errors.map((e) => e.ruleId).filter((id) => id !== undefined));
  cached = compileRules({ ...lib.ruleSet, rules: lib.ruleSet.rules.filter((r) => !broken.has(r.id)) });
  savePrebuilt(cached, fingerprint, lib.errors);
  return cached;
}
