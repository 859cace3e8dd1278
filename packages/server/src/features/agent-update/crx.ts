import { createHash, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { type Zippable, zipSync } from 'fflate';

/**
 * CRX3 packing with node:crypto (no dependency): a Chrome extension package is
 *
 *   "Cr24" | version 3 (uint32 LE) | header length (uint32 LE) | CrxFileHeader (protobuf) | zip
 *
 * CrxFileHeader (components/crx_file/crx3.proto) holds `sha256_with_rsa` = 2 (AsymmetricKeyProof:
 * public_key = 1, the SPKI DER; signature = 2) and `signed_header_data` = 10000 (SignedData: crx_id = 1,
 * the first 16 bytes of sha256(SPKI)). The RSA PKCS#1 v1.5 SHA-256 signature covers
 * "CRX3 SignedData\0" | uint32 LE length of signed_header_data | signed_header_data | zip.
 * The extension id is crx_id in hex with the digits 0-f written as the letters a-p.
 */

const MAGIC = Buffer.from('Cr24', 'latin1');
const SIGNATURE_CONTEXT = Buffer.from('CRX3 SignedData\x00', 'latin1');

function varint(n: number): Buffer {
  const bytes: number[] = [];
  while (n > 0x7f) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
  return Buffer.from(bytes);
}

/** One length-delimited protobuf field (wire type 2). */
function field(number: number, value: Buffer): Buffer {
  return Buffer.concat([varint(number * 8 + 2), varint(value.length), value]);
}

function uint32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}

export function publicKeyDer(key: KeyObject): Buffer {
  return (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
}

/** The 16-byte CRX id of a public key (SPKI DER). */
export function crxId(spki: Buffer): Buffer {
  return createHash('sha256').update(spki).digest().subarray(0, 16);
}

/** The extension id Chrome shows for a public key (SPKI DER). */
export function extensionId(spki: Buffer): string {
  return [...crxId(spki).toString('hex')]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');
}

function signedPayload(signedHeaderData: Buffer, zip: Buffer): Buffer {
  return Buffer.concat([SIGNATURE_CONTEXT, uint32(signedHeaderData.length), signedHeaderData, zip]);
}

/** Packs a zip of the extension into a CRX3 signed with an RSA private key. */
export function packCrx3(zip: Buffer, privateKey: KeyObject): Buffer {
  const spki = publicKeyDer(privateKey);
  const signedHeaderData = field(1, crxId(spki));
  const signature = sign('sha256', signedPayload(signedHeaderData, zip), privateKey);
  const header = Buffer.concat([
    field(2, Buffer.concat([field(1, spki), field(2, signature)])),
    field(10000, signedHeaderData),
  ]);
  return Buffer.concat([MAGIC, uint32(3), uint32(header.length), header, zip]);
}

/** Length-delimited fields of a protobuf message (the only wire type CRX3 headers use). */
function readFields(message: Buffer): { number: number; value: Buffer }[] {
  const fields: { number: number; value: Buffer }[] = [];
  let at = 0;
  const readVarint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = message[at++];
      if (byte === undefined) throw new Error('truncated protobuf');
      result += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return result;
      shift += 7;
    }
  };
  while (at < message.length) {
    const tag = readVarint();
    if ((tag & 7) !== 2) throw new Error(`unexpected wire type ${tag & 7}`);
    const length = readVarint();
    fields.push({ number: Math.floor(tag / 8), value: message.subarray(at, at + length) });
    at += length;
  }
  return fields;
}

/**
 * Reads and verifies a CRX3 the way Chrome does: the magic, the version, a SHA-256 RSA proof whose
 * key hashes to the signed crx_id, and a valid signature over the archive. Throws when any fails.
 */
export function verifyCrx3(crx: Buffer): { id: string; publicKey: Buffer; zip: Buffer } {
  if (!crx.subarray(0, 4).equals(MAGIC)) throw new Error('not a CRX file (no Cr24 magic)');
  if (crx.readUInt32LE(4) !== 3) throw new Error(`CRX version ${crx.readUInt32LE(4)}, expected 3`);
  const headerLength = crx.readUInt32LE(8);
  const header = crx.subarray(12, 12 + headerLength);
  const zip = crx.subarray(12 + headerLength);
  const fields = readFields(header);
  const signedHeaderData = fields.find((f) => f.number === 10000)?.value;
  if (!signedHeaderData) throw new Error('no signed header data');
  const id = readFields(signedHeaderData).find((f) => f.number === 1)?.value ?? Buffer.alloc(0);
  if (id.length !== 16) throw new Error('no 16-byte crx_id');
  for (const proof of fields.filter((f) => f.number === 2)) {
    const parts = readFields(proof.value);
    const publicKey = parts.find((p) => p.number === 1)?.value;
    const signature = parts.find((p) => p.number === 2)?.value;
    if (!publicKey || !signature || !crxId(publicKey).equals(id)) continue;
    const key = createPublicKey({ key: publicKey, format: 'der', type: 'spki' });
    if (!verify('sha256', signedPayload(signedHeaderData, zip), key, signature)) {
      throw new Error('CRX signature does not verify');
    }
    return { id: extensionId(publicKey), publicKey, zip };
  }
  throw new Error('no RSA proof whose key matches the crx_id');
}

/**
 * The extension's files as a zip (deflate). Entries carry a fixed timestamp so the same files
 * always give the same archive.
 */
export function zipFiles(files: { name: string; data: Buffer }[]): Buffer {
  const mtime = new Date(1980, 0, 1);
  const entries: Zippable = {};
  for (const file of files) entries[file.name] = [new Uint8Array(file.data), { level: 9, mtime }];
  return Buffer.from(zipSync(entries));
}
