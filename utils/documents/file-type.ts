/** File types the documents module accepts, told apart by their first bytes, never by name. */
export type SniffedType = 'png' | 'jpeg' | 'pdf';

/** The type of `bytes` from its magic number, or null when it is none of PNG, JPEG, PDF. */
export function sniffType(bytes: Uint8Array): SniffedType | null {
  const starts = (magic: number[], offset = 0): boolean =>
    bytes.length >= offset + magic.length && magic.every((b, i) => bytes[offset + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  // "%PDF-" may follow a little junk; readers accept it within the first 1024 bytes.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  return null;
}

/** Bytes of a `data:` URL in base64, or null when it is not one. */
export function dataUrlBytes(url: string): Uint8Array | null {
  const match = /^data:[\w/+.-]+;base64,([A-Za-z0-9+/=\s]+)$/.exec(url);
  if (!match?.[1]) return null;
  try {
    const binary = atob(match[1].replace(/\s+/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
