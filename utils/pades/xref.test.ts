import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { objectSpan } from './xref';

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

describe('objectSpan', () => {
  it('finds an object by the xref table, also past a gap in the numbering', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    const gone = doc.context.register(doc.context.obj({ Nota: 'da togliere' }));
    const kept = doc.context.register(doc.context.obj({ Nota: 'da trovare' }));
    doc.context.delete(gone);
    const text = latin1(await doc.save({ useObjectStreams: false }));
    expect(text).toMatch(/xref\n0 \d+\n[\s\S]*\n\d+ \d+\n/); // more than one subsection
    const span = objectSpan(text, kept.objectNumber);
    expect(text.slice(span.start, span.end)).toMatch(new RegExp(`^${kept.objectNumber} 0 obj\\n<<\\n/Nota /da#20trovare\\n>>\\n$`));
    expect(() => objectSpan(text, gone.objectNumber)).toThrow();
  });

  it('ignores look-alike text elsewhere and refuses a file without a table', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.node.set(PDFName.of('Finta'), doc.context.obj('7 0 obj'));
    const text = latin1(await doc.save({ useObjectStreams: false }));
    expect(() => objectSpan(text, 999)).toThrow(/not in the xref/);
    expect(() => objectSpan(text.replace(/startxref[\s\S]*$/, ''), 1)).toThrow(/xref table not found/);
  });
});
