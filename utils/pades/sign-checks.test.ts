// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createSimulatorIdentity, simSignFaults, type SimKeyType, type SimMode } from '@/test/native-host/identity';
import { nodeConnector } from '@/test/native-host/node-port';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { bytesToBase64 } from '@/utils/base64';
import { signPdfMessage } from '@/utils/webeid/service';
import { BYTE_RANGE_PLACEHOLDER, SIGNATURE_MAX_BYTES } from './placeholder';
import { pdfsig, signatureReason } from './signed-pdf.test-helper';

async function simulator(keyType: SimKeyType, mode: SimMode = 'normal'): Promise<ReturnType<typeof createWebEidBridge>> {
  const identity = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sim-')), keyType, mode });
  return createWebEidBridge({ connector: nodeConnector({ WEBEID_SIM_CONFIG: identity.configPath }), timeoutMs: () => 10_000 });
}

async function makePdf(extraContent = ''): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Dichiarazione di prova', { x: 50, y: 780, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  // An uncompressed content stream: its text is in the saved file as it is written here.
  if (extraContent) page.node.addContentStream(doc.context.register(doc.context.stream(extraContent)));
  return doc.save({ useObjectStreams: false });
}

const sign = async (bridge: ReturnType<typeof createWebEidBridge>, pdf: Uint8Array, reason?: string) =>
  signPdfMessage(bridge, { pdf: bytesToBase64(pdf), ...(reason ? { reason } : {}) });

describe('the signer checks the card before embedding anything', () => {
  it.each(
    (['ECC', 'RSA'] as const).flatMap((keyType) => simSignFaults().map(([mode, code]) => [keyType, mode, code] as const)),
  )('a %s card in %s mode gives %s and no PDF', async (keyType, mode, code) => {
    expect(await sign(await simulator(keyType, mode), await makePdf())).toEqual({ ok: false, code });
  });
});

describe('what the signature dictionary holds', () => {
  it('keeps a reason with ) \\ ( ő intact and the PDF valid', async () => {
    const reason = 'Firma ) \\ ( ő — ristampa (PIN\\PUK)';
    const reply = await sign(await simulator('ECC'), await makePdf(), reason);
    if (!reply.ok) throw new Error(reply.code);
    const signed = Buffer.from(reply.pdf, 'base64');
    expect(pdfsig(signed)).toContain('Signature Validation: Signature is Valid.');
    expect(await signatureReason(signed)).toBe(reason);
  });

  it('fills the /ByteRange and /Contents of its own dictionary, not look-alikes in a page', async () => {
    const zeros = '0'.repeat(SIGNATURE_MAX_BYTES * 2);
    const name = `/${BYTE_RANGE_PLACEHOLDER}`;
    const decoy = `% /Type /Sig /ByteRange [0 ${name} ${name} ${name}] /Contents <${zeros}>\n`;
    const pdf = await makePdf(decoy);
    expect(new TextDecoder('latin1').decode(pdf)).toContain(decoy);
    const reply = await sign(await simulator('RSA'), pdf);
    if (!reply.ok) throw new Error(reply.code);
    const signed = Buffer.from(reply.pdf, 'base64');
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    // The decoy in the page is signed over, untouched.
    expect(signed.toString('latin1')).toContain(decoy);
  });
});
