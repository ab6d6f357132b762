import type { PDFDocument, PDFFont } from 'pdf-lib';
import { loadFontBytes, parseFont, type FontFaceName, type FontLoader, type ParsedFont } from './fonts';

/** An embedded font with its parsed twin (for coverage) and a per-character width cache. */
export interface Face {
  pdf: PDFFont;
  parsed: ParsedFont;
  /** Advance width of a character at size 1. */
  widths: Map<string, number>;
}

/** Regular and bold, plus the latin-ext fallbacks when the text needs them. */
export interface FaceSet {
  regular: Face;
  bold: Face;
  regularExt?: Face;
  boldExt?: Face;
}

/** A piece of text drawn in one face. */
export interface Segment {
  text: string;
  face: Face;
}

// Ligatures and kerning off: widths then add up per character, as drawn.
const FEATURES = { liga: false, clig: false, calt: false, kern: false };

async function embedFace(doc: PDFDocument, loader: FontLoader, name: FontFaceName): Promise<Face> {
  const bytes = await loadFontBytes(loader, name);
  const pdf = await doc.embedFont(bytes, { subset: true, features: FEATURES });
  return { pdf, parsed: parseFont(bytes), widths: faceWidths(bytes) };
}

// Widths are a property of the font file, so they are shared by every document.
const widthCache = new WeakMap<Uint8Array, Map<string, number>>();
function faceWidths(bytes: Uint8Array): Map<string, number> {
  let widths = widthCache.get(bytes);
  if (!widths) widthCache.set(bytes, (widths = new Map<string, number>()));
  return widths;
}

/** Embeds the faces; the latin-ext ones only if some character of `texts` needs them. */
export async function embedFaces(doc: PDFDocument, loader: FontLoader, texts: string[]): Promise<FaceSet> {
  const [regular, bold] = await Promise.all([embedFace(doc, loader, 'regular'), embedFace(doc, loader, 'bold')]);
  const set: FaceSet = { regular, bold };
  const needsExt = texts.some((s) => [...s].some((ch) => !covers(regular, ch)));
  if (needsExt) {
    [set.regularExt, set.boldExt] = await Promise.all([
      embedFace(doc, loader, 'regularExt'),
      embedFace(doc, loader, 'boldExt'),
    ]);
  }
  return set;
}

function covers(face: Face, ch: string): boolean {
  return ch === ' ' || face.parsed.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
}

/** Width of `text` in `face` at `size` points. */
export function textWidth(face: Face, text: string, size: number): number {
  let sum = 0;
  for (const ch of text) {
    let w = face.widths.get(ch);
    if (w === undefined) {
      const glyph = face.parsed.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      w = glyph.advanceWidth / face.parsed.unitsPerEm;
      face.widths.set(ch, w);
    }
    sum += w;
  }
  return sum * size;
}

/**
 * Splits text into segments by the face that has each character. A character no face has
 * loses its accent if that helps (NFD), else becomes "?": never an empty box.
 */
export function shape(faces: FaceSet, text: string, bold: boolean): Segment[] {
  const main = bold ? faces.bold : faces.regular;
  const ext = bold ? faces.boldExt : faces.regularExt;
  const segments: Segment[] = [];
  for (const raw of text) {
    let ch = raw;
    let face = main;
    if (!covers(main, ch)) {
      if (ext && covers(ext, ch)) face = ext;
      else {
        const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
        ch = base.length > 0 && [...base].every((c) => covers(main, c)) ? base : '?';
      }
    }
    const last = segments[segments.length - 1];
    if (last && last.face === face) last.text += ch;
    else segments.push({ text: ch, face });
  }
  return segments;
}
