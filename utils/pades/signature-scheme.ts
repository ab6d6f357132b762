import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { DIGEST_BYTES, DIGESTS, OID, type DigestName } from './algorithms';

/** How the card signed, as the Web eID app reports it with each signature. */
export interface ReportedAlgorithm {
  cryptoAlgorithm: 'ECC' | 'RSA';
  hashFunction: string;
  paddingScheme: 'NONE' | 'PKCS1.5' | 'PSS';
}
export type SignatureScheme = 'ECDSA' | 'RSA-PKCS1' | 'RSA-PSS';

/** The card's signature does not check out: it is never embedded. `detail` is for logs. */
export class CardSignatureError extends Error {
  constructor(readonly detail: string) {
    super(`card signature refused: ${detail}`);
    this.name = 'CardSignatureError';
  }
}

/**
 * The scheme to verify and declare, from what the app reports. A report that contradicts the
 * key or the digest we sent cannot describe a signature over our data, so it is refused.
 */
export function schemeFor(reported: ReportedAlgorithm, keyType: 'ECC' | 'RSA', hash: DigestName): SignatureScheme {
  if (reported.cryptoAlgorithm !== keyType) throw new CardSignatureError(`${reported.cryptoAlgorithm} reported for a ${keyType} key`);
  if (reported.hashFunction !== hash) throw new CardSignatureError(`${reported.hashFunction} reported for a ${hash} digest`);
  if (keyType === 'ECC' && reported.paddingScheme === 'NONE') return 'ECDSA';
  if (keyType === 'RSA' && reported.paddingScheme === 'PKCS1.5') return 'RSA-PKCS1';
  if (keyType === 'RSA' && reported.paddingScheme === 'PSS') return 'RSA-PSS';
  throw new CardSignatureError(`padding ${reported.paddingScheme} with ${keyType}`);
}

const hashId = (hash: DigestName): pkijs.AlgorithmIdentifier =>
  new pkijs.AlgorithmIdentifier({ algorithmId: DIGESTS[hash].oid, algorithmParams: new asn1js.Null() });

/**
 * The SignerInfo's signatureAlgorithm: sha*WithRSAEncryption with NULL parameters, RSASSA-PSS
 * with its parameters (hash, MGF1 with the same hash, salt as long as the hash, trailer 1), or
 * ecdsa-with-SHA* with none (RFC 5754, RFC 4056).
 */
export function signatureAlgorithmId(scheme: SignatureScheme, hash: DigestName): pkijs.AlgorithmIdentifier {
  if (scheme === 'ECDSA') return new pkijs.AlgorithmIdentifier({ algorithmId: DIGESTS[hash].ecdsa });
  if (scheme === 'RSA-PKCS1') return new pkijs.AlgorithmIdentifier({ algorithmId: DIGESTS[hash].rsa, algorithmParams: new asn1js.Null() });
  const params = new pkijs.RSASSAPSSParams({
    hashAlgorithm: hashId(hash),
    maskGenAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.mgf1, algorithmParams: hashId(hash).toSchema() }),
    saltLength: DIGEST_BYTES[hash],
  });
  return new pkijs.AlgorithmIdentifier({ algorithmId: OID.rsassaPss, algorithmParams: params.toSchema() });
}
