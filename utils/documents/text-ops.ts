import {
  beginText,
  endText,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type PDFFont,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import { textWidth, type Segment } from './faces';

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) fontKeys.set(page, (keys = new Map<PDFFont, PDFName>()));
  let key = keys.get(font);
  if (!key) keys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
  return key;
}

/**
 * Draws a line of segments in one text object. pdf-lib's `drawText` re-measures and re-wraps
 * every call; the line is already laid out here, so the operators are written directly.
 */
export function drawSegments(
  page: PDFPage,
  segments: Segment[],
  x: number,
  y: number,
  size: number,
  gray: [number, number, number],
): void {
  const ops = [beginText(), setFillingRgbColor(...gray)];
  let cx = x;
  for (const s of segments) {
    ops.push(setFontAndSize(fontKey(page, s.face.pdf), size), setTextMatrix(1, 0, 0, 1, cx, y), showText(s.face.pdf.encodeText(s.text)));
    cx += textWidth(s.face, s.text, size);
  }
  ops.push(endText());
  page.pushOperators(...ops);
}
