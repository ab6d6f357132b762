import { beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '@/utils/i18n';
import { Settings } from '@/utils/settings';
import { MAX_LOGO_BYTES, readLogoFile } from './logo-file';

beforeEach(() => setLanguage('it'));

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('readLogoFile', () => {
  it('reads a PNG as a data URL the settings schema accepts', async () => {
    const read = await readLogoFile(new Blob([new Uint8Array([...PNG_HEAD, 1, 2, 3])]));
    expect(read.ok).toBe(true);
    if (read.ok) {
      expect(read.dataUrl.startsWith('data:image/png;base64,')).toBe(true);
      expect(Settings.shape.logoDataUrl.safeParse(read.dataUrl).success).toBe(true);
    }
  });

  it('recognises a JPEG by its bytes, whatever the file says it is', async () => {
    const read = await readLogoFile(new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0])], { type: 'image/png' }));
    expect(read.ok && read.dataUrl.startsWith('data:image/jpeg;base64,')).toBe(true);
  });

  it('refuses a file that is not PNG or JPEG', async () => {
    const read = await readLogoFile(new Blob(['<svg onload="alert(1)"/>'], { type: 'image/png' }));
    expect(read).toEqual({ ok: false, message: "Il file deve essere un'immagine PNG o JPEG." });
  });

  it('refuses a file over the limit, and the largest allowed one still fits the schema', async () => {
    const big = await readLogoFile(new Blob([new Uint8Array(MAX_LOGO_BYTES + 1)]));
    expect(big.ok).toBe(false);
    const largest = new Uint8Array(MAX_LOGO_BYTES);
    largest.set(PNG_HEAD);
    const read = await readLogoFile(new Blob([largest]));
    expect(read.ok && Settings.shape.logoDataUrl.safeParse(read.dataUrl).success).toBe(true);
  });
});
