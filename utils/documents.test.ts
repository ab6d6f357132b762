import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  buildDocument,
  DOCUMENT_KINDS,
  DocumentData,
  DocumentDataError,
  exampleDocumentData,
  type DocumentKind,
} from './documents';
import { PAGE } from './documents/layout';
import { pdfFonts, pdfImageCount, pdfText, pdfWords, renderImage } from './documents/pdf-tools.test-helper';

const LANGS = ['it', 'de'] as const;
const dmy = (iso: string, lang: 'it' | 'de'): string => {
  const [y, m, d] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};

/** Every word inside the text area (footer may sit in the bottom margin, never off the page). */
function expectWithinMargins(bytes: Uint8Array): void {
  const words = pdfWords(bytes);
  expect(words.length).toBeGreaterThan(50);
  for (const w of words) {
    expect(w.pageWidth).toBeCloseTo(PAGE.width, 1);
    expect(w.pageHeight).toBeCloseTo(PAGE.height, 1);
    expect(w.xMin, w.text).toBeGreaterThanOrEqual(PAGE.left - 0.5);
    expect(w.xMax, w.text).toBeLessThanOrEqual(PAGE.width - PAGE.right + 0.5);
    expect(w.yMin, w.text).toBeGreaterThanOrEqual(PAGE.top - 12);
    expect(w.yMax, w.text).toBeLessThanOrEqual(PAGE.height - 28);
  }
}

describe.each(LANGS)('buildDocument (%s)', (lang) => {
  it.each(DOCUMENT_KINDS)('%s with full data: names, codice fiscale, card number, date, within margins', async (kind) => {
    const input = exampleDocumentData(kind);
    const data = DocumentData.parse(input);
    const bytes = await buildDocument(kind, input, { lang });
    const pdf = await PDFDocument.load(bytes);
    const { width, height } = pdf.getPage(0).getSize();
    expect([width, height]).toEqual([PAGE.width, PAGE.height]);
    const text = pdfText(bytes);
    for (const person of [data.holder, data.delegate, data.guardian]) {
      if (!person) continue;
      expect(text).toContain(person.surname);
      expect(text).toContain(person.givenName);
      expect(text).toContain(person.codiceFiscale);
      expect(text).toContain(dmy(person.birthDate!, lang));
    }
    expect(text).toContain(data.cardNumber);
    expect(text).toContain(dmy(data.date!, lang));
    expect(text).toContain(data.place);
    if (data.email) expect(text).toContain(data.email);
    expect(text).toContain(lang === 'de' ? 'Gemeinde Bolzano' : 'Comune di Bolzano');
    expectWithinMargins(bytes);
  });

  it.each(DOCUMENT_KINDS)('%s with no data: blank lines to fill in, still within margins', async (kind) => {
    const bytes = await buildDocument(kind, {}, { lang });
    const text = pdfText(bytes);
    expect(text).toMatch(/_{12,}/);
    expect(text).not.toContain('undefined');
    expect(text).toContain(lang === 'de' ? 'Seite 1 von' : 'Pagina 1 di');
    expectWithinMargins(bytes);
  });
});

describe('legal wording', () => {
  const declarations: DocumentKind[] = ['dichiarazione-smarrimento', 'dichiarazione-minore', 'istanza-recupero'];

  it.each(declarations)('%s cites art. 47 and the art. 76 penalties', async (kind) => {
    const it = pdfText(await buildDocument(kind, exampleDocumentData(kind), { lang: 'it' }));
    expect(it).toContain("art. 76 del D.P.R. 28 dicembre 2000, n. 445");
    expect(it).toMatch(/art\. 47/);
    const de = pdfText(await buildDocument(kind, exampleDocumentData(kind), { lang: 'de' }));
    expect(de).toContain('Art. 76 des D.P.R. vom 28. Dezember 2000, Nr. 445');
    expect(de).toContain('Begünstigungen');
  });

  it('attaches a copy of the ID only when not signed at the counter', async () => {
    const base = exampleDocumentData('dichiarazione-smarrimento');
    const away = pdfText(await buildDocument('dichiarazione-smarrimento', { ...base, signedAtCounter: false }));
    const counter = pdfText(await buildDocument('dichiarazione-smarrimento', { ...base, signedAtCounter: true }));
    expect(away).toContain("allegata copia del documento d'identità");
    expect(counter).not.toContain("allegata copia del documento d'identità");
    expect(counter).toContain('in presenza del dipendente addetto');
    const unknown = pdfText(await buildDocument('dichiarazione-smarrimento', { ...base, signedAtCounter: undefined }));
    expect(unknown).toContain('in presenza del dipendente addetto');
    expect(unknown).toContain("allegata copia del documento d'identità");
  });

  it('lists both identity documents in the delega', async () => {
    const data = DocumentData.parse(exampleDocumentData('delega-terzi'));
    const text = pdfText(await buildDocument('delega-terzi', data));
    expect(text).toContain(data.holder!.idDocument!.number);
    expect(text).toContain(data.delegate!.idDocument!.number);
    expect(text).toContain('Si allegano');
  });

  it('ticks the halves that were lost', async () => {
    // Each tick is a cross of two drawn lines: count line-to operators in the page content.
    const lines = async (halves?: 'first' | 'second' | 'both'): Promise<number> => {
      const pdf = await PDFDocument.load(await buildDocument('dichiarazione-smarrimento', { halves }));
      const contents = pdf.getPage(0).node.Contents();
      const parts = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref)) : [contents];
      const ops = parts
        .filter((part): part is PDFRawStream => part instanceof PDFRawStream)
        .map((part) => new TextDecoder().decode(decodePDFRawStream(part).decode()))
        .join('\n');
      expect(ops.length).toBeGreaterThan(100);
      return ops.split('\n').filter((op) => / l$/.test(op)).length;
    };
    const none = await lines();
    expect(await lines('first')).toBe(none + 2);
    expect(await lines('second')).toBe(none + 2);
    expect(await lines('both')).toBe(none + 4);
  });
});

