import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Poppler helpers for tests: the text and word boxes a real PDF reader finds. */

function withFile<T>(bytes: Uint8Array, run: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'sportello-doc-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, bytes);
    return run(path, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of the PDF in reading order (pdftotext), whitespace collapsed. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (path) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface WordBox {
  page: number;
  pageWidth: number;
  pageHeight: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

/** Every word with its box in points, y from the top (pdftotext -bbox). */
export function pdfWords(bytes: Uint8Array): WordBox[] {
  const html = withFile(bytes, (path) => execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));
  const words: WordBox[] = [];
  let page = 0;
  let size = { w: 0, h: 0 };
  const re = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[1]) {
      page++;
      size = { w: Number(m[1]), h: Number(m[2]) };
    } else {
      words.push({
        page, pageWidth: size.w, pageHeight: size.h,
        xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]),
        text: m[7]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"),
      });
    }
  }
  return words;
}

/** Font names embedded in the PDF (pdffonts), e.g. "ABCDEF+TitilliumWeb-Regular". */
export function pdfFonts(bytes: Uint8Array): string[] {
  const out = withFile(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
  return out.split('\n').slice(2).filter(Boolean).map((line) => line.split(/\s+/)[0]!);
}

/** Number of images placed in the PDF (pdfimages -list). */
export function pdfImageCount(bytes: Uint8Array): number {
  const out = withFile(bytes, (path) => execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }));
  return out.split('\n').slice(2).filter(Boolean).length;
}

/** Renders page 1 as PNG or JPEG with pdftoppm: real image files made by a real encoder. */
export function renderImage(pdf: Uint8Array, format: 'png' | 'jpeg', dpi = 30): Uint8Array {
  return withFile(pdf, (path, dir) => {
    execFileSync('pdftoppm', [`-${format}`, '-r', String(dpi), '-singlefile', path, join(dir, 'out')]);
    return new Uint8Array(readFileSync(join(dir, format === 'png' ? 'out.png' : 'out.jpg')));
  });
}

/** Renders every page to `${prefix}-N.png` (for looking at the layout). */
export function renderPages(pdf: Uint8Array, prefix: string, dpi = 80): void {
  withFile(pdf, (path) => execFileSync('pdftoppm', ['-png', '-r', String(dpi), path, prefix]));
}
