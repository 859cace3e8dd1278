import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { extensionId, packCrx3, publicKeyDer, zipFiles } from './crx.js';

/**
 * The Chrome extension as a self-hosted, force-installable package: the built extension
 * (packages/extension/dist) zipped and signed into a CRX3 with the school's agent signing key.
 *
 * Only the public key of the Web Store / development id is in the repository, so a self-hosted
 * server signs with its own RSA key: VIGIL_AGENT_SIGNING_KEY (a PEM file) or, when unset,
 * `dataDir/agent-signing-key.pem`, generated on first use. The extension id follows from that key
 * (the packed manifest's `key` is set to it, as Chrome does on install); keep the file, or every
 * device would see a new extension.
 */

export interface ChromePackage {
  id: string;
  version: string;
  crx: Buffer;
  sha256: string;
}

export class AgentPackageError extends Error {}

/** The signing key: the configured PEM file, else one generated (0600) into the data folder. */
export function loadSigningKey(options: { agentSigningKey: string; dataDir: string }): KeyObject {
  let file = options.agentSigningKey;
  if (!file) {
    file = path.join(options.dataDir, 'agent-signing-key.pem');
    fs.mkdirSync(options.dataDir, { recursive: true });
    if (!fs.existsSync(file)) {
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      try {
        fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
          flag: 'wx',
          mode: 0o600,
        });
      } catch (error) {
        // Another process started at the same time and wrote it first: use theirs.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }
  let key: KeyObject;
  try {
    key = createPrivateKey(fs.readFileSync(file));
  } catch (error) {
    throw new AgentPackageError(`agent signing key ${file}: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'rsa') throw new AgentPackageError(`agent signing key ${file}: must be RSA`);
  return key;
}

/** The built extension's folder: VIGIL_AGENT_EXTENSION_DIR, else @vigil/extension's dist. */
export function extensionDist(configured: string): string | undefined {
  if (configured) return configured;
  try {
    const require = createRequire(import.meta.url);
    return path.join(path.dirname(require.resolve('@vigil/extension/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

function listFiles(root: string, dir = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...listFiles(root, rel));
    else if (entry.isFile() && !rel.endsWith('.map')) out.push(rel);
  }
  return out.sort();
}

/** Zips and signs the unpacked extension in `dir` (source maps left out). */
export function buildChromePackage(dir: string, key: KeyObject): ChromePackage {
  const manifestFile = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestFile)) {
    throw new AgentPackageError(`the extension has not been built (no ${manifestFile}); run npm run build`);
  }
  const spki = publicKeyDer(key);
  const files = listFiles(dir).map((name) => {
    let data = fs.readFileSync(path.join(dir, name));
    if (name === 'manifest.json') {
      const manifest = JSON.parse(data.toString('utf8')) as { key?: string };
      manifest.key = spki.toString('base64');
      data = Buffer.from(JSON.stringify(manifest, null, 2));
    }
    return { name, data };
  });
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { version?: string };
  if (!manifest.version) throw new AgentPackageError(`${manifestFile}: no version`);
  const crx = packCrx3(zipFiles(files), key);
  return {
    id: extensionId(spki),
    version: manifest.version,
    crx,
    sha256: createHash('sha256').update(crx).digest('hex'),
  };
}

const xmlAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The update manifest (Omaha "gupdate" XML) Chrome reads from an ExtensionInstallForcelist URL. */
export function updateManifest(
  pkg: Pick<ChromePackage, 'id' | 'version' | 'sha256'>,
  codebase: string,
): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttr(pkg.id)}'>`,
    `    <updatecheck codebase='${xmlAttr(codebase)}' version='${xmlAttr(pkg.version)}' hash_sha256='${pkg.sha256}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}
