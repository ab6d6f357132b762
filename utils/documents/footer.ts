import { rgb } from 'pdf-lib';
import { textWidth } from './faces';
import { PAGE, type Writer } from './layout';
import { drawSegments } from './text-ops';
import type { DocumentLanguage } from './schema';

const FOOTER_SIZE = 8;
const GREY = rgb(0.4, 0.4, 0.45);
const GREY_RGB: [number, number, number] = [0.4, 0.4, 0.45];

/** Document title on the left and "Pagina n di N" on the right of every page's foot. */
export function drawFooters(w: Writer, title: string, lang: DocumentLanguage): void {
  const total = w.pages.length;
  const y = PAGE.bottom - 30;
  const face = w.faces.regular;
  w.pages.forEach((page, index) => {
    const number = lang === 'de' ? `Seite ${index + 1} von ${total}` : `Pagina ${index + 1} di ${total}`;
    const numberX = PAGE.width - PAGE.right - textWidth(face, number, FOOTER_SIZE);
    page.drawLine({
      start: { x: PAGE.left, y: y + 12 },
      end: { x: PAGE.width - PAGE.right, y: y + 12 },
      thickness: 0.3,
      color: GREY,
    });
    // The title comes from our own tables: it is always in the latin face.
    drawSegments(page, [{ text: title, face }], PAGE.left, y, FOOTER_SIZE, GREY_RGB);
    drawSegments(page, [{ text: number, face }], numberX, y, FOOTER_SIZE, GREY_RGB);
  });
}
