// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createSimulatorIdentity, type SimKeyType } from '@/test/native-host/identity';
import { nodeConnector } from '@/test/native-host/node-port';
import { buildDocument, exampleDocumentData, nodeFontLoader } from '@/utils/documents';
import { createWebEidBridge } from '@/utils/webeid/bridge';
import { signPdfWithCard } from '@/utils/webeid/sign-with-card';

async function makePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText('Dichiarazione di prova', { x: 50, y: 780, size: 18, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save();
}

/** `pdfsig` (poppler, NSS): the independent verifier. */
function pdfsig(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'pades-'));
  const file = join(dir, 'signed.pdf');
  writeFileSync(file, bytes);
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    // pdfsig exits non-zero when the certificate is untrusted; its report is still on stdout.
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe.each<SimKeyType>(['ECC', 'RSA'])('PAdES signature with a %s key through the simulated app', (keyType) => {
  it('is reported valid by pdfsig', async () => {
    const identity = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sim-')), keyType });
    const bridge = createWebEidBridge({ connector: nodeConnector({ WEBEID_SIM_CONFIG: identity.configPath }), timeoutMs: () => 10_000 });
    const original = await makePdf();
    const signed = await signPdfWithCard(bridge, original, { origin: 'https://sportellocie.it', reason: 'Test' });

    expect(signed.length).toBeGreaterThan(original.length);
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Signer Certificate Common Name: ROSSI MARIO');
    expect(report).toMatch(/Total document signed/);

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
