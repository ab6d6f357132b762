import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { E2EPage } from './browsers/types';

/** The PDF shown in the print page's frame, read back as bytes. */
export async function pdfFromPrintPage(page: E2EPage): Promise<Buffer> {
  await page.waitFor(() => document.querySelector<HTMLIFrameElement>('[data-testid=print-frame]')?.src.startsWith('blob:') === true, undefined, 20_000);
  const base64 = await page.evaluate(async () => {
    const src = document.querySelector<HTMLIFrameElement>('[data-testid=print-frame]')!.src;
    const bytes = new Uint8Array(await (await fetch(src)).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  });
  return Buffer.from(base64, 'base64');
}

/** Text of a PDF through Debian's pdftotext (an independent reader). */
export function pdfText(pdf: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'sportello-pdf-')), 'doc.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
