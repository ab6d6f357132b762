import { rgb, type PDFDocument, type PDFImage } from 'pdf-lib';
import type { Letterhead } from './schema';
import { dataUrlBytes, sniffType } from './file-type';
import { CONTENT_WIDTH, PAGE, type Writer } from './layout';
import type { DocumentLanguage } from './schema';

const LOGO_HEIGHT = 48;

/** "Comune di X" / "Gemeinde X", unless the name already says what it is. */
export function comuneTitle(name: string, lang: DocumentLanguage): string {
  if (/^(comune|citt[aà]|gemeinde|marktgemeinde|stadtgemeinde|stadt|municipio)\b/i.test(name)) return name;
  return lang === 'de' ? `Gemeinde ${name}` : `Comune di ${name}`;
}

/** Embeds the logo; a missing or unreadable logo is left out rather than failing the document. */
async function embedLogo(doc: PDFDocument, logo: Letterhead['logo']): Promise<PDFImage | null> {
  const bytes = typeof logo === 'string' ? dataUrlBytes(logo) : (logo ?? null);
  if (!bytes) return null;
  try {
    const type = sniffType(bytes);
    if (type === 'png') return await doc.embedPng(bytes);
    if (type === 'jpeg') return await doc.embedJpg(bytes);
  } catch {
    // A corrupt logo must not block the citizen's declaration.
  }
  return null;
}

/** Draws the letterhead at the top of the first page: logo, comune, office, a rule. */
export async function drawLetterhead(
  w: Writer,
  doc: PDFDocument,
  letterhead: Letterhead | undefined,
  lang: DocumentLanguage,
): Promise<void> {
  const name = letterhead?.comuneName;
  const office = letterhead?.officeName;
  const logo = await embedLogo(doc, letterhead?.logo);
  if (!name && !office && !logo) return;
  const top = w.y;
  let textIndent = 0;
  if (logo) {
    const scale = Math.min(LOGO_HEIGHT / logo.height, 120 / logo.width);
    const width = logo.width * scale;
    const height = logo.height * scale;
    w.page.drawImage(logo, { x: PAGE.left, y: top - height, width, height });
    textIndent = width + 12;
  }
  const lines: [string, boolean, number][] = [];
  if (name) lines.push([comuneTitle(name, lang), true, 14]);
  if (office) lines.push([office, false, 10.5]);
  w.space(logo && lines.length < 2 ? 8 : 0);
  for (const [text, bold, size] of lines) {
    w.paragraph([{ text, bold }], { size, indent: textIndent, after: 0 });
  }
  w.y = Math.min(w.y, top - (logo ? LOGO_HEIGHT : 0)) - 8;
  w.rule();
  w.page.drawLine({
    start: { x: PAGE.left, y: w.y - 2 },
    end: { x: PAGE.left + CONTENT_WIDTH, y: w.y - 2 },
    thickness: 0.3,
    color: rgb(0.75, 0.75, 0.8),
  });
  w.space(22);
}
