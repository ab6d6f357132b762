// @vitest-environment node
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecdsaRawToDer } from './ecdsa-der';

describe('ecdsaRawToDer', () => {
  it('produces the same DER that OpenSSL verifies, for many signatures', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    for (let i = 0; i < 200; i++) {
      const data = Buffer.from(`messaggio ${i}`);
      const raw = sign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      const der = ecdsaRawToDer(raw);
      expect(verify('sha256', data, { key: publicKey, dsaEncoding: 'der' }, der)).toBe(true);
    }
  });

  it('drops leading zeros and adds 0x00 before a high bit', () => {
    const raw = new Uint8Array(64);
    raw[31] = 0x05; // r = 5
    raw[32] = 0x80; // s has its top bit set
    const der = ecdsaRawToDer(raw);
    expect(Array.from(der.subarray(0, 7))).toEqual([0x30, 3 + 35, 0x02, 0x01, 0x05, 0x02, 0x21]);
    expect(der[7]).toBe(0x00);
    expect(der[8]).toBe(0x80);
  });

  it('is a well-formed SEQUENCE of two INTEGERs for any R||S', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 64, maxLength: 64 }), (raw) => {
        const der = ecdsaRawToDer(raw);
        expect(der[0]).toBe(0x30);
        expect(der[1]).toBe(der.length - 2);
        expect(der[2]).toBe(0x02);
      }),
    );
  });

  it('throws on odd or empty input', () => {
    expect(() => ecdsaRawToDer(new Uint8Array(63))).toThrow();
    expect(() => ecdsaRawToDer(new Uint8Array(0))).toThrow();
  });
});
