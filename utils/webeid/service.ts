import { base64ToBytes, bytesToBase64 } from '../base64';
import type { WebEidBridge } from './bridge';
import { summarizeCertificate } from './certificate';
import { toWebEidError } from './errors';
import type { ReadSigningCertificateRequest, ReadSigningCertificateResult, SignPdfRequest, SignPdfResult } from './messages';
import { DEFAULT_ORIGIN } from './protocol';
import { signPdfWithCard } from './sign-with-card';

/** Reads the signing certificate and summarises it; failures become a code, never a throw. */
export async function readSigningCertificate(
  bridge: WebEidBridge,
  request: ReadSigningCertificateRequest,
  now: Date = new Date(),
): Promise<ReadSigningCertificateResult> {
  try {
    const reply = await bridge.exclusive((ops) => ops.getSigningCertificate(request.origin ?? DEFAULT_ORIGIN, request.lang));
    return { ok: true, certificate: summarizeCertificate(reply.certificate, now) };
  } catch (error) {
    return { ok: false, code: toWebEidError(error).code };
  }
}

/** Signs a PDF with the card (PAdES baseline B); failures become a code, never a throw. */
export async function signPdfMessage(bridge: WebEidBridge, request: SignPdfRequest): Promise<SignPdfResult> {
  try {
    const signed = await signPdfWithCard(bridge, base64ToBytes(request.pdf), {
      origin: request.origin ?? DEFAULT_ORIGIN,
      ...(request.lang ? { lang: request.lang } : {}),
      ...(request.reason ? { reason: request.reason } : {}),
    });
    return { ok: true, pdf: bytesToBase64(signed) };
  } catch (error) {
    return { ok: false, code: toWebEidError(error).code };
  }
}
