import { BYTE_RANGE_PLACEHOLDER, SIGNATURE_MAX_BYTES } from './placeholder';

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
 * Finds the zero-filled /Contents, writes `[0 gapStart gapEnd rest]` over the /ByteRange
 * placeholder (padded to the same length, so no offset moves) and returns the covered bytes.
 */
export function prepareByteRange(pdf: Uint8Array): PreparedPdf {
  const text = latin1(pdf);
  const hole = `<${'0'.repeat(SIGNATURE_MAX_BYTES * 2)}>`;
  const gapStart = text.lastIndexOf(hole);
  if (gapStart < 0) throw new Error('signature placeholder not found');
  const gapEnd = gapStart + hole.length;

  const name = `/${BYTE_RANGE_PLACEHOLDER}`;
  const placeholder = new RegExp(`\\[\\s*0\\s+${escape(name)}\\s+${escape(name)}\\s+${escape(name)}\\s*\\]`);
  const match = placeholder.exec(text);
  if (!match) throw new Error('byte range placeholder not found');
  const filled = `[0 ${gapStart} ${gapEnd} ${pdf.length - gapEnd}]`;
  if (filled.length > match[0].length) throw new Error('byte range does not fit');

  const out = pdf.slice();
  const bytes = new TextEncoder().encode(filled.padEnd(match[0].length, ' '));
  out.set(bytes, match.index);
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
