import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { VigilConfig } from '../../config.js';
import {
  buildChromePackage,
  type ChromePackage,
  extensionDist,
  loadSigningKey,
  updateManifest,
} from './package.js';

export const CHROME_UPDATE_PATH = '/agent/chrome/update.xml';
export const CHROME_CRX_PATH = '/agent/chrome/vigil.crx';

/**
 * Self-hosted install of the Chrome extension, unauthenticated (Chrome's updater sends no
 * credentials): `ExtensionInstallForcelist` = "<id>;<server>/agent/chrome/update.xml". The package is
 * built on first request and again whenever the extension's manifest.json changes (a rebuild).
 * The codebase URL is the address the request came to, so it is one the browser can reach.
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
}
