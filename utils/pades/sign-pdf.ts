import * as pkijs from 'pkijs';
import { digest, type DigestName } from './algorithms';
import { embedSignature, prepareByteRange } from './byte-range';
import { buildSignedAttributes, buildSignedData, keyTypeOf, signedAttributesDer } from './cms';
import { ecdsaRawToDer } from './ecdsa-der';
import { addSignaturePlaceholder } from './placeholder';
import { schemeFor, type ReportedAlgorithm } from './signature-scheme';
import { assertSignatureValid } from './verify-signature';

export { CardSignatureError, type ReportedAlgorithm } from './signature-scheme';

/** Who signs: the card through Web eID in the extension, a software key in tests. */
export interface PdfSigner {
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  hash?: DigestName;
  /**
   * Signs a digest as Web eID does (ECDSA raw R||S; RSA over the bare hash, the signer adds
   * the DigestInfo or PSS encoding) and says which algorithm it used.
   */
  signDigest(digest: Uint8Array, hash: DigestName): Promise<{ signature: Uint8Array; algorithm: ReportedAlgorithm }>;
}

export interface SignPdfOptions {
  reason?: string;
  signingTime?: Date;
}

/**
 * PAdES baseline B: placeholder, byte range, CMS signed attributes (content-type,
 * message-digest, signing-certificate-v2), the signer's signature over their digest, checked
 * against the certificate's key, and the CMS embedded in /Contents. Returns the signed PDF;
 * throws CardSignatureError when the signature does not verify.
 */
export async function signPdf(pdf: Uint8Array, signer: PdfSigner, options: SignPdfOptions = {}): Promise<Uint8Array> {
  const hash = signer.hash ?? 'SHA-256';
  const cert = pkijs.Certificate.fromBER(signer.certificate.slice());
  const keyType = keyTypeOf(cert);

  const placed = await addSignaturePlaceholder(pdf, {
    reason: options.reason ?? 'Firma digitale',
    signingTime: options.signingTime ?? new Date(),
  });
  const prepared = prepareByteRange(placed.pdf, placed.signatureObject);
  const attrs = await buildSignedAttributes(cert, await digest(hash, prepared.signedBytes), hash);
  const attrsDer = signedAttributesDer(attrs);

  const signed = await signer.signDigest(await digest(hash, attrsDer), hash);
  const scheme = schemeFor(signed.algorithm, keyType, hash);
  await assertSignatureValid(cert, scheme, hash, attrsDer, signed.signature);
  const der = scheme === 'ECDSA' ? ecdsaRawToDer(signed.signature) : signed.signature;
  return embedSignature(prepared, buildSignedData(cert, attrs, { der, scheme, hash }));
}
