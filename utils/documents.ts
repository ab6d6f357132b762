import { PDFDocument } from 'pdf-lib';
import { embedFaces } from './documents/faces';
import { cachingFontkit, defaultFontLoader, type FontLoader } from './documents/fonts';
import { renderDelegaTerzi } from './documents/kinds/delega-terzi';
import { renderDichiarazioneMinore } from './documents/kinds/dichiarazione-minore';
import { renderDichiarazioneSmarrimento } from './documents/kinds/dichiarazione-smarrimento';
import { renderIstanzaRecupero } from './documents/kinds/istanza-recupero';
import { drawFooters } from './documents/footer';
import { Writer } from './documents/layout';
import { drawLetterhead } from './documents/letterhead';
import {
  DocumentData,
  DocumentKindSchema,
  type DocumentDataInput,
  type DocumentKind,
  type DocumentLanguage,
  type Letterhead,
} from './documents/schema';

/**
 * The paperwork of a reprint request as A4 PDFs, built with pdf-lib. Pure: no DOM, no
 * browser APIs, nothing stored. Import it only from the page that makes a document (pdf-lib
 * is large and must stay out of the content script).
 */
export { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DocumentData, DocumentKindSchema } from './documents/schema';
export type { DocumentDataInput, DocumentKind, DocumentLanguage, Letterhead, Person } from './documents/schema';
export { exampleDocumentData } from './documents/examples';
export { fetchFontLoader, nodeFontLoader, defaultFontLoader, type FontLoader } from './documents/fonts';

export interface DocumentOptions {
  lang?: DocumentLanguage;
  /** Office letterhead (from the settings); fields given in `data.letterhead` win. */
  letterhead?: Letterhead;
  /** Where font files come from; defaults to the extension's `/fonts/` or, in Node, `public/fonts/`. */
  fonts?: FontLoader;
}

/** Thrown by `buildDocument` for data that does not fit the schema; `messageKey` is for t(). */
export class DocumentDataError extends Error {
  readonly messageKey = 'docInvalidData';
  constructor(readonly issues: string[]) {
    super(`invalid document data: ${issues.join('; ')}`);
    this.name = 'DocumentDataError';
  }
}

const RENDERERS: Record<DocumentKind, typeof renderDichiarazioneSmarrimento> = {
  'dichiarazione-smarrimento': renderDichiarazioneSmarrimento,
  'delega-terzi': renderDelegaTerzi,
  'dichiarazione-minore': renderDichiarazioneMinore,
  'istanza-recupero': renderIstanzaRecupero,
};

const TITLES: Record<DocumentKind, Record<DocumentLanguage, string>> = {
  'dichiarazione-smarrimento': { it: 'Dichiarazione sostitutiva di smarrimento dei codici PIN/PUK', de: 'Ersatzerklärung über den Verlust der PIN/PUK-Codes' },
  'delega-terzi': { it: 'Delega per la richiesta di ristampa dei codici PIN/PUK', de: 'Vollmacht für den Antrag auf Neudruck der PIN/PUK-Codes' },
  'dichiarazione-minore': { it: 'Dichiarazione del genitore o tutore: smarrimento dei codici PIN/PUK', de: 'Erklärung des Elternteils oder Vormunds: Verlust der PIN/PUK-Codes' },
  'istanza-recupero': { it: 'Istanza di recupero dei codici PIN/PUK', de: 'Antrag auf Wiedererlangung der PIN/PUK-Codes' },
};

/**
 * Builds one document as an A4 PDF. Missing fields become blank lines to fill in by hand.
 * Throws `DocumentDataError` for an unknown kind or invalid data (see `DocumentData`).
 */
export async function buildDocument(
  kind: DocumentKind,
  data: DocumentDataInput,
  options: DocumentOptions = {},
): Promise<Uint8Array> {
  const kindResult = DocumentKindSchema.safeParse(kind);
  const parsed = DocumentData.safeParse(data ?? {});
  if (!kindResult.success || !parsed.success) {
    const issues = [...(kindResult.error?.issues ?? []), ...(parsed.error?.issues ?? [])];
    throw new DocumentDataError(issues.map((i) => `${i.path.join('.') || 'kind'}: ${i.message}`));
  }
  const lang = options.lang === 'de' ? 'de' : 'it';
  const letterhead = { ...options.letterhead, ...stripUndefined(parsed.data.letterhead) };
  const content: DocumentData = { ...parsed.data, letterhead };

  const doc = await PDFDocument.create();
  doc.registerFontkit(cachingFontkit);
  doc.setTitle(TITLES[kindResult.data][lang]);
  doc.setLanguage(lang === 'de' ? 'de-IT' : 'it-IT');
  doc.setCreator('Sportello CIE');
  doc.setProducer('Sportello CIE (pdf-lib)');
  const faces = await embedFaces(doc, options.fonts ?? defaultFontLoader, collectText(content));
  const writer = new Writer(doc, faces);
  await drawLetterhead(writer, doc, letterhead, lang);
  RENDERERS[kindResult.data](writer, content, lang);
  drawFooters(writer, TITLES[kindResult.data][lang], lang);
  // No yielding to the event loop between objects: a one-page document is small.
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}

/** Every string in the data: decides whether the latin-ext fonts are needed. */
function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const v of Object.values(value)) collectText(v, out);
  }
  return out;
}

function stripUndefined<T extends object>(value: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
}
