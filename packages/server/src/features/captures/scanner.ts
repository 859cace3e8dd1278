import { createHash } from 'node:crypto';
import type { CaptureSource, Detection } from '@vigil/protocol';

/** The server's own engine and rules, used to scan every capture again. */
export interface ServerScanner {
  rulesVersion: string;
  scan(text: string, source: CaptureSource): Detection[];
  /** The compiled rules for agents (`GET /rules`), serialised once, with its ETag. */
  rulesJson: string;
  rulesEtag: string;
}

/**
 * The engine (`@vigil/engine`) with the bundled library (`@vigil/rules` `bundledRules()`). Returns
 * null when the installed rules package offers no bundled library: captures then keep the agent's
 * detections and `server_detections` stays null, and the first server with the library fills it in
 * for new captures.
 */
export async function loadServerScanner(
  log: (message: string) => void = () => {},
): Promise<ServerScanner | null> {
  const rules = (await import('@vigil/rules')) as Record<string, unknown>;
  if (typeof rules.bundledRules !== 'function') {
    log('the rules package has no bundled library: captures keep only the agent detections');
    return null;
  }
  const engine = await import('@vigil/engine');
  const compiled = (rules.bundledRules as () => Parameters<typeof engine.scan>[1]['rules'])();
  const rulesJson = JSON.stringify({
    version: compiled.version,
    compiled: engine.serializeCompiled(compiled),
  });
  return {
    rulesVersion: compiled.version,
    scan: (text, source) => engine.scan(text, { rules: compiled, source }),
    rulesJson,
    rulesEtag: `"${createHash('sha256').update(rulesJson).digest('base64url').slice(0, 27)}"`,
  };
}
