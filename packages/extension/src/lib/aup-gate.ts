/** The acceptable-use gate: whether browsing is blocked, and which pages are redirected. */
export interface AupRequirement {
  version: string;
  required: boolean;
}

export interface AupDecision {
  version: string;
  decision: 'accepted' | 'declined';
  at: string;
}

/** Browsing is blocked while an AUP is required and its current version is not accepted. */
export function gateClosed(
  requirement: AupRequirement | undefined,
  decision: AupDecision | undefined,
): boolean {
  if (!requirement?.required) return false;
  return !(decision && decision.version === requirement.version && decision.decision === 'accepted');
}

/**
 * Whether a tab at `url` is sent to the AUP page while the gate is closed: web pages and local
 * files are; the extension's own pages, the Vigil server and browser pages are not.
 */
export function redirectedByGate(
  url: string | undefined,
  extensionOrigin: string,
  serverUrl?: string,
): boolean {
  if (!url) return false;
  if (url.startsWith(extensionOrigin)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'file:', 'ftp:'].includes(parsed.protocol)) return false;
  if (serverUrl) {
    try {
      if (new URL(serverUrl).origin === parsed.origin) return false;
    } catch {
      // an unparseable server URL exempts nothing
    }
  }
  return true;
}
