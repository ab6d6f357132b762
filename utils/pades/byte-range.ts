import { BYTE_RANGE_PLACEHOLDER, SIGNATURE_MAX_BYTES } from './placeholder';
import { objectSpan } from './xref';

/** A prepared PDF: the /ByteRange filled in, and the bytes the signature covers. */
export interface PreparedPdf {
  pdf: Uint8Array;
  /** Start and end (exclusive) of `<...>` in /Contents, the only bytes not signed. */
  gapStart: number;
  gapEnd: number;
  signedBytes: Uint8Array;
}

const latin1 = (bytes: Uint8Array): string => {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return text;
};

/**
 * In the signature dictionary (object `signatureObject`, found through the xref table, never by
 * searching the whole file, where a page's content could carry look-alike text), finds the
 * zero-filled /Contents, writes `[0 gapStart gapEnd rest]` over its /ByteRange placeholder
 * (padded to the same length, so no offset moves) and returns the covered bytes.
 */
export function prepareByteRange(pdf: Uint8Array, signatureObject: number): PreparedPdf {
  const text = latin1(pdf);
  const span = objectSpan(text, signatureObject);
  const dict = text.slice(span.start, span.end);

  const hole = new RegExp(`/Contents\\s*<0{${SIGNATURE_MAX_BYTES * 2}}>`).exec(dict);
  if (!hole) throw new Error('signature placeholder not found');
  const gapStart = span.start + hole.index + hole[0].indexOf('<');
  const gapEnd = gapStart + SIGNATURE_MAX_BYTES * 2 + 2;

  const name = escape(`/${BYTE_RANGE_PLACEHOLDER}`);
  const placeholder = new RegExp(`/ByteRange\\s*\\[\\s*0\\s+${name}\\s+${name}\\s+${name}\\s*\\]`).exec(dict);
  if (!placeholder) throw new Error('byte range placeholder not found');
  const at = span.start + placeholder.index + placeholder[0].indexOf('[');
  const width = placeholder[0].length - placeholder[0].indexOf('[');
  const filled = `[0 ${gapStart} ${gapEnd} ${pdf.length - gapEnd}]`;
  if (filled.length > width) throw new Error('byte range does not fit');

  const out = pdf.slice();
  out.set(new TextEncoder().encode(filled.padEnd(width, ' ')), at);
  const signedBytes = new Uint8Array(gapStart + (out.length - gapEnd));
  signedBytes.set(out.subarray(0, gapStart), 0);
  signedBytes.set(out.subarray(gapEnd), gapStart);
  return { pdf: out, gapStart, gapEnd, signedBytes };
}

/** Writes the DER CMS, hex-encoded and zero-padded, into the /Contents gap. */
export function embedSignature(prepared: PreparedPdf, cms: Uint8Array): Uint8Array {
  if (cms.length > SIGNATURE_MAX_BYTES) throw new Error('signature larger than its placeholder');
  const hex = Array.from(cms, (b) => b.toString(16).padStart(2, '0')).join('');
  const out = prepared.pdf.slice();
  out.set(new TextEncoder().encode(hex), prepared.gapStart + 1);
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
