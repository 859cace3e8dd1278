/**
 * The one place the worker touches @vigil/engine. It loads the precompiled rules (the automaton
 * packages/rules builds as compiled.json) without recompiling, and scans text.
 *
 * While the engine's `loadCompiled`/`scan` are not exported yet, a tiny phrase matcher reads the
 * development rules file the build writes instead (format `vigil-dev-rules`), so everything around
 * the engine can be built and tested. Switching is this file only.
 */
import * as engine from '@vigil/engine';

export type ScanSource = 'typed' | 'page' | 'url' | 'search' | 'title';

export interface AgentDetection {
  category: string;
  /** 1..5 */
  severity: number;
  rule: string;
  match: string;
  start: number;
  end: number;
  reasons: string[];
}

export interface Detector {
  readonly version: string;
  scan(text: string, source: ScanSource): AgentDetection[];
}

export interface DetectorOptions {
  age?: 'primary' | 'secondary' | 'staff';
}

interface EngineApi {
  loadCompiled(json: unknown, options?: { scanOnly?: boolean }): unknown;
  scan(text: string, options: Record<string, unknown>): AgentDetection[];
}

function engineApi(): EngineApi | undefined {
  const api = engine as unknown as Partial<EngineApi>;
  return typeof api.loadCompiled === 'function' && typeof api.scan === 'function'
    ? (api as EngineApi)
    : undefined;
}

function versionOf(json: unknown): string {
  const version = (json as { version?: unknown } | null)?.version;
  return typeof version === 'string' && version ? version : 'unknown';
}

/**
 * Rules as the engine holds them after loading: opaque to the extension, but plain data (objects,
 * typed arrays, maps), so the worker can keep a structured clone in IndexedDB and skip loading
 * (JSON parse and table building) at its next start.
 */
export interface LoadedRules {
  kind: 'engine' | 'dev';
  version: string;
  rules: unknown;
}

/** Loads compiled rules (already parsed JSON) into the engine's in-memory form. */
export function loadRules(json: unknown): LoadedRules {
  const format = (json as { format?: unknown } | null)?.format;
  const api = engineApi();
  if (api && format !== 'vigil-dev-rules') {
    // The worker only scans: the tables only loading and serialising need are released (heap budget).
    const rules = api.loadCompiled(json, { scanOnly: true });
    const version = versionOf(rules) !== 'unknown' ? versionOf(rules) : versionOf(json);
    return { kind: 'engine', version, rules };
  }
  return { kind: 'dev', version: versionOf(json), rules: json };
}

/** A detector over loaded rules (fresh from loadRules, or a clone of them from the cache). */
export function detectorFor(loaded: LoadedRules, options: DetectorOptions = {}): Detector {
  const api = engineApi();
  if (loaded.kind === 'engine' && api) {
    const { rules } = loaded;
    return {
      version: loaded.version,
      scan: (text, source) => api.scan(text, { rules, source, ...(options.age ? { age: options.age } : {}) }),
    };
  }
  return devDetector(loaded.rules);
}

/** Builds a detector from compiled rules (already parsed JSON). */
export function createDetector(json: unknown, options: DetectorOptions = {}): Detector {
  return detectorFor(loadRules(json), options);
}

interface DevPhrase {
  phrase: string;
  rule: string;
  category: string;
  severity: number;
}

/** The stand-in matcher: whole-word, case-insensitive phrases. */
function devDetector(json: unknown): Detector {
  const phrases = ((json as { phrases?: DevPhrase[] } | null)?.phrases ?? []).map((p) => ({
    ...p,
    re: new RegExp(`\\b${p.phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}\\b`, 'gi'),
  }));
  return {
    version: versionOf(json),
    scan(text) {
      const out: AgentDetection[] = [];
      for (const p of phrases) {
        p.re.lastIndex = 0;
        for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
          out.push({
            category: p.category,
            severity: p.severity,
            rule: p.rule,
            match: m[0],
            start: m.index,
            end: m.index + m[0].length,
            reasons: [`base ${p.severity}`],
          });
        }
      }
      return out;
    },
  };
}
