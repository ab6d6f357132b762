/** The scan helper's limits and its errors, as codes with i18n keys (the page translates them). */
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
  /** Pixels one image may claim in its header; a PNG costs pdf-lib 8-12 bytes each to embed. */
  maxImagePixels: number;
  /** Pixels of all images together: pdf-lib holds each one decoded until the PDF is saved. */
  maxTotalPixels: number;
  /** Pages of the merged PDF, images and PDF pages together. */
  maxPages: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = {
  maxFiles: 10,
  maxFileBytes: 5 * 1024 * 1024,
  maxTotalBytes: 20 * 1024 * 1024,
  maxOutputBytes: 5 * 1024 * 1024,
  // A4 at 500 dpi is 24.3 MP; delega scans are made at 200-300 dpi (4-9 MP a page).
  maxImagePixels: 25_000_000,
  maxTotalPixels: 60_000_000,
  maxPages: 30,
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
  imageTooLarge: 'docScanImageTooLarge',
  totalPixelsTooLarge: 'docScanTotalPixelsTooLarge',
  animatedImage: 'docScanAnimatedImage',
  tooManyPages: 'docScanTooManyPages',
} as const;
export type ScanErrorCode = keyof typeof SCAN_ERROR_KEYS;

export interface ScanFailure {
  ok: false;
  code: ScanErrorCode;
  messageKey: (typeof SCAN_ERROR_KEYS)[ScanErrorCode];
  /** Placeholders for the message: file name, sizes in MB or megapixels, limits. */
  vars: Record<string, string | number>;
}

/** A failure with its message key. */
export function scanFailure(code: ScanErrorCode, vars: Record<string, string | number> = {}): ScanFailure {
  return { ok: false, code, messageKey: SCAN_ERROR_KEYS[code], vars };
}

/** Bytes as MB with one decimal, for messages. */
export const mb = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);
/** Pixels as megapixels with one decimal, for messages. */
export const megapixels = (pixels: number): string => (pixels / 1_000_000).toFixed(1);
