import { rgb, type PDFDocument, type PDFPage } from 'pdf-lib';
import { shape, type FaceSet } from './faces';
import { drawSegments } from './text-ops';
import { lineWidth, wrapRuns, type Run } from './wrap';

export type { Run } from './wrap';

/** A4 in points, with the margins every document uses (25 mm sides, 20 mm top, 25 mm bottom). */
export const PAGE = { width: 595.28, height: 841.89, left: 71, right: 71, top: 57, bottom: 71 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const INK = rgb(0.08, 0.08, 0.1);
const INK_RGB: [number, number, number] = [0.08, 0.08, 0.1];

export interface ParagraphOptions {
  size?: number;
  align?: 'left' | 'center' | 'right';
  /** Left indent in points (checkbox items, lists). */
  indent?: number;
  /** Space after the paragraph, in points. */
  after?: number;
}

/** Writes flowing text top to bottom, wrapping words and opening new pages as needed. */
export class Writer {
  readonly pages: PDFPage[] = [];
  page!: PDFPage;
  y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly faces: FaceSet,
  ) {
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pages.push(this.page);
    this.y = PAGE.height - PAGE.top;
  }

  /** Opens a new page unless `height` points still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < PAGE.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  /** A wrapped paragraph. */
  paragraph(runs: Run[], options: ParagraphOptions = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const lineHeight = size * 1.4;
    for (const line of wrapRuns(this.faces, runs, size, CONTENT_WIDTH - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      const width = lineWidth(line, size);
      const free = CONTENT_WIDTH - indent - width;
      const x = PAGE.left + indent + (options.align === 'center' ? free / 2 : options.align === 'right' ? free : 0);
      drawSegments(this.page, line, x, this.y + size * 0.3, size, INK_RGB);
    }
    this.y -= options.after ?? size * 0.6;
  }

  /** A checkbox item: a drawn square (crossed when checked) and the text beside it. */
  checkbox(checked: boolean, runs: Run[], options: ParagraphOptions = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 12;
    this.ensure(size * 1.4);
    const box = size * 0.8;
    const x = PAGE.left + indent;
    const top = this.y - size * 0.35;
    this.page.drawRectangle({ x, y: top - box, width: box, height: box, borderColor: INK, borderWidth: 0.8 });
    if (checked) {
      this.page.drawLine({ start: { x: x + 2, y: top - 2 }, end: { x: x + box - 2, y: top - box + 2 }, thickness: 1.1, color: INK });
      this.page.drawLine({ start: { x: x + 2, y: top - box + 2 }, end: { x: x + box - 2, y: top - 2 }, thickness: 1.1, color: INK });
    }
    this.paragraph(runs, { ...options, size, indent: indent + box + 8 });
  }

  /** A horizontal rule across the text width. */
  rule(thickness = 0.6): void {
    this.page.drawLine({
      start: { x: PAGE.left, y: this.y },
      end: { x: PAGE.width - PAGE.right, y: this.y },
      thickness,
      color: rgb(0.55, 0.55, 0.6),
    });
  }

  /** A signature line of `width` points ending at the right margin, with its label above. */
  signatureLine(label: string, width = 200, size = 10): void {
    this.ensure(size * 1.4 + 36);
    const segments = shape(this.faces, label, false);
    const labelWidth = lineWidth(segments, size);
    // A long label (German) widens the line rather than running past the margin.
    width = Math.min(CONTENT_WIDTH, Math.max(width, labelWidth + 12));
    const x = PAGE.width - PAGE.right - width;
    this.y -= size * 1.4;
    drawSegments(this.page, segments, x + Math.max(0, (width - labelWidth) / 2), this.y + size * 0.3, size, INK_RGB);
    this.y -= 30;
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness: 0.7, color: INK });
    this.y -= 8;
  }
}
