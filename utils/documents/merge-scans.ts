import { PDFDocument } from 'pdf-lib';
import { checkScans, type CheckedScan } from './scan-check';
import { DEFAULT_SCAN_LIMITS, mb, scanFailure, type ScanFailure, type ScanFile, type ScanLimits } from './scan-limits';

export { DEFAULT_SCAN_LIMITS, SCAN_ERROR_KEYS, type ScanErrorCode, type ScanFile, type ScanLimits } from './scan-limits';

/**
 * The scan helper's pure part: validates scanned files (by content, never by name, images by
 * their headers before any decoding) and merges them into one PDF, images scaled to fit an A4
 * page. Errors come back as codes with i18n keys.
 */
export type MergeScansResult = { ok: true; bytes: Uint8Array; pages: number } | ScanFailure;

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 18; // ~6 mm: scans keep nearly the whole page

/** Checks every file, then merges them in order. Never throws. */
export async function mergeScans(files: ScanFile[], limits: Partial<ScanLimits> = {}): Promise<MergeScansResult> {
  const lim = { ...DEFAULT_SCAN_LIMITS, ...limits };
  const checked = await checkScans(files, lim);
  if (!checked.ok) return checked;

  const out = await PDFDocument.create();
  for (const scan of checked.scans) {
    const error = await appendScan(out, scan);
    if (error) return error;
  }
  const bytes = await out.save({ objectsPerTick: Number.POSITIVE_INFINITY });
  if (bytes.byteLength > lim.maxOutputBytes) {
    return scanFailure('outputTooLarge', { size: mb(bytes.byteLength), max: mb(lim.maxOutputBytes) });
  }
  return { ok: true, bytes, pages: out.getPageCount() };
}

async function appendScan(out: PDFDocument, scan: CheckedScan): Promise<ScanFailure | null> {
  const { file } = scan;
  try {
    if (scan.kind === 'pdf') {
      const pages = await out.copyPages(scan.doc, scan.doc.getPageIndices());
      for (const page of pages) out.addPage(page);
      return null;
    }
    const image = scan.kind === 'png' ? await out.embedPng(file.bytes) : await out.embedJpg(file.bytes);
    // The header was the promise; a decoder that reads otherwise means a forged file.
    if (image.width !== scan.size.width || image.height !== scan.size.height) return scanFailure('corruptFile', { name: file.name });
    // Landscape scans go on a landscape A4 page, so they are not shrunk needlessly.
    const [w, h] = image.width > image.height ? [A4[1], A4[0]] : A4;
    const scale = Math.min((w - 2 * MARGIN) / image.width, (h - 2 * MARGIN) / image.height);
    const width = image.width * scale;
    const height = image.height * scale;
    const page = out.addPage([w, h]);
    page.drawImage(image, { x: (w - width) / 2, y: (h - height) / 2, width, height });
  } catch {
    return scanFailure('corruptFile', { name: file.name });
  }
  return null;
}
