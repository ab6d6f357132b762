// @ts-check
// RSASSA-PSS over a digest the caller already computed, as a card does (Node's crypto only
// signs messages it hashes itself): EMSA-PSS encoding (RFC 8017 9.1.1), salt as long as the
// digest, MGF1 with the same hash, then raw RSA with the private key. Test use only.
import { constants, createHash, privateEncrypt, randomBytes } from 'node:crypto';

const NODE_HASH = { 32: 'sha256', 48: 'sha384', 64: 'sha512' };

/** @param {Buffer} seed @param {number} length @param {string} hash */
function mgf1(seed, length, hash) {
  const blocks = [];
  for (let counter = 0; blocks.length * seed.length < length; counter++) {
    const c = Buffer.alloc(4);
    c.writeUInt32BE(counter);
    blocks.push(createHash(hash).update(seed).update(c).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/**
 * @param {import('node:crypto').KeyObject} key an RSA private key
 * @param {Buffer} digest SHA-256, SHA-384 or SHA-512 of the message
 */
export function signDigestPss(key, digest) {
  const hash = NODE_HASH[/** @type {32 | 48 | 64} */ (digest.length)];
  if (!hash) throw new Error(`no PSS for a ${digest.length}-byte digest`);
  const modBits = key.asymmetricKeyDetails?.modulusLength ?? 0;
  const emBits = modBits - 1;
  const emLen = Math.ceil(emBits / 8);
  const salt = randomBytes(digest.length);
  const h = createHash(hash).update(Buffer.alloc(8)).update(digest).update(salt).digest();
  const db = Buffer.concat([Buffer.alloc(emLen - salt.length - h.length - 2), Buffer.from([1]), salt]);
  const mask = mgf1(h, db.length, hash);
  for (let i = 0; i < db.length; i++) db[i] ^= mask[i] ?? 0;
  db[0] = (db[0] ?? 0) & (0xff >> (8 * emLen - emBits));
  const em = Buffer.concat([db, h, Buffer.from([0xbc])]);
  const input = emLen < modBits / 8 ? Buffer.concat([Buffer.alloc(1), em]) : em;
  return privateEncrypt({ key, padding: constants.RSA_NO_PADDING }, input);
}
