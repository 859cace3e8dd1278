// The prebuilt compiled library (dist/compiled.json, written by `npm run build -w @vigil/rules`)
// and the fingerprint saying what it was compiled from. Loading it takes milliseconds where
// compiling takes seconds, so the CLI and server load it whenever it is up to date.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompiledRules, loadCompiled, serializeCompiled } from '@vigil/engine';
import type { RuleError } from './library.js';

export const COMPILED_FILE = fileURLToPath(new URL('../dist/compiled.json', import.meta.url));
const FINGERPRINT_FILE = fileURLToPath(new URL('../dist/compiled.fingerprint', import.meta.url));

function hashDir(hash: ReturnType<typeof createHash>, dir: string, keep: (name: string) => boolean): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashDir(hash, path, keep);
    else if (keep(name)) hash.update(name).update(readFileSync(path));
  }
}

/**
 * What a compiled library depends on: every library file and the engine's code (its compiled
 * output changes with the engine, not only with its version number).
 */
export function libraryFingerprint(libraryDir: string): string {
  const hash = createHash('sha256');
  hashDir(hash, libraryDir, () => true);
  const engineEntry = fileURLToPath(import.meta.resolve('@vigil/engine'));
  hashDir(hash, dirname(engineEntry), (n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts'));
  return hash.digest('hex');
}

interface Stamp {
  fingerprint: string;
  /** Library errors at compile time (their rules are left out), reported again on load. */
  errors: RuleError[];
}

/** The prebuilt library and the errors it was built with, when its fingerprint matches; else null. */
export function loadPrebuilt(fingerprint: string): { compiled: CompiledRules; errors: RuleError[] } | null {
  try {
    if (!existsSync(COMPILED_FILE)) return null;
    const stamp = JSON.parse(readFileSync(FINGERPRINT_FILE, 'utf8')) as Stamp;
    if (stamp.fingerprint !== fingerprint) return null;
    return { compiled: loadCompiled(readFileSync(COMPILED_FILE, 'utf8')), errors: stamp.errors };
  } catch {
    return null;
  }
}

/** Writes the compiled library and its fingerprint (atomically, best effort: a read-only install still works). */
export function savePrebuilt(
  compiled: CompiledRules,
  fingerprint: string,
  errors: RuleError[] = [],
): string | null {
  try {
    const json = JSON.stringify(serializeCompiled(compiled));
    const stamp: Stamp = { fingerprint, errors };
    for (const [file, text] of [
      [COMPILED_FILE, json],
      [FINGERPRINT_FILE, JSON.stringify(stamp)],
    ] as const) {
      const temp = `${file}.${randomUUID()}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, file);
    }
    return json;
  } catch {
    return null;
  }
}
