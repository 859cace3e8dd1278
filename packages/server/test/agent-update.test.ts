import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, describe, expect, test } from 'vitest';
import { extensionId, publicKeyDer, verifyCrx3 } from '../src/features/agent-update/crx.js';
import { loadSigningKey } from '../src/features/agent-update/package.js';
import { agentUpdateRoutes } from '../src/features/agent-update/routes.js';
import { Client, closeAll, makeUser, world } from './auth/helpers.js';

afterAll(closeAll);

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A small built extension: manifest with the repository's key, a worker, an icon, a source map. */
function fakeExtension(version = '1.2.3'): string {
  const dir = tmp('vigil-ext-');
  fs.mkdirSync(path.join(dir, 'icons'));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ manifest_version: 3, name: 'Vigil', version, key: 'MIIBIjANrepositorykey' }),
  );
  fs.writeFileSync(path.join(dir, 'worker.js'), `console.log('${'vigil '.repeat(200)}');`);
  fs.writeFileSync(path.join(dir, 'worker.js.map'), '{"mappings":""}');
  fs.writeFileSync(path.join(dir, 'icons', '16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  return dir;
}

/** Reads a zip's entries by its central directory (independent of the writer). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(dataAt, dataAt + size);
    const data = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    expect(zlib.crc32(data), name).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength + extra;
  }
  return files;
}

async function serve(config: { agentSigningKey?: string; agentExtensionDir: string; dataDir?: string }) {
  const app = Fastify();
  agentUpdateRoutes(app, {
    config: { agentSigningKey: '', dataDir: tmp('vigil-data-'), ...config },
  });
  await app.ready();
  return app;
}

// Building the full app (the whole rules library compiled, the console, every route) took 14 s
// alone and 46 s beside the rest of the server suite on a loaded 2-core machine.
const FULL_APP_TIMEOUT_MS = 120_000;

describe('self-hosted Chrome extension: update manifest and CRX3', () => {
  test('update.xml names the id of the signing key, the version and the codebase; the CRX3 verifies', async () => {
    const keyFile = path.join(tmp('vigil-key-'), 'agent.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    fs.writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const spki = publicKeyDer(createPrivateKey(fs.readFileSync(keyFile)));
    const id = extensionId(spki);
    const dir = fakeExtension('1.2.3');
    const app = await serve({ agentSigningKey: keyFile, agentExtensionDir: dir });

    const xml = await app.inject({
      url: '/agent/chrome/update.xml?x=id%3Dabc%26v%3D1.0%26uc',
      headers: { host: 'vigil.school.test:8443', 'x-forwarded-proto': 'https' },
    });
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xml.body).toMatch(/^<\?xml version='1\.0' encoding='UTF-8'\?>\n<gupdate /);
    expect(xml.body).toContain("xmlns='http://www.google.com/update2/response' protocol='2.0'");
    expect(xml.body).toContain(`<app appid='${id}'>`);
    expect(xml.body).toContain("version='1.2.3'");
    // Without trustProxy (this bare app) the protocol is the connection's: http.
    expect(xml.body).toContain("codebase='http://vigil.school.test:8443/agent/chrome/vigil.crx'");

    const crx = await app.inject({ url: '/agent/chrome/vigil.crx' });
    expect(crx.statusCode).toBe(200);
    expect(crx.headers['content-type']).toBe('application/x-chrome-extension');
    const bytes = crx.rawPayload;
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('Cr24');
    expect(bytes.readUInt32LE(4)).toBe(3);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(xml.body).toContain(`hash_sha256='${sha256}'`);
    expect(crx.headers.etag).toBe(`"${sha256}"`);

    const verified = verifyCrx3(bytes);
    expect(verified.id).toBe(id);
    expect(verified.publicKey.equals(spki)).toBe(true);
    const files = unzip(verified.zip);
    expect([...files.keys()]).toEqual(['icons/16.png', 'manifest.json', 'worker.js']);
    expect(files.get('worker.js')!.equals(fs.readFileSync(path.join(dir, 'worker.js')))).toBe(true);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    // The packed manifest's key is the signing key, so the id is the same everywhere.
    expect(manifest).toMatchObject({ version: '1.2.3', key: spki.toString('base64') });

    // A changed byte anywhere in the archive breaks the signature.
    const tampered = Buffer.from(bytes);
    tampered[tampered.length - 30]! ^= 1;
    expect(() => verifyCrx3(tampered)).toThrow(/signature/);
    expect(() => verifyCrx3(Buffer.from('PK\x03\x04not a crx'))).toThrow(/Cr24/);

    // A rebuilt extension (new manifest) is packed again.
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Vigil', version: '1.2.4' }),
    );
    fs.utimesSync(path.join(dir, 'manifest.json'), new Date(), new Date(Date.now() + 5000));
    expect((await app.inject({ url: '/agent/chrome/update.xml' })).body).toContain("version='1.2.4'");
    await app.close();
  });

  test('without a configured key one is generated into the data folder and kept', async () => {
    const dataDir = tmp('vigil-data-');
    const first = loadSigningKey({ agentSigningKey: '', dataDir });
    const again = loadSigningKey({ agentSigningKey: '', dataDir });
    expect(publicKeyDer(again).equals(publicKeyDer(first))).toBe(true);
    const file = path.join(dataDir, 'agent-signing-key.pem');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const app = await serve({ agentExtensionDir: fakeExtension(), dataDir });
    const xml = (await app.inject({ url: '/agent/chrome/update.xml' })).body;
    expect(xml).toContain(`appid='${extensionId(publicKeyDer(first))}'`);
    await app.close();
    expect(() => loadSigningKey({ agentSigningKey: path.join(dataDir, 'missing.pem'), dataDir })).toThrow(
      /agent signing key/,
    );
  });

  test('an unbuilt extension is a plain 404, not an error page', async () => {
    const app = await serve({ agentExtensionDir: tmp('vigil-empty-') });
    for (const url of ['/agent/chrome/update.xml', '/agent/chrome/vigil.crx']) {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(404);
      expect(response.body).toMatch(/has not been built/);
    }
    await app.close();
  });

  test(
    'the full app serves both without a session (Chrome sends no credentials)',
    async () => {
      const w = (await world('sqlite', { app: 'full' }))!;
      for (const url of ['/agent/chrome/update.xml', '/agent/chrome/vigil.crx']) {
        const response = await w.app.inject({ url });
        // 404 when packages/extension/dist is not built in this checkout; never a refusal.
        expect([200, 404], `${url}: ${response.statusCode}`).toContain(response.statusCode);
      }
    },
    FULL_APP_TIMEOUT_MS,
  );

  test('the console learns the extension id and the update URL (read-only, same as update.xml)', async () => {
    const dataDir = tmp('vigil-data-');
    const id = extensionId(publicKeyDer(loadSigningKey({ agentSigningKey: '', dataDir })));
    const app = await serve({ agentExtensionDir: fakeExtension('2.0.1'), dataDir });
    const info = await app.inject({
      url: '/api/console/v1/agent/chrome',
      headers: { host: 'vigil.school.test:8443' },
    });
    expect(info.statusCode).toBe(200);
    expect(info.json()).toEqual({
      extensionId: id,
      version: '2.0.1',
      updateUrl: 'http://vigil.school.test:8443/agent/chrome/update.xml',
      serverUrl: 'http://vigil.school.test:8443',
      unavailable: null,
    });
    const xml = await app.inject({ url: '/agent/chrome/update.xml', headers: { host: 'vigil.school.test' } });
    expect(xml.body).toContain(`appid='${id}'`);
    await app.close();

    const unbuilt = await serve({ agentExtensionDir: tmp('vigil-empty-') });
    const none = (await unbuilt.inject({ url: '/api/console/v1/agent/chrome' })).json();
    expect(none).toMatchObject({ extensionId: null, version: null });
    expect(none.unavailable).toMatch(/has not been built/);
    await unbuilt.close();
  });

  test(
    'in the full app only users with devices.manage may read it',
    async () => {
      const w = (await world('sqlite', { app: 'full' }))!;
      const tech = await makeUser(w, { org: w.orgA, roles: [{ role: 'technician', schoolId: w.schoolA }] });
      const dsl = await makeUser(w, {
        org: w.orgA,
        roles: [{ role: 'dsl', schoolId: w.schoolA }],
        totp: true,
        trained: true,
      });
      const url = '/api/console/v1/agent/chrome';
      expect((await w.app.inject({ url })).statusCode).toBe(401);
      const asTech = new Client(w.app);
      await asTech.signInFully(w, tech.login);
      // Behind a TLS-terminating proxy (the full app trusts X-Forwarded-*): the address people use.
      const info = await asTech.request({
        method: 'GET',
        url,
        headers: { host: 'vigil.school.test', 'x-forwarded-proto': 'https' },
      });
      expect(info.statusCode).toBe(200);
      expect(info.json()).toMatchObject({
        updateUrl: 'https://vigil.school.test/agent/chrome/update.xml',
        serverUrl: 'https://vigil.school.test',
      });
      const asDsl = new Client(w.app);
      await asDsl.signInFully(w, dsl.login);
      expect((await asDsl.request({ method: 'GET', url })).statusCode).toBe(403);
    },
    FULL_APP_TIMEOUT_MS,
  );
});
