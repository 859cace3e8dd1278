import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VigilConfig } from '../../config.js';
import {
  AgentPackageError,
  buildChromePackage,
  type ChromePackage,
  extensionDist,
  loadSigningKey,
  updateManifest,
} from './package.js';

export const CHROME_UPDATE_PATH = '/agent/chrome/update.xml';
export const CHROME_CRX_PATH = '/agent/chrome/vigil.crx';
/** What the console needs to write the force-install policy: the extension id and the update URL. */
export const CHROME_CONSOLE_PATH = '/api/console/v1/agent/chrome';

export interface ChromeAgentInfo {
  /** the id Chrome gives the self-hosted extension (from the signing key); null when not built */
  extensionId: string | null;
  version: string | null;
  /** the ExtensionInstallForcelist update URL, at the address the request came to */
  updateUrl: string;
  /** the Vigil server address for the extension's `serverUrl` setting (the same address) */
  serverUrl: string;
  /** why the extension cannot be served, when it cannot */
  unavailable: string | null;
}

/**
 * Self-hosted install of the Chrome extension, unauthenticated (Chrome's updater sends no
 * credentials): `ExtensionInstallForcelist` = "<id>;<server>/agent/chrome/update.xml". The package is
 * built on first request and again whenever the extension's manifest.json changes (a rebuild).
 * The codebase URL is the address the request came to, so it is one the browser can reach.
 * `GET /api/console/v1/agent/chrome` gives the console the id and addresses for its install steps.
 */
export function agentUpdateRoutes(
  app: FastifyInstance,
  deps: { config: Pick<VigilConfig, 'agentSigningKey' | 'agentExtensionDir' | 'dataDir'> },
): void {
  let cached: { stamp: string; pkg: ChromePackage } | undefined;
  const current = (): ChromePackage | string => {
    const dir = extensionDist(deps.config.agentExtensionDir);
    const manifest = dir ? path.join(dir, 'manifest.json') : undefined;
    if (!dir || !manifest || !fs.existsSync(manifest)) {
      return 'The Chrome extension has not been built on this server (npm run build).';
    }
    const stat = fs.statSync(manifest);
    const stamp = `${dir}:${stat.mtimeMs}:${stat.size}`;
    if (cached?.stamp !== stamp) {
      cached = { stamp, pkg: buildChromePackage(dir, loadSigningKey(deps.config)) };
    }
    return cached.pkg;
  };
  const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  app.get(CHROME_UPDATE_PATH, { config: { permission: 'public' } }, async (request, reply) => {
    const pkg = current();
    if (typeof pkg === 'string') return reply.status(404).type('text/plain').send(pkg);
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(updateManifest(pkg, `${origin(request)}${CHROME_CRX_PATH}`));
  });

  app.get(CHROME_CRX_PATH, { config: { permission: 'public' } }, async (_request, reply) => {
    const pkg = current();
    if (typeof pkg === 'string') return reply.status(404).type('text/plain').send(pkg);
    return reply
      .type('application/x-chrome-extension')
      .header('etag', `"${pkg.sha256}"`)
      .header('cache-control', 'no-cache')
      .send(pkg.crx);
  });

  // Read-only, for the console's enrolment page (technicians: devices.manage). Nothing secret: the
  // same id and address as the public update manifest.
  app.get(CHROME_CONSOLE_PATH, { config: { permission: 'devices.manage' } }, async (request) => {
    let pkg: ChromePackage | string;
    try {
      pkg = current();
    } catch (error) {
      // A bad signing key: the console says so instead of failing the whole page.
      if (!(error instanceof AgentPackageError)) throw error;
      pkg = error.message;
    }
    const serverUrl = origin(request);
    const info: ChromeAgentInfo = {
      extensionId: typeof pkg === 'string' ? null : pkg.id,
      version: typeof pkg === 'string' ? null : pkg.version,
      updateUrl: `${serverUrl}${CHROME_UPDATE_PATH}`,
      serverUrl,
      unavailable: typeof pkg === 'string' ? pkg : null,
    };
    return info;
  });
}
