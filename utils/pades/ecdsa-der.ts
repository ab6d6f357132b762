/**
 * ECDSA raw `R||S` (what Web eID and PKCS#11 cards return) to the DER
 * `SEQUENCE { INTEGER r, INTEGER s }` that CMS requires. Throws on an odd or empty input.
 */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0) throw new Error('ECDSA signature: R||S length must be even');
  const half = raw.length / 2;
  const r = derInteger(raw.subarray(0, half));
  const s = derInteger(raw.subarray(half));
  return concat([Uint8Array.of(0x30), derLength(r.length + s.length), r, s]);
}

/** Unsigned big-endian bytes as a minimal DER INTEGER (leading zeros dropped, 0x00 if the top bit is set). */
function derInteger(bytes: Uint8Array): Uint8Array {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = bytes.subarray(start);
  const pad = (trimmed[0] ?? 0) & 0x80 ? Uint8Array.of(0) : new Uint8Array(0);
  const body = concat([pad, trimmed]);
  return concat([Uint8Array.of(0x02), derLength(body.length), body]);
}

function derLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  if (length < 0x100) return Uint8Array.of(0x81, length);
  return Uint8Array.of(0x82, length >> 8, length & 0xff);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
