// @vitest-environment node
import '@/utils/webeid/reflect-shim';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { CardSignatureError, schemeFor, type ReportedAlgorithm } from './signature-scheme';
import { assertSignatureValid } from './verify-signature';

const report = (cryptoAlgorithm: 'ECC' | 'RSA', paddingScheme: ReportedAlgorithm['paddingScheme'], hashFunction = 'SHA-256'): ReportedAlgorithm => ({
  cryptoAlgorithm,
  hashFunction,
  paddingScheme,
});

async function signerWith(algorithm: EcKeyGenParams | RsaHashedKeyGenParams): Promise<{ cert: pkijs.Certificate; keys: CryptoKeyPair }> {
  const keys = await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify']);
  const signingAlgorithm = 'namedCurve' in algorithm ? { ...algorithm, hash: 'SHA-384' } : { ...algorithm, saltLength: 32 };
  const made = await x509.X509CertificateGenerator.createSelfSigned({ serialNumber: '01', name: 'CN=PROVA', keys, signingAlgorithm });
  return { cert: pkijs.Certificate.fromBER(made.rawData), keys };
}

describe('schemeFor', () => {
  it('maps what the app reports to the scheme to verify and declare', () => {
    expect(schemeFor(report('ECC', 'NONE'), 'ECC', 'SHA-256')).toBe('ECDSA');
    expect(schemeFor(report('RSA', 'PKCS1.5'), 'RSA', 'SHA-256')).toBe('RSA-PKCS1');
    expect(schemeFor(report('RSA', 'PSS', 'SHA-384'), 'RSA', 'SHA-384')).toBe('RSA-PSS');
  });

  it('refuses a report that contradicts the key, the digest sent, or itself', () => {
    expect(() => schemeFor(report('RSA', 'PKCS1.5'), 'ECC', 'SHA-256')).toThrow(CardSignatureError);
    expect(() => schemeFor(report('ECC', 'NONE', 'SHA-512'), 'ECC', 'SHA-256')).toThrow(/SHA-512 reported for a SHA-256/);
    expect(() => schemeFor(report('ECC', 'PSS'), 'ECC', 'SHA-256')).toThrow(CardSignatureError);
    expect(() => schemeFor(report('RSA', 'NONE'), 'RSA', 'SHA-256')).toThrow(CardSignatureError);
  });
});

describe('assertSignatureValid', () => {
  const data = new TextEncoder().encode('attributi firmati');

  it('accepts ECDSA on P-384 with SHA-384 and refuses a flipped bit', async () => {
    const { cert, keys } = await signerWith({ name: 'ECDSA', namedCurve: 'P-384' });
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-384' }, keys.privateKey, data));
    await expect(assertSignatureValid(cert, 'ECDSA', 'SHA-384', data, raw)).resolves.toBeUndefined();
    raw[5]! ^= 1;
    await expect(assertSignatureValid(cert, 'ECDSA', 'SHA-384', data, raw)).rejects.toThrow(CardSignatureError);
  });

  it('accepts RSA-PSS with a salt as long as the hash, and refuses it declared as PKCS#1 v1.5', async () => {
    const { cert, keys } = await signerWith({ name: 'RSA-PSS', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' });
    const raw = new Uint8Array(await crypto.subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, keys.privateKey, data));
    await expect(assertSignatureValid(cert, 'RSA-PSS', 'SHA-256', data, raw)).resolves.toBeUndefined();
    await expect(assertSignatureValid(cert, 'RSA-PKCS1', 'SHA-256', data, raw)).rejects.toThrow(CardSignatureError);
    const shortSalt = new Uint8Array(await crypto.subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, keys.privateKey, data));
    await expect(assertSignatureValid(cert, 'RSA-PSS', 'SHA-256', data, shortSalt)).rejects.toThrow(CardSignatureError);
  });

  it('turns a signature of the wrong shape into CardSignatureError, not another error', async () => {
    const { cert } = await signerWith({ name: 'ECDSA', namedCurve: 'P-256' });
    await expect(assertSignatureValid(cert, 'ECDSA', 'SHA-256', data, new Uint8Array(3))).rejects.toThrow(CardSignatureError);
  });
});
