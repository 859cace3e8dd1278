import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { CaptureSource, Detection } from '@vigil/protocol';

/** The server's own engine and rules, used to scan every capture again. */
export interface ServerScanner {
  rulesVersion: string;
  scan(text: string, source: CaptureSource): Detection[];
  /** The compiled rules for agents (`GET /rules`), serialised once, with its ETag. */
  rulesJson: string;
  rulesEtag: string;
  /** The engine's serialised compiled rules, from which another thread builds the same scanner. */
  compiled: string;
}

/** What scans: the server's engine with these compiled rules (`ServerScanner.compiled`). */
export type RulesScanner = Pick<ServerScanner, 'rulesVersion' | 'scan'>;

/**
 * A scanner from compiled rules serialised by `loadServerScanner`, e.g. on the capture scan thread.
 * Loaded for scanning only: such a thread never serialises the rules again, and the full form
 * would keep the matchers' build-time arrays and, through the text model's stored strings, the
 * whole serialised text alive in every thread that loads it.
 */
export async function scannerFromCompiled(serialised: string): Promise<RulesScanner> {
  const engine = await import('@vigil/engine');
  const rules = engine.loadCompiled(serialised, { scanOnly: true });
  return { rulesVersion: rules.version, scan: (text, source) => engine.scan(text, { rules, source }) };
}

function libraryFingerprint(dir: string, engineVersion: string): string {
  const hash = createHash('sha256').update(engineVersion);
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).sort();
  for (const file of files) {
    const full = path.join(dir, file);
    if (!fs.statSync(full).isFile()) continue;
    hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * The engine (`@vigil/engine`) with the bundled library (`@vigil/rules` `bundledRules()`). Compiling
 * the library takes seconds, so the compiled form is cached in `cacheDir` keyed by the library's
 * contents and the engine version: a restarted server is scanning again at once.
 *
 * Returns null when the installed rules package offers no bundled library: captures then keep the
 * agent's detections, `server_detections` stays null, and a server with the library fills it in for
 * the captures it receives.
 */
export async function loadServerScanner(
  options: { cacheDir?: string; log?: (message: string) => void } = {},
): Promise<ServerScanner | null> {
  const rules = (await import('@vigil/rules')) as Record<string, unknown>;
  if (typeof rules.bundledRules !== 'function') {
    options.log?.('the rules package has no bundled library: captures keep only the agent detections');
    return null;
  }
  const engine = await import('@vigil/engine');
  type Compiled = Parameters<typeof engine.scan>[1]['rules'];
  let compiled: Compiled | undefined;
  let serialised: string | undefined;
  const cacheFile =
    options.cacheDir && typeof rules.LIBRARY_DIR === 'string'
      ? path.join(options.cacheDir, `${libraryFingerprint(rules.LIBRARY_DIR, engine.ENGINE_VERSION)}.json`)
      : undefined;
  if (cacheFile && fs.existsSync(cacheFile)) {
    try {
      serialised = fs.readFileSync(cacheFile, 'utf8');
      compiled = engine.loadCompiled(serialised);
    } catch {
      compiled = undefined;
    }
  }
  if (!compiled) {
    compiled = (rules.bundledRules as () => Compiled)();
    serialised = JSON.stringify(engine.serializeCompiled(compiled));
    if (cacheFile) {
      fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
      const temp = `${cacheFile}.${randomUUID()}.tmp`;
      fs.writeFileSync(temp, serialised);
      fs.renameSync(temp, cacheFile);
    }
  }
  const rulesJson = `{"version":${JSON.stringify(compiled.version)},"compiled":${serialised}}`;
  const rulesSet = compiled;
  return {
    rulesVersion: compiled.version,
    scan: (text, source) => engine.scan(text, { rules: rulesSet, source }),
    rulesJson,
    rulesEtag: `"${createHash('sha256').update(rulesJson).digest('base64url').slice(0, 27)}"`,
    compiled: serialised!,
  };
}
