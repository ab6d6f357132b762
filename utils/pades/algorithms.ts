/** Digest algorithms a PAdES signature here may use, with their OIDs. */
export const DIGESTS = {
  'SHA-256': { oid: '2.16.840.1.101.3.4.2.1', ecdsa: '1.2.840.10045.4.3.2', rsa: '1.2.840.113549.1.1.11' },
  'SHA-384': { oid: '2.16.840.1.101.3.4.2.2', ecdsa: '1.2.840.10045.4.3.3', rsa: '1.2.840.113549.1.1.12' },
  'SHA-512': { oid: '2.16.840.1.101.3.4.2.3', ecdsa: '1.2.840.10045.4.3.4', rsa: '1.2.840.113549.1.1.13' },
} as const;
export type DigestName = keyof typeof DIGESTS;

export const OID = {
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  ecPublicKey: '1.2.840.10045.2.1',
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
} as const;

/** Named curves of EC keys (SubjectPublicKeyInfo parameters), as WebCrypto names them. */
export const CURVES: Record<string, 'P-256' | 'P-384' | 'P-521'> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/** Digest length in bytes: RSA-PSS salts are this long (as PKCS#11 cards sign through Web eID). */
export const DIGEST_BYTES: Record<DigestName, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

/** SHA digest with WebCrypto (available in the worker and in Node). */
export async function digest(name: DigestName, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(name, data as Uint8Array<ArrayBuffer>));
}
