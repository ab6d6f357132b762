import * as pkijs from 'pkijs';
import { digest, type DigestName } from './algorithms';
import { embedSignature, prepareByteRange } from './byte-range';
import { buildSignedAttributes, buildSignedData, keyTypeOf, signedAttributesDer } from './cms';
import { ecdsaRawToDer } from './ecdsa-der';
import { addSignaturePlaceholder } from './placeholder';

/** Who signs: the card through Web eID in the extension, a software key in tests. */
export interface PdfSigner {
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  hash?: DigestName;
  /**
   * Signs a digest as Web eID does: ECDSA returns raw R||S, RSA PKCS#1 v1.5 is over the bare
   * hash (the signer adds the DigestInfo).
   */
  signDigest(digest: Uint8Array, hash: DigestName): Promise<Uint8Array>;
}

export interface SignPdfOptions {
  reason?: string;
  signingTime?: Date;
}

/**
 * PAdES baseline B: placeholder, byte range, CMS signed attributes (content-type,
 * message-digest, signing-certificate-v2), the signer's signature over their digest, and the
 * CMS embedded in /Contents. Returns the signed PDF.
 */
export async function signPdf(pdf: Uint8Array, signer: PdfSigner, options: SignPdfOptions = {}): Promise<Uint8Array> {
  const hash = signer.hash ?? 'SHA-256';
  const cert = pkijs.Certificate.fromBER(signer.certificate.slice());
  const keyType = keyTypeOf(cert);

  const withPlaceholder = await addSignaturePlaceholder(pdf, {
    reason: options.reason ?? 'Firma digitale',
    signingTime: options.signingTime ?? new Date(),
  });
  const prepared = prepareByteRange(withPlaceholder);
  const attrs = await buildSignedAttributes(cert, await digest(hash, prepared.signedBytes), hash);
  const toSign = await digest(hash, signedAttributesDer(attrs));

  const raw = await signer.signDigest(toSign, hash);
  const signatureDer = keyType === 'ECC' ? ecdsaRawToDer(raw) : raw;
  return embedSignature(prepared, buildSignedData(cert, attrs, hash, signatureDer));
}
