import { t } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { WEBEID_ERROR_KEYS } from '@/utils/webeid/errors';
import { base64ToBytes, bytesToBase64 } from '@/utils/base64';

export type SignOutcome = { ok: true; url: string; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Signs the document shown (its bytes) with the operator's card (PAdES, through Web eID in the
 * background) and returns a blob: URL of the signed copy, for this tab only, with its bytes.
 */
export async function signShownDocument(bytes: Uint8Array): Promise<SignOutcome> {
  const answer = await sendMessage('signPdf', { pdf: bytesToBase64(bytes), reason: t('printSignReason') }).catch(() => null);
  if (!answer) return { ok: false, message: t('webeidErrFatal') };
  if (!answer.ok) return { ok: false, message: t(WEBEID_ERROR_KEYS[answer.code]) };
  const signedBytes = base64ToBytes(answer.pdf);
  const signed = new Blob([signedBytes], { type: 'application/pdf' });
  return { ok: true, url: URL.createObjectURL(signed), bytes: signedBytes };
}
