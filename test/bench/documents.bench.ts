import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildDocument, DOCUMENT_KINDS, exampleDocumentData, nodeFontLoader, type DocumentDataInput, type DocumentKind } from '../../utils/documents';
import { pdfWords } from '../../utils/documents/pdf-tools.test-helper';
import { embedFaces } from '../../utils/documents/faces';
import { cachingFontkit } from '../../utils/documents/fonts';
import { nsPerOp, type BenchResult } from './harness';

const SAVE = { objectsPerTick: Number.POSITIVE_INFINITY };

// Peer: what pdf-lib itself takes for a blank A4 page, created and saved.
async function blankPage(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([595.28, 841.89]);
  return doc.save(SAVE);
}

// Second peer: the floor of any document set in our font: a blank page with the two faces
// embedded (subset to one word each) and saved. Shows how much of a build is the font.
async function fontFloor(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  const faces = await embedFaces(doc, nodeFontLoader, []);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText('Comune', { x: 72, y: 700, size: 11, font: faces.regular.pdf });
  page.drawText('DICHIARA', { x: 72, y: 680, size: 11, font: faces.bold.pdf });
  return doc.save(SAVE);
}

interface PlacedLine {
  page: number;
  x: number;
  y: number;
  size: number;
  text: string;
}

/** The lines a PDF reader finds in `pdf` (poppler), with where and how large they stand. */
function linesOf(pdf: Uint8Array): PlacedLine[] {
  const lines = new Map<string, PlacedLine>();
  for (const w of pdfWords(pdf)) {
    const key = `${w.page}:${w.yMax.toFixed(0)}`;
    const line = lines.get(key);
    if (line) line.text += ` ${w.text}`;
    else lines.set(key, { page: w.page, x: w.xMin, y: w.pageHeight - w.yMax, size: Math.max(6, w.yMax - w.yMin), text: w.text });
  }
  return [...lines.values()];
}

// Third peer, the floor of the text itself: pdf-lib alone drawing the same lines at the same
// places in standard Helvetica (nothing embedded, no layout of ours). No document with this
// much text can be built faster with pdf-lib, whatever its font.
async function sameTextInHelvetica(lines: PlacedLine[], pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const drawn = Array.from({ length: pages }, () => doc.addPage([595.28, 841.89]));
  for (const line of lines) drawn[line.page - 1]!.drawText(line.text, { x: line.x, y: line.y, size: line.size, font });
  return doc.save(SAVE);
}

/** Helvetica (WinAnsi) cannot encode every name: such characters become '?', as in a viewer. */
function inWinAnsi(lines: PlacedLine[], charset: Set<number>): PlacedLine[] {
  return lines.map((l) => ({ ...l, text: [...l.text].map((ch) => (charset.has(ch.codePointAt(0)!) ? ch : '?')).join('') }));
}

/** Time to build each document (it and de) against a blank pdf-lib page in the same run. */
export default async function documentsBench(): Promise<BenchResult[]> {
  // Warm up: font files read and parsed once, as in a page that prints several documents.
  for (const kind of DOCUMENT_KINDS) await buildDocument(kind, exampleDocumentData(kind), { fonts: nodeFontLoader });
  for (let i = 0; i < 20; i++) await blankPage();
  const blank = (await nsPerOp(blankPage, 20)) / 1e6;
  const floor = (await nsPerOp(fontFloor, 10)) / 1e6;
  const results: BenchResult[] = [
    { name: 'blank page + Titillium regular/bold embedded', value: floor, unit: 'ms', peer: 'pdf-lib blank A4', peerValue: blank },
  ];
  for (const kind of DOCUMENT_KINDS) {
    for (const lang of ['it', 'de'] as const) {
      const data = exampleDocumentData(kind);
      let size = 0;
      const ms = (await nsPerOp(async () => (size = (await buildDocument(kind, data, { lang, fonts: nodeFontLoader })).byteLength), 10)) / 1e6;
      results.push({
        name: `buildDocument ${kind} (${lang})`,
        value: ms,
        unit: 'ms',
        peer: 'pdf-lib blank A4',
        peerValue: blank,
        note: `${(size / 1024).toFixed(1)} kB; ${(ms / floor).toFixed(2)}x the font floor`,
      });
      if (lang === 'it') results.push(await textFloor(kind, data, blank));
    }
  }
  return results;
}

/** The same lines as the built document, drawn by pdf-lib alone in Helvetica, against a blank page. */
async function textFloor(kind: DocumentKind, data: DocumentDataInput, blank: number): Promise<BenchResult> {
  const built = await buildDocument(kind, data, { fonts: nodeFontLoader });
  const charset = new Set((await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica)).getCharacterSet());
  const lines = inWinAnsi(linesOf(built), charset);
  if (lines.length === 0) throw new Error(`no text read back from ${kind}`);
  // Every page of ours carries text (the footer at least), so the last line's page is the count.
  const pages = Math.max(...lines.map((l) => l.page));
  const ms = (await nsPerOp(() => sameTextInHelvetica(lines, pages), 10)) / 1e6;
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  return {
    name: `same text as ${kind} (it), pdf-lib drawText in Helvetica, nothing embedded`,
    value: ms,
    unit: 'ms',
    peer: 'pdf-lib blank A4',
    peerValue: blank,
    note: `${lines.length} lines, ${chars} characters, ${pages} page(s): the floor of this much text`,
  };
}
