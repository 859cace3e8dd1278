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

/** A headless Chromium with a fresh profile; with `extensionDir`, that unpacked extension loaded. */
export async function launchChromium(
  options: { extensionDir?: string; args?: string[] } = {},
): Promise<LaunchedChromium> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-chromium-'));
  const args = [...quietArgs, ...(options.args ?? [])];
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
    ...(options.extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
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
