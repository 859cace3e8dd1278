import type { Db } from '../../db/open.js';
import { notFound } from '../../http/errors.js';
import type { BlobService } from '../blobs/service.js';
import type { ScreenshotReader } from './routes.js';

/** Screenshots read through the blob service: fetched and decrypted with the school's key. */
export function blobScreenshots(db: Db, blobs: BlobService): ScreenshotReader {
  return {
    async read({ schoolId, blobId }) {
      const blob = await blobs.read(db, schoolId, blobId);
      if (!blob) throw notFound('the screenshot is gone (retention may have removed it)');
      return { contentType: blob.contentType, body: blob.data };
    },
  };
}
