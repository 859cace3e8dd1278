import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Where encrypted blobs live: a local folder by default, or an S3-compatible bucket. */
export interface BlobStorage {
  readonly kind: 'local' | 's3';
  /** Writes the whole object durably before resolving. */
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | undefined>;
  delete(key: string): Promise<void>;
  /** Every stored key under `prefix`, with when it was last written (epoch ms). */
  list(prefix: string): AsyncIterable<{ key: string; modifiedAt: number }>;
}

const safeKey = /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

function checkKey(key: string): void {
  if (!safeKey.test(key) || key.includes('..')) throw new Error(`unsafe blob key '${key}'`);
}

/** Files under `root`; writes go to a temporary file, are fsynced, then renamed into place. */
export function localBlobStorage(root: string): BlobStorage {
  return {
    kind: 'local',
    async put(key, data) {
      checkKey(key);
      const target = path.join(root, key);
      const dir = path.dirname(target);
      const created = await fs.mkdir(dir, { recursive: true });
      const temp = `${target}.${randomUUID()}.tmp`;
      const handle = await fs.open(temp, 'wx', 0o600);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
      // The rename (and any folder just made) is durable only once its folder is synced: else a
      // power cut could keep the committed capture row and lose its screenshot.
      await syncDirectory(dir);
      if (created) {
        // Each new folder's entry lives in its parent, up to the folder that already existed.
        for (let d = dir; d.length >= created.length; d = path.dirname(d))
          await syncDirectory(path.dirname(d));
      }
    },
    async get(key) {
      checkKey(key);
      try {
        return await fs.readFile(path.join(root, key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async delete(key) {
      checkKey(key);
      await fs.rm(path.join(root, key), { force: true });
    },
    async *list(prefix) {
      const base = path.join(root, prefix);
      let entries: string[];
      try {
        entries = (await fs.readdir(base, { recursive: true })) as string[];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const entry of entries) {
        const full = path.join(base, entry);
        const stat = await fs.stat(full).catch(() => undefined);
        if (!stat?.isFile()) continue;
        // An interrupted write leaves a .tmp file: it is an orphan like any other.
        yield { key: path.relative(root, full).split(path.sep).join('/'), modifiedAt: stat.mtimeMs };
      }
    },
  };
}

/** fsync a directory, so the entries just created or renamed in it survive a power cut. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
