import { t } from '@/utils/i18n';

/** Largest logo file accepted: its data URL must stay under the settings' 400 000 characters. */
export const MAX_LOGO_BYTES = 280 * 1024;

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; message: string };

/**
 * Reads a picked file as a PNG or JPEG data URL. The type comes from the file's first bytes,
 * not its name or the browser's guess. Never throws.
 */
export async function readLogoFile(file: Blob): Promise<LogoRead> {
  if (file.size > MAX_LOGO_BYTES) {
    return { ok: false, message: t('optionsLogoTooLarge', { size: Math.ceil(file.size / 1024), max: MAX_LOGO_BYTES / 1024 }) };
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, message: t('optionsLogoUnreadable') };
  }
  const type = imageType(bytes);
  if (!type) return { ok: false, message: t('optionsLogoWrongType') };
  return { ok: true, dataUrl: `data:${type};base64,${toBase64(bytes)}` };
}

function imageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

// In chunks: String.fromCharCode with too many arguments overflows the stack.
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
