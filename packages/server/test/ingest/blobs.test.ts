import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { loadMasterKey, open, seal } from '../../src/features/blobs/crypto.js';
import { s3BlobStorage } from '../../src/features/blobs/s3.js';
import { type BlobStorage, localBlobStorage } from '../../src/features/blobs/storage.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-blobs-'));

// One contract for every blob storage: a local folder, and a real S3-compatible server (s3rver).
const targets: { name: string; storage: () => BlobStorage }[] = [];
let local: BlobStorage;
let s3: BlobStorage;
let server: S3rver | undefined;
beforeAll(async () => {
  local = localBlobStorage(tmp());
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: tmp() });
  const { port } = (await server.run()) as unknown as { port: number };
  const bucket = s3BlobStorage({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'vigil-test',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  });
  await bucket.ensureBucket();
  await bucket.ensureBucket(); // idempotent
  s3 = bucket;
});
afterAll(async () => {
  await server?.close();
});
targets.push({ name: 'local folder', storage: () => local }, { name: 's3 (s3rver)', storage: () => s3 });

for (const target of targets) {
  describe(`blob storage contract [${target.name}]`, () => {
    test('put, get, list, delete', async () => {
      const storage = target.storage();
      const data = Buffer.from(Array.from({ length: 70_000 }, (_, i) => i % 251));
      await storage.put('screenshot/school-a/one', data);
      await storage.put('screenshot/school-a/two', Buffer.from('2'));
      await storage.put('thumbnail/school-a/three', Buffer.from('3'));
      expect((await storage.get('screenshot/school-a/one'))?.equals(data)).toBe(true);
      expect(await storage.get('screenshot/school-a/missing')).toBeUndefined();
      const listed: string[] = [];
      for await (const item of storage.list('screenshot/')) {
        listed.push(item.key);
        expect(item.modifiedAt).toBeGreaterThan(Date.now() - 60_000);
      }
      expect(listed.sort()).toEqual(['screenshot/school-a/one', 'screenshot/school-a/two']);
      await storage.delete('screenshot/school-a/one');
      await storage.delete('screenshot/school-a/one'); // deleting twice is fine
      expect(await storage.get('screenshot/school-a/one')).toBeUndefined();
    });
  });
}

describe('local storage durability', () => {
  // Found in review: the rename into place was never made durable, so after a power cut a
  // committed capture row could outlive its screenshot file.
  test('a write syncs the folder it renames into and every folder it had to create', async () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'school'));
    const opened = vi.spyOn(fsPromises, 'open');
    try {
      await localBlobStorage(root).put('school/2026/11/blob.bin', Buffer.from('x'));
      const synced = opened.mock.calls.filter(([, flags]) => flags === 'r').map(([p]) => String(p));
      expect(synced).toEqual([
        path.join(root, 'school/2026/11'),
        path.join(root, 'school/2026'),
        path.join(root, 'school'),
      ]);
    } finally {
      opened.mockRestore();
    }
  });
});

describe('encryption at rest', () => {
  test('AES-256-GCM: round trip, and tampering or the wrong purpose fails', () => {
    const key = Buffer.alloc(32, 1);
    const sealed = seal(key, Buffer.from('secret screenshot'), 'blob:1');
    expect(sealed.includes(Buffer.from('secret'))).toBe(false);
    expect(open(key, sealed, 'blob:1').toString()).toBe('secret screenshot');
    expect(() => open(key, sealed, 'blob:2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => open(key, tampered, 'blob:1')).toThrow();
    expect(() => open(Buffer.alloc(32, 2), sealed, 'blob:1')).toThrow();
  });

  test('the master key is generated once into dataDir/master.key with 0600 permissions', () => {
    const dataDir = tmp();
    const first = loadMasterKey({ masterKey: '', dataDir });
    const second = loadMasterKey({ masterKey: '', dataDir });
    expect(first.equals(second)).toBe(true);
    expect(first.length).toBe(32);
    expect(fs.statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
    const configured = Buffer.alloc(32, 9).toString('base64');
    expect(loadMasterKey({ masterKey: configured, dataDir }).equals(Buffer.alloc(32, 9))).toBe(true);
    expect(() => loadMasterKey({ masterKey: 'c2hvcnQ=', dataDir })).toThrow(/32 bytes/);
  });
});
