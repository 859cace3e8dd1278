import path from 'node:path';
import type { VigilConfig } from '../../config.js';
import { blobService, loadMasterKey, openBlobStorage } from '../blobs/index.js';
import type { BlobService } from '../blobs/service.js';
import type { BlobStorage } from '../blobs/storage.js';
import { loadServerScanner, type ServerScanner } from './scanner.js';

/** What ingest and the worker share in one process: blob storage with the master key, and the engine. */
export interface IngestRuntime {
  blobs: BlobService;
  scanner: ServerScanner | null;
}

let scanner: Promise<ServerScanner | null> | undefined;

export async function createIngestRuntime(
  config: VigilConfig,
  options: { storage?: BlobStorage; log?: (message: string) => void } = {},
): Promise<IngestRuntime> {
  const storage = options.storage ?? (await openBlobStorage(config));
  scanner ??= loadServerScanner({
    cacheDir: path.join(config.dataDir, 'rules-cache'),
    ...(options.log ? { log: options.log } : {}),
  });
  return { blobs: blobService(storage, loadMasterKey(config)), scanner: await scanner };
}
