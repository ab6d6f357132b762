import { PDFDocument, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageCatalogs } from '../i18n';
import { mergeScans, SCAN_ERROR_KEYS, type ScanFile } from './merge-scans';
import { pdfText, renderImage } from './pdf-tools.test-helper';

let png: Uint8Array;
let jpeg: Uint8Array;
let pdf: Uint8Array;

beforeAll(async () => {
  // Real files from real encoders: a landscape image rendered by pdftoppm, a 2-page PDF.
  const picture = await PDFDocument.create();
  picture.addPage([300, 200]).drawRectangle({ x: 20, y: 20, width: 100, height: 60 });
  const pictureBytes = await picture.save();
  png = renderImage(pictureBytes, 'png', 40);
  jpeg = renderImage(pictureBytes, 'jpeg', 40);
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595.28, 841.89]).drawText('Delega firmata pagina uno', { x: 50, y: 700, font, size: 14 });
  doc.addPage([595.28, 841.89]).drawText('Pagina due della delega', { x: 50, y: 700, font, size: 14 });
  pdf = await doc.save();
});

const file = (name: string, bytes: Uint8Array, type = ''): ScanFile => ({ name, bytes, type });

describe('mergeScans', () => {
  it('merges PNG, JPEG and PDF into one A4 PDF, images scaled to fit', async () => {
    const result = await mergeScans([file('a.png', png), file('b.jpg', jpeg), file('c.pdf', pdf)]);
    if (!result.ok) throw new Error(result.code);
    expect(result.pages).toBe(4);
    const merged = await PDFDocument.load(result.bytes);
    const sizes = merged.getPages().map((p) => p.getSize());
    // Landscape scans get a landscape A4 page; the PDF pages keep theirs.
    expect(sizes[0]).toEqual({ width: 841.89, height: 595.28 });
    expect(sizes[1]).toEqual({ width: 841.89, height: 595.28 });
    expect(sizes[2]).toEqual({ width: 595.28, height: 841.89 });
    const text = pdfText(result.bytes);
    expect(text).toContain('Delega firmata pagina uno');
    expect(text).toContain('Pagina due della delega');
  });

  it('decides the type by content, not by name or MIME type', async () => {
    const result = await mergeScans([file('scan.pdf', png, 'application/pdf')]);
    expect(result.ok).toBe(true);
    const fake = await mergeScans([file('scan.png', new TextEncoder().encode('not an image at all'), 'image/png')]);
    expect(fake).toMatchObject({ ok: false, code: 'unsupportedType', vars: { name: 'scan.png' } });
  });

  it('reports corrupt images and PDFs', async () => {
    const truncated = png.slice(0, 40);
    expect(await mergeScans([file('t.png', truncated)])).toMatchObject({ ok: false, code: 'corruptFile', vars: { name: 't.png' } });
    const badJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 1, 2, 3]);
    expect(await mergeScans([file('j.jpg', badJpeg)])).toMatchObject({ ok: false, code: 'corruptFile' });
    const badPdf = new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body\n%%EOF');
    expect(await mergeScans([file('x.pdf', badPdf)])).toMatchObject({ ok: false, code: 'corruptFile' });
  });

  it('refuses an encrypted PDF with its own message', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const plain = new TextDecoder('latin1').decode(await doc.save({ useObjectStreams: false }));
    const encrypted = plain.replace('trailer\n<<', 'trailer\n<<\n/Encrypt 1 0 R');
    expect(encrypted).not.toBe(plain);
    const bytes = Uint8Array.from(encrypted, (c) => c.charCodeAt(0));
    expect(await mergeScans([file('locked.pdf', bytes)])).toMatchObject({ ok: false, code: 'encryptedPdf' });
  });

  it('enforces the limits: count, per file, total, output', async () => {
    expect(await mergeScans([])).toMatchObject({ ok: false, code: 'noFiles' });
    const three = [file('1.png', png), file('2.png', png), file('3.png', png)];
    expect(await mergeScans(three, { maxFiles: 2 })).toMatchObject({ ok: false, code: 'tooManyFiles', vars: { count: 3, max: 2 } });
    expect(await mergeScans([file('big.pdf', pdf)], { maxFileBytes: pdf.byteLength - 1 })).toMatchObject({
      ok: false,
      code: 'fileTooLarge',
      vars: { name: 'big.pdf' },
    });
    expect(await mergeScans(three, { maxTotalBytes: png.byteLength * 2 })).toMatchObject({ ok: false, code: 'totalTooLarge' });
    expect(await mergeScans([file('c.pdf', pdf)], { maxOutputBytes: 100 })).toMatchObject({ ok: false, code: 'outputTooLarge' });
    expect((await mergeScans(three, { maxFiles: 3 })).ok).toBe(true);
  });

  it('has every message key in it, en and de', () => {
    for (const key of Object.values(SCAN_ERROR_KEYS)) {
      for (const lang of ['it', 'en', 'de'] as const) expect(messageCatalogs[lang][key], `${lang}:${key}`).toBeTruthy();
    }
  });
});
