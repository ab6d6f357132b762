import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeClaimingJpeg, makeClaimingPng, pngChunk } from '@/test/fixtures/scans';
import { messageCatalogs, setLanguage, t, type MessageKey } from '../i18n';
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

describe('mergeScans against images that claim more than they hold', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setLanguage('it');
  });
  const decoders = (): { png: unknown; jpg: unknown; copy: unknown } => ({
    png: vi.spyOn(PDFDocument.prototype, 'embedPng'),
    jpg: vi.spyOn(PDFDocument.prototype, 'embedJpg'),
    copy: vi.spyOn(PDFDocument.prototype, 'copyPages'),
  });

  it('refuses a 69-byte PNG claiming 100000x100000 by its header, before any decoding, with a clear message', async () => {
    const spies = decoders();
    const result = await mergeScans([file('bomba.png', makeClaimingPng(100_000, 100_000))]);
    expect(result).toMatchObject({ ok: false, code: 'imageTooLarge', vars: { name: 'bomba.png', size: '10000.0', max: '25.0' } });
    expect(spies.png).not.toHaveBeenCalled();
    if (result.ok) return;
    const key = result.messageKey as MessageKey;
    setLanguage('it');
    expect(t(key, result.vars)).toBe('«bomba.png» ha troppi pixel (10000.0 megapixel, massimo 25.0): scansionare a risoluzione più bassa (300 dpi bastano).');
    setLanguage('en');
    expect(t(key, result.vars)).toMatch(/^“bomba\.png” has too many pixels/);
    setLanguage('de');
    expect(t(key, result.vars)).toMatch(/^„bomba\.png“ hat zu viele Pixel/);
  });

  it('refuses a PNG over the cap that pdf-lib would decode (6000x6000, 36 MP); one at the cap is merged', async () => {
    const spies = decoders();
    expect(await mergeScans([file('grande.png', makeClaimingPng(6000, 6000))])).toMatchObject({ ok: false, code: 'imageTooLarge' });
    expect(spies.png).not.toHaveBeenCalled();
    const limit = { maxImagePixels: 10_000 };
    expect(await mergeScans([file('oltre.png', makeClaimingPng(101, 100))], limit)).toMatchObject({ code: 'imageTooLarge' });
    // pdf-lib's decoder fills missing image data with zeros: a blank page, not an error.
    expect(await mergeScans([file('limite.png', makeClaimingPng(100, 100))], limit)).toMatchObject({ ok: true, pages: 1 });
    expect(spies.png).toHaveBeenCalledTimes(1);
  });

  it('caps a JPEG by its frame header too (pdf-lib embeds it undecoded; the viewer would not)', async () => {
    const spies = decoders();
    expect(await mergeScans([file('enorme.jpg', makeClaimingJpeg(65_535, 65_535))])).toMatchObject({ ok: false, code: 'imageTooLarge' });
    expect(spies.jpg).not.toHaveBeenCalled();
  });

  it('caps the pixels of all images together, before decoding the first', async () => {
    const spies = decoders();
    const four = [1, 2, 3, 4].map((n) => file(`${n}.png`, makeClaimingPng(5000, 4000)));
    expect(await mergeScans(four)).toMatchObject({ ok: false, code: 'totalPixelsTooLarge', vars: { size: '80.0', max: '60.0' } });
    expect(spies.png).not.toHaveBeenCalled();
    const two = [file('a.png', makeClaimingPng(100, 100)), file('b.png', makeClaimingPng(100, 100))];
    expect(await mergeScans(two, { maxTotalPixels: 19_999 })).toMatchObject({ code: 'totalPixelsTooLarge' });
    expect(spies.png).not.toHaveBeenCalled();
    expect(await mergeScans(two, { maxTotalPixels: 20_000 })).toMatchObject({ ok: true, pages: 2 });
  });

  it('caps the pages, images and PDF pages together, before copying any', async () => {
    const spies = decoders();
    // 2 PDF pages + 1 image over a cap of 2
    expect(await mergeScans([file('a.png', png), file('c.pdf', pdf)], { maxPages: 2 })).toMatchObject({
      ok: false,
      code: 'tooManyPages',
      vars: { count: 3, max: 2 },
    });
    const many = await PDFDocument.create();
    for (let i = 0; i < 31; i++) many.addPage();
    expect(await mergeScans([file('lungo.pdf', await many.save())])).toMatchObject({ ok: false, code: 'tooManyPages', vars: { count: 31, max: 30 } });
    expect(spies.copy).not.toHaveBeenCalled();
    expect(spies.png).not.toHaveBeenCalled();
  });

  it('refuses an animated PNG (pdf-lib decodes every frame full size before refusing it)', async () => {
    const acTL = pngChunk('acTL', Buffer.from([0, 0, 3, 232, 0, 0, 0, 0])); // 1000 frames
    const spies = decoders();
    expect(await mergeScans([file('anim.png', makeClaimingPng(2000, 2000, [acTL]))])).toMatchObject({ code: 'animatedImage', vars: { name: 'anim.png' } });
    expect(spies.png).not.toHaveBeenCalled();
  });
});
