import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { requirementMissing } from './requirements.js';

export const chromiumPath = process.env.VIGIL_CHROMIUM ?? '/usr/bin/chromium';

/** True when Chromium is installed; false (with a message) outside CI; throws under CI=true. */
export function chromiumAvailable(): boolean {
  if (fs.existsSync(chromiumPath)) return true;
  requirementMissing('Chromium', `expected at ${chromiumPath}; apt-get install chromium`);
  return false;
}

// Keep Chromium off the closed network: without these it retries blocked connections at every start.
const quietArgs = [
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

export interface LaunchedChromium {
  context: BrowserContext;
  profileDir: string;
  close(): Promise<void>;
}

/**
 * A headless Chromium with a fresh profile; with `extensionDir`, that unpacked extension loaded.
 * With `policyExtensions`, extensions come only from enterprise policy (ExtensionInstallForcelist):
 * no --load-extension, Playwright's --disable-extensions dropped, and background networking left on
 * (the extension updater needs it) but kept on loopback by a dead proxy and resolver rules.
 */
export async function launchChromium(
  options: { extensionDir?: string; args?: string[]; policyExtensions?: boolean } = {},
): Promise<LaunchedChromium> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-chromium-'));
  const args = options.policyExtensions
    ? [
        ...quietArgs.filter((a) => a !== '--disable-background-networking'),
        '--proxy-server=http://127.0.0.1:9',
        '--proxy-bypass-list=127.0.0.1',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        ...(options.args ?? []),
      ]
    : [...quietArgs, ...(options.args ?? [])];
  if (options.extensionDir) {
    args.push(
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
    );
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args,
    ...(options.policyExtensions
      ? { ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'] }
      : options.extensionDir
        ? { ignoreDefaultArgs: ['--disable-extensions'] }
        : {}),
  });
  return {
    context,
    profileDir,
    async close() {
      await context.close();
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
