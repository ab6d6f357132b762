import { PDFDocument } from 'pdf-lib';
import { sniffType, type SniffedType } from './file-type';

/**
 * The scan helper's pure part: validates scanned files (by content, never by name) and merges
 * them into one PDF, images scaled to fit an A4 page. Errors come back as codes with i18n keys.
 */
export interface ScanFile {
  name: string;
  /** The MIME type the browser reported; informative only, the bytes decide. */
  type?: string;
  bytes: Uint8Array;
}

export interface ScanLimits {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
  /** The size limit of the portal's upload field, for the merged PDF. */
  maxOutputBytes: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = {
  maxFiles: 10,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
  maxOutputBytes: 5 * 1024 * 1024,
};

export const SCAN_ERROR_KEYS = {
  noFiles: 'docScanNoFiles',
  tooManyFiles: 'docScanTooManyFiles',
  unsupportedType: 'docScanUnsupportedType',
  fileTooLarge: 'docScanFileTooLarge',
  totalTooLarge: 'docScanTotalTooLarge',
  corruptFile: 'docScanCorruptFile',
  encryptedPdf: 'docScanEncryptedPdf',
  outputTooLarge: 'docScanOutputTooLarge',
} as const;
export type ScanErrorCode = keyof typeof SCAN_ERROR_KEYS;

export type MergeScansResult =
  | { ok: true; bytes: Uint8Array; pages: number }
  | {
      ok: false;
      code: ScanErrorCode;
      messageKey: (typeof SCAN_ERROR_KEYS)[ScanErrorCode];
      /** Placeholders for the message: file name, sizes in MB, limits. */
      vars: Record<string, string | number>;
    };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 18; // ~6 mm: scans keep nearly the whole page

const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

function fail(code: ScanErrorCode, vars: Record<string, string | number> = {}): MergeScansResult {
  return { ok: false, code, messageKey: SCAN_ERROR_KEYS[code], vars };
}

/** Checks every file, then merges them in order. Never throws. */
export async function mergeScans(files: ScanFile[], limits: Partial<ScanLimits> = {}): Promise<MergeScansResult> {
  const lim = { ...DEFAULT_SCAN_LIMITS, ...limits };
  if (files.length === 0) return fail('noFiles');
  if (files.length > lim.maxFiles) return fail('tooManyFiles', { count: files.length, max: lim.maxFiles });
  let total = 0;
  const typed: { file: ScanFile; kind: SniffedType }[] = [];
  for (const file of files) {
    const kind = sniffType(file.bytes);
    if (!kind) return fail('unsupportedType', { name: file.name });
    if (file.bytes.byteLength > lim.maxFileBytes) {
      return fail('fileTooLarge', { name: file.name, size: mb(file.bytes.byteLength), max: mb(lim.maxFileBytes) });
    }
    total += file.bytes.byteLength;
    typed.push({ file, kind });
  }
  if (total > lim.maxTotalBytes) return fail('totalTooLarge', { size: mb(total), max: mb(lim.maxTotalBytes) });

  const out = await PDFDocument.create();
  for (const { file, kind } of typed) {
    const error = await appendFile(out, file, kind);
    if (error) return error;
  }
  const bytes = await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  if (bytes.byteLength > lim.maxOutputBytes) {
    return fail('outputTooLarge', { size: mb(bytes.byteLength), max: mb(lim.maxOutputBytes) });
  }
  return { ok: true, bytes, pages: out.getPageCount() };
}

async function appendFile(out: PDFDocument, file: ScanFile, kind: SniffedType): Promise<MergeScansResult | null> {
  if (kind === 'pdf') {
    let source: PDFDocument;
    try {
      source = await PDFDocument.load(file.bytes, { updateMetadata: false });
    } catch (error) {
      const encrypted = error instanceof Error && /encrypt/i.test(error.message);
      return fail(encrypted ? 'encryptedPdf' : 'corruptFile', { name: file.name });
    }
    try {
      // A broken catalogue throws here, not in load(): pdf-lib parses leniently.
      if (source.getPageCount() === 0) return fail('corruptFile', { name: file.name });
      const pages = await out.copyPages(source, source.getPageIndices());
      for (const page of pages) out.addPage(page);
    } catch {
      return fail('corruptFile', { name: file.name });
    }
    return null;
  }
  try {
    const image = kind === 'png' ? await out.embedPng(file.bytes) : await out.embedJpg(file.bytes);
    // Landscape scans go on a landscape A4 page, so they are not shrunk needlessly.
    const [w, h] = image.width > image.height ? [A4[1], A4[0]] : A4;
    const scale = Math.min((w - 2 * MARGIN) / image.width, (h - 2 * MARGIN) / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    const page = out.addPage([w, h]);
    page.drawImage(image, { x: (w - width) / 2, y: (h - height) / 2, width, height });
  } catch {
    return fail('corruptFile', { name: file.name });
  }
  return null;
}
