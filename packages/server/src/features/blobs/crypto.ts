import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Envelope encryption. Each school has its own AES-256 data key; it is stored only wrapped
 * (AES-256-GCM) by the master key, which lives outside the database (configuration or a 0600 file).
 * A stolen disk or database dump without the master key yields neither keys nor screenshots.
 *
 * Sealed format: version byte 0x01 | 12-byte IV | 16-byte GCM tag | ciphertext. The additional data
 * binds a ciphertext to its purpose (the blob id, or the school for a wrapped key), so blobs cannot
 * be swapped between records unnoticed.
 */
const VERSION = 1;

export function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  if (sealed.length < 29 || sealed[0] !== VERSION) throw new Error('not a sealed Vigil blob');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(13, 29));
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
}

export class MasterKeyError extends Error {}

/**
 * The master key: VIGIL_MASTER_KEY (base64, 32 bytes) when set; otherwise `dataDir/master.key`,
 * generated with 0600 permissions on first start. Several processes starting at once agree: the
 * file is created exclusively and the losers read the winner's key.
 */
export function loadMasterKey(options: { masterKey: string; dataDir: string }): Buffer {
  if (options.masterKey) {
    const key = Buffer.from(options.masterKey, 'base64');
    if (key.length !== 32) throw new MasterKeyError('VIGIL_MASTER_KEY: must be 32 bytes, base64-encoded');
    return key;
  }
  const file = path.join(options.dataDir, 'master.key');
  fs.mkdirSync(options.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new MasterKeyError(`${file}: must hold 32 bytes, base64-encoded`);
  return key;
}
