import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as asn1js from 'asn1js';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import * as pkijs from 'pkijs';

/** `pdfsig` (poppler, NSS): the independent verifier; its report is on stdout even on exit 1. */
export function pdfsig(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pades-')), 'signed.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

/** The signature dictionary of the first signature field, read back by pdf-lib. */
export async function signatureDictionary(bytes: Uint8Array): Promise<PDFDict> {
  const doc = await PDFDocument.load(bytes);
  const field = doc.getForm().getFields()[0];
  const value = field?.acroField.dict.lookup(PDFName.of('V'));
  if (!(value instanceof PDFDict)) throw new Error('no signature dictionary');
  return value;
}

/** The /Reason as text, whichever string form holds it. */
export async function signatureReason(bytes: Uint8Array): Promise<string | undefined> {
  const reason = (await signatureDictionary(bytes)).lookup(PDFName.of('Reason'));
  return reason instanceof PDFHexString || reason instanceof PDFString ? reason.decodeText() : undefined;
}

/** The SignerInfo's signatureAlgorithm in the embedded CMS: its OID and DER parameters (hex). */
export async function signerAlgorithm(bytes: Uint8Array): Promise<{ oid: string; params: string | null }> {
  const contents = (await signatureDictionary(bytes)).lookup(PDFName.of('Contents'));
  if (!(contents instanceof PDFHexString)) throw new Error('no /Contents');
  const der = contents.asBytes();
  const asn1 = asn1js.fromBER(der.slice().buffer);
  const signed = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: asn1.result }).content });
  const algorithm = signed.signerInfos[0]!.signatureAlgorithm;
  const params = algorithm.algorithmParams as asn1js.BaseBlock | undefined;
  return {
    oid: algorithm.algorithmId,
    params: params ? Buffer.from(params.toBER(false)).toString('hex') : null,
  };
}
