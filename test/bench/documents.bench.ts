import { PDFDocument } from 'pdf-lib';
import { buildDocument, DOCUMENT_KINDS, exampleDocumentData, nodeFontLoader } from '../../utils/documents';
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
    }
  }
  return results;
}
