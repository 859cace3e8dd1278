import path from 'node:path';
import type { VigilConfig } from '../../config.js';
import { s3BlobStorage } from './s3.js';
import { type BlobStorage, localBlobStorage } from './storage.js';

export { loadMasterKey, MasterKeyError, open, seal } from './crypto.js';
export { sniffImageType } from './image-type.js';
export { type BlobService, blobService } from './service.js';
export type { BlobStorage } from './storage.js';

/** S3-compatible storage when VIGIL_S3_ENDPOINT is set, otherwise `dataDir/blobs`. */
export async function openBlobStorage(config: VigilConfig): Promise<BlobStorage> {
  if (!config.s3Endpoint) return localBlobStorage(path.join(config.dataDir, 'blobs'));
  const s3 = s3BlobStorage({
    endpoint: config.s3Endpoint,
    bucket: config.s3Bucket,
    region: config.s3Region,
    accessKeyId: config.s3AccessKeyId,
    secretAccessKey: config.s3SecretAccessKey,
  });
  await s3.ensureBucket();
  return s3;
}
