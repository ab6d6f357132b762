import { useState } from 'preact/hooks';
import { ScanPicker, type ScanStatus } from '@/entrypoints/reissue.content/features/scan-helper/ScanPicker';
import { t, type MessageKey } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import type { PortalPage } from '@/utils/portal/adapter';
import { base64ToBytes, bytesToBase64 } from '@/utils/base64';
import type { Feature } from '../../feature';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The scan helper: the operator picks the scanned pages of the signed delega, the background
 * merges them into one PDF, and it is placed into the portal's upload field. On any problem
 * the field is left exactly as it was.
 */
export const scanHelperFeature: Feature = {
  id: 'scan-helper',
  Section: ScanHelperSection,
};

function ScanHelperSection({ page }: { page: PortalPage }) {
  const [status, setStatus] = useState<ScanStatus>({ kind: 'idle' });
  const upload = page.delegaUpload;
  if (!upload) return null;
  const onFiles = (files: File[]): void => {
    setStatus({ kind: 'working' });
    void placeScans(files, upload).then(setStatus);
  };
  return <ScanPicker status={status} onFiles={onFiles} />;
}

/** Merges and places the files; returns what to tell the operator. */
async function placeScans(files: File[], upload: HTMLInputElement): Promise<ScanStatus> {
  if (files.length === 0) return { kind: 'error', message: t('docScanNoFiles') };
  if (!acceptsPdf(upload)) return { kind: 'error', message: t('scanFieldRefusesPdf') };
  const tooBig = files.find((file) => file.size > MAX_FILE_BYTES);
  if (tooBig) return { kind: 'error', message: t('docScanFileTooLarge', { name: tooBig.name, size: mb(tooBig.size), max: mb(MAX_FILE_BYTES) }) };
  try {
    const payload = await Promise.all(
      files.map(async (file) => ({ name: file.name.slice(0, 200), type: file.type.slice(0, 100), base64: bytesToBase64(await readBytes(file)) })),
    );
    const answer = await sendMessage('mergeScans', { files: payload });
    if (!answer.ok) return { kind: 'error', message: t(answer.messageKey as MessageKey, answer.vars) };
    const merged = new File([base64ToBytes(answer.base64)], 'delega.pdf', { type: 'application/pdf' });
    const transfer = new DataTransfer();
    transfer.items.add(merged);
    upload.files = transfer.files;
    upload.dispatchEvent(new Event('input', { bubbles: true }));
    upload.dispatchEvent(new Event('change', { bubbles: true }));
    return { kind: 'done', pages: answer.pages };
  } catch {
    return { kind: 'error', message: t('scanFailed') };
  }
}

/**
 * The file's bytes as our own object: in Firefox a picked file belongs to the page, and its
 * ArrayBuffer cannot be wrapped by a content script's Uint8Array (Xray wrappers).
 */
async function readBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await new Response(file).arrayBuffer());
}

/** The portal field's `accept` list must allow a PDF (no list means anything goes). */
function acceptsPdf(upload: HTMLInputElement): boolean {
  const accept = upload.accept.trim();
  if (!accept) return true;
  return accept.split(',').some((entry) => ['application/pdf', '.pdf', 'application/*', '*/*'].includes(entry.trim().toLowerCase()));
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
