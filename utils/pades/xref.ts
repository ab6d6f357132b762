/**
 * Where one object sits in a PDF written with a classic xref table (pdf-lib without object
 * streams, no incremental update): its offset comes from the table, not from searching text.
 */
export function objectSpan(text: string, objectNumber: number): { start: number; end: number } {
  const tail = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  const xrefAt = tail ? Number(tail[1]) : -1;
  if (xrefAt < 0 || !text.startsWith('xref', xrefAt)) throw new Error('xref table not found');

  const subsection = /\s*(\d+) (\d+)\s*\r?\n/y;
  subsection.lastIndex = xrefAt + 4;
  for (let header = subsection.exec(text); header; header = subsection.exec(text)) {
    const first = Number(header[1]);
    const count = Number(header[2]);
    const entries = subsection.lastIndex;
    if (objectNumber >= first && objectNumber < first + count) {
      // Each entry is exactly 20 bytes: 10-digit offset, generation, n|f, end of line.
      const entry = /^(\d{10}) (\d{5}) n/.exec(text.slice(entries + (objectNumber - first) * 20, entries + (objectNumber - first + 1) * 20));
      if (!entry) throw new Error(`object ${objectNumber} is not in use`);
      return spanAt(text, Number(entry[1]), objectNumber);
    }
    subsection.lastIndex = entries + count * 20;
  }
  throw new Error(`object ${objectNumber} not in the xref table`);
}

function spanAt(text: string, offset: number, objectNumber: number): { start: number; end: number } {
  const header = new RegExp(`${objectNumber} 0 obj\\b`, 'y');
  header.lastIndex = offset;
  if (!header.test(text)) throw new Error(`object ${objectNumber} not at its xref offset`);
  // A dictionary with no stream: its first "endobj" closes it.
  const end = text.indexOf('endobj', header.lastIndex);
  if (end < 0) throw new Error(`object ${objectNumber} has no end`);
  return { start: offset, end };
}
