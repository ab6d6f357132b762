// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createSimulatorIdentity, type SimKeyType, type SimRsaPadding } from '@/test/native-host/identity';
import { nodeConnector } from '@/test/native-host/node-port';
import { buildDocument, exampleDocumentData, nodeFontLoader } from '@/utils/documents';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { signPdfWithCard } from '@/utils/webeid/sign-with-card';
import { pdfsig, signerAlgorithm } from './signed-pdf.test-helper';

async function makePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Dichiarazione di prova', { x: 50, y: 780, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

// RSASSA-PSS-params: SHA-256, MGF1 with SHA-256, salt 32 (trailer 1 by default), in DER.
const PSS_SHA256 = '3034a00f300d06096086480165030402010500a11c301a06092a864886f70d010108300d06096086480165030402010500a203020120';

const CARDS: { keyType: SimKeyType; padding?: SimRsaPadding; oid: string; params: string | null }[] = [
  { keyType: 'ECC', oid: '1.2.840.10045.4.3.2', params: null }, // ecdsa-with-SHA256, no parameters
  { keyType: 'RSA', padding: 'PKCS1.5', oid: '1.2.840.113549.1.1.11', params: '0500' }, // sha256WithRSAEncryption, NULL
  { keyType: 'RSA', padding: 'PSS', oid: '1.2.840.113549.1.1.10', params: PSS_SHA256 }, // RSASSA-PSS
];

describe.each(CARDS)('PAdES signature with a $keyType $padding card through the simulated app', (card) => {
  it('is reported valid by pdfsig and declares the algorithm the app reported', async () => {
    const identity = await createSimulatorIdentity({
      dir: mkdtempSync(join(tmpdir(), 'sim-')),
      keyType: card.keyType,
      ...(card.padding ? { padding: card.padding } : {}),
    });
    const bridge = createWebEidBridge({ connector: nodeConnector({ WEBEID_SIM_CONFIG: identity.configPath }), timeoutMs: () => 10_000 });
    const original = await makePdf();
    const signed = await signPdfWithCard(bridge, original, { origin: 'https://sportellocie.it', reason: 'Test' });

    expect(signed.length).toBeGreaterThan(original.length);
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: ROSSI MARIO');
    expect(report).toMatch(/Total document signed/);
    expect(await signerAlgorithm(signed)).toEqual({ oid: card.oid, params: card.params });

    // One changed byte inside the signed range breaks it.
    const tampered = signed.slice();
    const at = new TextDecoder('latin1').decode(signed).indexOf('Dichiarazione');
    tampered[at > 0 ? at : 200]! ^= 1;
    expect(pdfsig(tampered)).not.toContain('Signature is Valid.');
  });
});

describe('a generated document (documents feature), signed', () => {
  it('keeps its text and verifies with pdfsig', async () => {
    const identity = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sim-')), keyType: 'ECC' });
    const bridge = createWebEidBridge({ connector: nodeConnector({ WEBEID_SIM_CONFIG: identity.configPath }), timeoutMs: () => 10_000 });
    const kind = 'dichiarazione-smarrimento';
    const original = await buildDocument(kind, exampleDocumentData(kind), { fonts: nodeFontLoader });
    const signed = await signPdfWithCard(bridge, original, { origin: 'https://sportellocie.it' });
    expect(pdfsig(signed)).toContain('Signature Validation: Signature is Valid.');
    const dir = mkdtempSync(join(tmpdir(), 'pades-'));
    writeFileSync(join(dir, 'doc.pdf'), signed);
    expect(execFileSync('pdftotext', [join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' })).toMatch(/smarrimento/i);
  });
});
