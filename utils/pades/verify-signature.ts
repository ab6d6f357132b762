import type * as pkijs from 'pkijs';
import * as asn1js from 'asn1js';
import { CURVES, DIGEST_BYTES, type DigestName } from './algorithms';
import { CardSignatureError, type SignatureScheme } from './signature-scheme';

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;

/**
 * Checks the card's signature over `signed` (the DER signed attributes) with the certificate's
 * public key, before anything is embedded: a card, app or relay that answers with other bytes
 * yields an error, never a PDF that looks signed. `raw` is as Web eID returns it (ECDSA R||S).
 */
export async function assertSignatureValid(
  cert: pkijs.Certificate,
  scheme: SignatureScheme,
  hash: DigestName,
  signed: Uint8Array,
  raw: Uint8Array,
): Promise<void> {
  let valid: boolean;
  try {
    valid = await verify(cert, scheme, hash, signed, raw);
  } catch (error) {
    throw new CardSignatureError(`cannot verify: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!valid) throw new CardSignatureError(`${scheme} ${hash} signature does not match the certificate`);
}

async function verify(cert: pkijs.Certificate, scheme: SignatureScheme, hash: DigestName, signed: Uint8Array, raw: Uint8Array): Promise<boolean> {
  const spki = buffer(new Uint8Array(cert.subjectPublicKeyInfo.toSchema().toBER(false)));
  if (scheme === 'ECDSA') {
    const key = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: curveOf(cert) }, false, ['verify']);
    return crypto.subtle.verify({ name: 'ECDSA', hash }, key, buffer(raw), buffer(signed));
  }
  const name = scheme === 'RSA-PSS' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5';
  const key = await crypto.subtle.importKey('spki', spki, { name, hash }, false, ['verify']);
  const params = scheme === 'RSA-PSS' ? { name, saltLength: DIGEST_BYTES[hash] } : { name };
  return crypto.subtle.verify(params, key, buffer(raw), buffer(signed));
}

function curveOf(cert: pkijs.Certificate): string {
  const params = cert.subjectPublicKeyInfo.algorithm.algorithmParams as unknown;
  const oid = params instanceof asn1js.ObjectIdentifier ? params.valueBlock.toString() : '';
  const curve = CURVES[oid];
  if (!curve) throw new CardSignatureError(`unsupported curve ${oid || '(none)'}`);
  return curve;
}
