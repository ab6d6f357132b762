import { DEFAULT_SCAN_LIMITS, mergeScans } from '@/utils/documents/merge-scans';
import type { MergeScansAnswer } from '@/utils/scan-message';
import { base64ToBytes, bytesToBase64 } from '@/utils/base64';
import { handler, listen } from './handle';

/** Merges the scans of a signed delega into one PDF (pdf-lib stays out of the content script). */
export const mergeScansFor = handler('mergeScans', async (request): Promise<MergeScansAnswer> => {
  const files = request.files.map((file) => ({ name: file.name, type: file.type, bytes: base64ToBytes(file.base64) }));
  const limits = request.maxOutputBytes ? { ...DEFAULT_SCAN_LIMITS, maxOutputBytes: request.maxOutputBytes } : {};
  const result = await mergeScans(files, limits);
  return result.ok
    ? { ok: true, base64: bytesToBase64(result.bytes), pages: result.pages }
    : { ok: false, messageKey: result.messageKey, vars: result.vars };
});

export function registerScanHandlers(): void {
  listen(mergeScansFor);
}
