import { PDFDocument } from 'pdf-lib';
import { sniffType } from './file-type';
import { readImageSize, type ImageSize } from './image-size';
import { mb, megapixels, scanFailure, type ScanFailure, type ScanFile, type ScanLimits } from './scan-limits';

/** A file that passed every check, ready to be placed: images with their size, PDFs parsed. */
export type CheckedScan =
  | { file: ScanFile; kind: 'png' | 'jpeg'; size: ImageSize }
  | { file: ScanFile; kind: 'pdf'; doc: PDFDocument };

/**
 * Everything that can be known before decoding or copying anything: types by content, byte
 * sizes, image dimensions from their headers, pixels and pages. Parsing a PDF is bounded by its
 * byte size; decoding an image is not, so images are judged by their headers alone.
 */
export async function checkScans(files: ScanFile[], lim: ScanLimits): Promise<{ ok: true; scans: CheckedScan[] } | ScanFailure> {
  if (files.length === 0) return scanFailure('noFiles');
  if (files.length > lim.maxFiles) return scanFailure('tooManyFiles', { count: files.length, max: lim.maxFiles });
  let totalBytes = 0;
  for (const file of files) {
    if (!sniffType(file.bytes)) return scanFailure('unsupportedType', { name: file.name });
    if (file.bytes.byteLength > lim.maxFileBytes) {
      return scanFailure('fileTooLarge', { name: file.name, size: mb(file.bytes.byteLength), max: mb(lim.maxFileBytes) });
    }
    totalBytes += file.bytes.byteLength;
  }
  if (totalBytes > lim.maxTotalBytes) return scanFailure('totalTooLarge', { size: mb(totalBytes), max: mb(lim.maxTotalBytes) });

  const scans: CheckedScan[] = [];
  let pixels = 0;
  let pages = 0;
  for (const file of files) {
    const scan = await checkOne(file, lim);
    if ('ok' in scan) return scan;
    if (scan.kind === 'pdf') pages += scan.doc.getPageCount();
    else {
      pages += 1;
      pixels += scan.size.width * scan.size.height;
      if (pixels > lim.maxTotalPixels) return scanFailure('totalPixelsTooLarge', { size: megapixels(pixels), max: megapixels(lim.maxTotalPixels) });
    }
    if (pages > lim.maxPages) return scanFailure('tooManyPages', { count: pages, max: lim.maxPages });
    scans.push(scan);
  }
  return { ok: true, scans };
}

async function checkOne(file: ScanFile, lim: ScanLimits): Promise<CheckedScan | ScanFailure> {
  const kind = sniffType(file.bytes)!;
  if (kind !== 'pdf') {
    const size = readImageSize(file.bytes, kind);
    if (!size) return scanFailure('corruptFile', { name: file.name });
    if (size.animated) return scanFailure('animatedImage', { name: file.name });
    const pixels = size.width * size.height;
    if (pixels > lim.maxImagePixels) {
      return scanFailure('imageTooLarge', { name: file.name, size: megapixels(pixels), max: megapixels(lim.maxImagePixels) });
    }
    return { file, kind, size };
  }
  try {
    const doc = await PDFDocument.load(file.bytes, { updateMetadata: false });
    // A broken catalogue throws here, not in load(): pdf-lib parses leniently.
    if (doc.getPageCount() === 0) return scanFailure('corruptFile', { name: file.name });
    return { file, kind, doc };
  } catch (error) {
    const encrypted = error instanceof Error && /encrypt/i.test(error.message);
    return scanFailure(encrypted ? 'encryptedPdf' : 'corruptFile', { name: file.name });
  }
}