describe('characters and fonts', () => {
  it('renders German and Italian letters and embeds Titillium as a subset', async () => {
    const bytes = await buildDocument('delega-terzi', exampleDocumentData('delega-terzi'), { lang: 'de' });
    const text = pdfText(bytes);
    for (const word of ['Überbacher', 'Jörg', 'BEVOLLMÄCHTIGT', 'außer', 'Bevollmächtigte']) expect(text).toContain(word);
    const fonts = pdfFonts(bytes);
    expect(fonts.some((f) => /TitilliumWeb-Regular/.test(f))).toBe(true);
    expect(fonts.some((f) => /TitilliumWeb-Bold/.test(f))).toBe(true);
    expect(fonts).toHaveLength(2);
    expect(bytes.byteLength).toBeLessThan(60_000);
  });

  it('falls back to the latin-ext font for names like Kovačević, only when needed', async () => {
    const bytes = await buildDocument('dichiarazione-smarrimento', { holder: { surname: 'Kovačević', givenName: 'Łucja Őrs' } });
    const text = pdfText(bytes);
    expect(text).toContain('Kovačević');
    expect(text).toContain('Łucja Őrs');
    // Regular and bold from the latin files, plus the latin-ext face(s) the names use.
    expect(pdfFonts(bytes).length).toBeGreaterThan(2);
  });

  it('wraps an unbreakable e-mail address inside the margins', async () => {
    const email = `${'a'.repeat(120)}@example.org`;
    const bytes = await buildDocument('istanza-recupero', { email });
    expect(pdfText(bytes).replace(/\s/g, '')).toContain(email);
    expectWithinMargins(bytes);
  });
});

describe('letterhead', () => {
  it('places a PNG logo given as bytes and a JPEG logo given as a data URL', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([200, 100]);
    const source = await blank.save();
    const png = renderImage(source, 'png');
    const jpeg = renderImage(source, 'jpeg');
    const withPng = await buildDocument('dichiarazione-smarrimento', { letterhead: { comuneName: 'Merano', logo: png } });
    expect(pdfImageCount(withPng)).toBe(1);
    const dataUrl = `data:image/jpeg;base64,${Buffer.from(jpeg).toString('base64')}`;
    const withJpeg = await buildDocument('dichiarazione-smarrimento', {}, { letterhead: { comuneName: 'Merano', logo: dataUrl } });
    expect(pdfImageCount(withJpeg)).toBe(1);
    expect(pdfText(withJpeg)).toContain('Comune di Merano');
  });

  it('leaves out a logo that is not an image instead of failing', async () => {
    const bytes = await buildDocument('dichiarazione-smarrimento', { letterhead: { comuneName: 'Merano', logo: new Uint8Array([1, 2, 3]) } });
    expect(pdfImageCount(bytes)).toBe(0);
    expect(pdfText(bytes)).toContain('Comune di Merano');
  });

  it('lets data override the letterhead from the options', async () => {
    const bytes = await buildDocument('istanza-recupero', { letterhead: { comuneName: 'Comune di Laives' } }, {
      letterhead: { comuneName: 'Bolzano', officeName: 'Servizi demografici' },
    });
    const text = pdfText(bytes);
    expect(text).toContain('Comune di Laives');
    expect(text).not.toContain('Bolzano');
    expect(text).toContain('Servizi demografici');
  });
});

describe('bad input', () => {
  it('rejects invalid data with DocumentDataError and a message key', async () => {
    const error = await buildDocument('dichiarazione-smarrimento', { cardNumber: '123' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentDataError);
    expect((error as DocumentDataError).messageKey).toBe('docInvalidData');
    expect((error as DocumentDataError).issues.join()).toMatch(/cardNumber/);
    await expect(buildDocument('nope' as DocumentKind, {})).rejects.toBeInstanceOf(DocumentDataError);
    await expect(buildDocument('delega-terzi', { extra: 1 } as never)).rejects.toBeInstanceOf(DocumentDataError);
  });

  it('normalises card number and codice fiscale', async () => {
    const text = pdfText(await buildDocument('dichiarazione-smarrimento', { cardNumber: 'ca 12345 bd', holder: { codiceFiscale: 'rssmls84c52a952l' } }));
    expect(text).toContain('CA12345BD');
    expect(text).toContain('RSSMLS84C52A952L');
  });
});
