import type { DigestName } from '@/utils/pades/algorithms';
import { CardSignatureError, signPdf } from '@/utils/pades/sign-pdf';
import { base64ToBytes, bytesToBase64 } from '../base64';
import type { WebEidBridge } from './bridge';
import { parseCertificate } from './certificate';
import { WebEidError } from './errors';
import type { CertificateReply } from './protocol';

const PREFERRED: DigestName[] = ['SHA-256', 'SHA-384', 'SHA-512'];

/** The first of our digests the card says it can sign. */
export function chooseHash(reply: CertificateReply): DigestName {
  const offered = new Set(reply.supportedSignatureAlgorithms.map((a) => a.hashFunction));
  const hash = PREFERRED.find((h) => offered.has(h));
  if (!hash) throw new WebEidError('ERR_WEBEID_BAD_CERTIFICATE', 'no supported hash function');
  return hash;
}

/**
 * Signs a PDF with the card (PAdES baseline B): reads the signing certificate, then asks the
 * app to sign the signed attributes' digest. Both steps run in one exclusive turn, so no
 * other request can slip in between. The signature is checked against the certificate with
 * the algorithm the app reports before it is embedded: a wrong one is ERR_WEBEID_BAD_SIGNATURE.
 */
export async function signPdfWithCard(
  bridge: WebEidBridge,
  pdf: Uint8Array,
  options: { origin: string; lang?: string; reason?: string },
): Promise<Uint8Array> {
  return bridge.exclusive(async (ops) => {
    const reply = await ops.getSigningCertificate(options.origin, options.lang);
    parseCertificate(reply.certificate); // a bad certificate fails here, before any PIN prompt
    const hash = chooseHash(reply);
    try {
      return await signPdf(
        pdf,
        {
          certificate: base64ToBytes(reply.certificate),
          hash,
          signDigest: async (digest, hashFunction) => {
            const signed = await ops.sign({
              hash: bytesToBase64(digest),
              hashFunction,
              certificate: reply.certificate,
              origin: options.origin,
              ...(options.lang ? { lang: options.lang } : {}),
            });
            return { signature: base64ToBytes(signed.signature), algorithm: signed.signatureAlgorithm };
          },
        },
        options.reason ? { reason: options.reason } : {},
      );
    } catch (error) {
      if (error instanceof WebEidError) throw error;
      if (error instanceof CardSignatureError) throw new WebEidError('ERR_WEBEID_BAD_SIGNATURE', error.detail);
      // Anything else comes from reading or writing the PDF.
      throw new WebEidError('ERR_WEBEID_BAD_PDF', error instanceof Error ? error.message : String(error));
    }
  });
}
