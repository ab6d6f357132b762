import { PDFArray, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';

/** Room for the CMS in the PDF: 8 KiB (signer certificate + signature fit well inside). */
export const SIGNATURE_MAX_BYTES = 8192;
/** Written where the byte range goes; replaced, same length, once offsets are known. */
export const BYTE_RANGE_PLACEHOLDER = '**********';

export interface PlaceholderOptions {
  reason: string;
  /** The signing time shown by viewers (/M); baseline B keeps it out of the CMS. */
  signingTime: Date;
  fieldName?: string;
}

/** The PDF with its placeholders, and the object number of the /Sig dictionary holding them. */
export interface PlacedSignature {
  pdf: Uint8Array;
  signatureObject: number;
}

/**
 * Adds an invisible signature field whose /Sig dictionary has a zero-filled /Contents and a
 * placeholder /ByteRange (PAdES: /SubFilter /ETSI.CAdES.detached). Saved without object
 * streams, with a classic xref table, so the dictionary is found at its recorded offset.
 */
export async function addSignaturePlaceholder(pdf: Uint8Array, options: PlaceholderOptions): Promise<PlacedSignature> {
  const doc = await PDFDocument.load(pdf);
  const page = doc.getPage(0);
  const context = doc.context;

  const byteRange = PDFArray.withContext(context);
  byteRange.push(PDFNumber.of(0));
  for (let i = 0; i < 3; i++) byteRange.push(PDFName.of(BYTE_RANGE_PLACEHOLDER));

  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: byteRange,
    Contents: PDFHexString.of('0'.repeat(SIGNATURE_MAX_BYTES * 2)),
    // UTF-16BE hex with BOM: any character, and nothing a reason holds (parentheses,
    // backslashes, "/Contents <") can be read as PDF syntax. PDFString.of escapes nothing.
    Reason: PDFHexString.fromText(options.reason),
    M: PDFString.fromDate(options.signingTime),
  });
  const signatureRef = context.register(signature);

  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: [0, 0, 0, 0],
    V: signatureRef,
    T: PDFHexString.fromText(options.fieldName ?? 'Firma1'),
    F: 4,
    P: page.ref,
  });
  const widgetRef = context.register(widget);
  page.node.addAnnot(widgetRef);

  const acroForm = doc.catalog.getOrCreateAcroForm();
  acroForm.addField(widgetRef);
  acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(3));

  return { pdf: await doc.save({ useObjectStreams: false }), signatureObject: signatureRef.objectNumber };
}
