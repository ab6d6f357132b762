/**
 * An image's size read from its header alone, so a file that claims huge dimensions is refused
 * before anything decodes it (pdf-lib turns a PNG into raw RGBA: 69 bytes claiming
 * 20000x20000 took 3 GB and 30 s).
 */
export interface ImageSize {
  width: number;
  height: number;
  /** An animated PNG: pdf-lib decodes every frame, each the full size, before refusing it. */
  animated: boolean;
}

/** Width, height and animation of a PNG or JPEG, or null when the header is malformed. */
export function readImageSize(bytes: Uint8Array, kind: 'png' | 'jpeg'): ImageSize | null {
  const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const ascii = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

const ANIMATION_CHUNKS = new Set(['acTL', 'fcTL', 'fdAT']);

/**
 * IHDR must be the first chunk. Every chunk is then visited by its length alone (nothing is
 * inflated): pdf-lib's decoder honours animation chunks wherever they are, not only before IDAT.
 */
function pngSize(bytes: Uint8Array): ImageSize | null {
  const data = view(bytes);
  if (bytes.length < 33 || data.getUint32(8) !== 13 || ascii(bytes, 12) !== 'IHDR') return null;
  let animated = false;
  for (let at = 33; at + 8 <= bytes.length; at += 12 + data.getUint32(at)) {
    const type = ascii(bytes, at + 4);
    if (type === 'IEND') break;
    animated ||= ANIMATION_CHUNKS.has(type);
  }
  return { width: data.getUint32(16), height: data.getUint32(20), animated };
}

// Frame headers a PDF's DCTDecode reads: baseline, extended sequential, progressive.
const SOF_READ = new Set([0xc0, 0xc1, 0xc2]);
// Other start-of-frame codes, and the two pdf-lib mistakes for one (DHT 0xc4 excepted): met before
// a frame we read, the dimensions pdf-lib writes and those a viewer decodes could differ.
const SOF_OTHER = new Set([0xc3, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf, 0xde]);

/**
 * The first start-of-frame segment's size. Strict on purpose: every segment before it must be a
 * marker with a length (no fill bytes), the way pdf-lib walks the file, so both agree on it.
 */
function jpegSize(bytes: Uint8Array): ImageSize | null {
  const data = view(bytes);
  if (bytes.length < 4 || data.getUint16(0) !== 0xffd8) return null;
  for (let at = 2; at + 4 <= bytes.length; ) {
    const marker = data.getUint16(at);
    const code = marker & 0xff;
    if (marker >> 8 !== 0xff || code === 0xff || code === 0xda || code === 0xd9 || SOF_OTHER.has(code)) return null;
    if ((code >= 0xd0 && code <= 0xd7) || code === 0x01) return null; // markers without a length
    const length = data.getUint16(at + 2);
    if (length < 2) return null;
    if (SOF_READ.has(code)) {
      if (length < 8 || at + 9 > bytes.length) return null;
      return { height: data.getUint16(at + 5), width: data.getUint16(at + 7), animated: false };
    }
    at += 2 + length;
  }
  return null;
}
