import { z } from 'zod';
import { CertificateSummary } from './certificate';
import { WEBEID_ERROR_CODES } from './errors';
import { Origin } from './protocol';

/**
 * The extension messages of the Web eID service (popup/extension pages -> background).
 * Bytes travel as base64; errors come back as a code the page translates.
 */
export const ReadSigningCertificateRequest = z.strictObject({
  origin: Origin.optional(),
  lang: z.enum(['it', 'en', 'de']).optional(),
});
export type ReadSigningCertificateRequest = z.infer<typeof ReadSigningCertificateRequest>;

/** A generated document is well under this; the cap keeps a bad message from eating memory. */
const MAX_PDF_BASE64 = 28_000_000;
export const SignPdfRequest = z.strictObject({
  pdf: z.string().min(8).max(MAX_PDF_BASE64).regex(/^[A-Za-z0-9+/]+={0,2}$/),
  origin: Origin.optional(),
  lang: z.enum(['it', 'en', 'de']).optional(),
  reason: z.string().trim().min(1).max(200).optional(),
});
export type SignPdfRequest = z.infer<typeof SignPdfRequest>;

export const WebEidFailure = z.object({ ok: z.literal(false), code: z.enum(WEBEID_ERROR_CODES) });
export type WebEidFailure = z.infer<typeof WebEidFailure>;

export const ReadSigningCertificateResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), certificate: CertificateSummary }),
  WebEidFailure,
]);
export type ReadSigningCertificateResult = z.infer<typeof ReadSigningCertificateResult>;

export const SignPdfResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), pdf: z.string() }),
  WebEidFailure,
]);
export type SignPdfResult = z.infer<typeof SignPdfResult>;
