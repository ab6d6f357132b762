import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, DOCUMENT_KINDS, exampleDocumentData } from '../documents';
import { renderPages } from './pdf-tools.test-helper';

// Renders every document to PNG under test-output/documents/ so a person can look at the layout.
const OUT = join(process.cwd(), 'test-output', 'documents');

describe('visual check', () => {
  it('renders every kind, full and blank, it and de, as A4 PNG pages', async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const kind of DOCUMENT_KINDS) {
      for (const lang of ['it', 'de'] as const) {
        renderPages(await buildDocument(kind, exampleDocumentData(kind), { lang }), join(OUT, `${kind}-${lang}`));
        renderPages(await buildDocument(kind, {}, { lang }), join(OUT, `${kind}-${lang}-blank`));
      }
    }
    const files = readdirSync(OUT).filter((f) => f.endsWith('.png'));
    expect(files.length).toBeGreaterThanOrEqual(DOCUMENT_KINDS.length * 4);
    for (const f of files) {
      const png = readFileSync(join(OUT, f));
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      expect(height / width, f).toBeCloseTo(841.89 / 595.28, 2);
    }
  });
});
