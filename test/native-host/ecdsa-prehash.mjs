// @ts-check
// ECDSA P-256 over a digest the caller already computed, as a card does. Node's crypto only
// signs messages it hashes itself, hence this small BigInt implementation (test use only).
import { randomBytes } from 'node:crypto';

const P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn;
const N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;
const A = P - 3n;
const G = [
  0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
  0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
];

/** @param {bigint} a @param {bigint} m */
const mod = (a, m) => ((a % m) + m) % m;
/** @param {bigint} a @param {bigint} m */
function inv(a, m) {
  let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}
/** @typedef {[bigint, bigint] | null} Point */
/** @param {Point} p @param {Point} q @returns {Point} */
function add(p, q) {
  if (!p) return q;
  if (!q) return p;
  if (p[0] === q[0] && mod(p[1] + q[1], P) === 0n) return null;
  const l = p[0] === q[0] && p[1] === q[1]
    ? mod((3n * p[0] * p[0] + A) * inv(2n * p[1], P), P)
    : mod((q[1] - p[1]) * inv(q[0] - p[0], P), P);
  const x = mod(l * l - p[0] - q[0], P);
  return [x, mod(l * (p[0] - x) - p[1], P)];
}
/** @param {bigint} k @param {Point} point @returns {Point} */
function multiply(k, point) {
  let result = /** @type {Point} */ (null);
  let addend = point;
  for (; k > 0n; k >>= 1n) {
    if (k & 1n) result = add(result, addend);
    addend = add(addend, addend);
  }
  return result;
}
/** @param {Uint8Array} bytes */
const toBig = (bytes) => BigInt(`0x${Buffer.from(bytes).toString('hex') || '0'}`);
/** @param {bigint} n */
const to32 = (n) => Buffer.from(n.toString(16).padStart(64, '0'), 'hex');

/**
 * Raw R||S (64 bytes) over `digest` with private scalar `d` (JWK "d", base64url).
 * @param {string} dBase64Url @param {Uint8Array} digest
 */
export function signDigestP256(dBase64Url, digest) {
  const d = toBig(Buffer.from(dBase64Url, 'base64url'));
  // FIPS 186: use the leftmost 256 bits of a longer digest.
  const e = toBig(digest.subarray(0, 32));
  for (;;) {
    const k = mod(toBig(randomBytes(40)), N - 1n) + 1n;
    const point = multiply(k, G);
    if (!point) continue;
    const r = mod(point[0], N);
    const s = mod(inv(k, N) * (e + r * d), N);
    if (r !== 0n && s !== 0n) return Buffer.concat([to32(r), to32(s)]);
  }
}
