import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebEidErrorCode } from '../../utils/webeid/errors';
import type { SignPdfResult } from '../../utils/webeid/messages';
import { signatureReason, signerAlgorithm } from '../../utils/pades/signed-pdf.test-helper';
import { createSimulatorIdentity, simFaults, simSignFaults, writeSimulatorConfig, type SimConfig, type SimMode } from '../native-host/identity';
import { installSimulatorHost, type InstalledSimulator } from '../native-host/install-host';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel } from './page-objects';
import { pdfFromPrintPage, pdfText } from './pdf-text';
import {
  checkCertificate,
  disallowInManifest,
  expectedIdentity,
  hideHostManifest,
  italianMessage,
  makePdf,
  pdfsig,
  setWebEidTimeout,
  signThroughExtension,
} from './webeid-helpers';

/**
 * Each way the app misbehaves (switched through the simulator's config), and what the
 * operator reads. A silent app is tested as an app not installed, one that never answers
 * with a shorter timeout: both below.
 */
const FAULTS = simFaults(['silent', 'never-answer']);

/** The signed PDF of a successful reply (a failure fails the test with its code). */
function signedBytes(reply: SignPdfResult): Buffer {
  expect(reply).toMatchObject({ ok: true });
  return Buffer.from(reply.ok ? reply.pdf : '', 'base64');
}

describe.each(BROWSERS)('Web eID through real native messaging in %s', (name) => {
  let browser: E2EBrowser;
  let sim: InstalledSimulator;
  let popup: E2EPage;
  let current: SimConfig;

  const useConfig = (config: SimConfig): void => {
    current = config;
    writeSimulatorConfig(sim.configPath, config);
  };
  const setMode = (mode: SimMode): void => useConfig({ ...current, mode });

  /** The next request works again and shows the holder currently configured. */
  async function expectWorking(): Promise<void> {
    const status = await checkCertificate(popup);
    expect(status.state).toBe('ok');
    expect(status.holder).toContain(expectedIdentity({ certificateDer: Buffer.from(current.certificate, 'base64') }).holder);
  }

  async function expectFailure(code: WebEidErrorCode, timeoutMs?: number): Promise<void> {
    const status = await checkCertificate(popup, timeoutMs);
    expect(status).toMatchObject({ state: 'error', code, text: italianMessage(code) });
  }

  beforeAll(async () => {
    browser = await launch(name, {
      prepareProfile: async (dir) => {
        sim = await installSimulatorHost({ browser: name, dir, keyType: 'ECC', mode: 'normal' });
      },
    });
    current = sim.config;
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    popup = await browser.openPopupFor(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("reads the card's certificate: holder and expiry DD/MM/YYYY", async () => {
    const want = expectedIdentity(sim);
    const status = await checkCertificate(popup);
    expect(status.state).toBe('ok');
    expect(status.holder).toBe(`Titolare: ${want.holder}`);
    expect(status.expiry).toBe(`Scadenza: ${want.expiry}`);
    expect(status.expiry).toMatch(/^Scadenza: \d{2}\/\d{2}\/\d{4}$/);
  });

  it.each(FAULTS)('%s gives its Italian message, and the next request works', async (mode, code) => {
    setMode(mode);
    await expectFailure(code);
    setMode('normal');
    await expectWorking();
  });

  it('an app not installed gives its message, and the next request works once it is', async () => {
    const restore = hideHostManifest(sim);
    try {
      await expectFailure('ERR_WEBEID_NATIVE_UNAVAILABLE');
    } finally {
      restore();
    }
    await expectWorking();
  });

  it('a host manifest that does not list us gives its message (Firefox words it as not installed)', async () => {
    const restore = disallowInManifest(sim);
    try {
      await expectFailure(name === 'chromium' ? 'ERR_WEBEID_NOT_ALLOWED' : 'ERR_WEBEID_NATIVE_UNAVAILABLE');
    } finally {
      restore();
    }
    await expectWorking();
  });

  // The options page has no field for the timeout, so the test stores the office setting
  // (minimum 10 s) the way the options page would; the default stays 120 s otherwise.
  it('an app that never answers times out with its message, and the next request works', async () => {
    await setWebEidTimeout(popup, 10);
    setMode('never-answer');
    const started = Date.now();
    await expectFailure('ERR_WEBEID_USER_TIMEOUT', 30_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    setMode('normal');
    await expectWorking();
  }, 60_000);

  it('signs a PDF with the ECC card; pdfsig says the signature is valid', async () => {
    const reply = await signThroughExtension(popup, await makePdf(`Dichiarazione di prova (${name}, ECC)`));
    const report = pdfsig(signedBytes(reply));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain(`Signer Certificate Common Name: ${expectedIdentity(sim).holder}`);
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
  });

  it('with an RSA card: the certificate is read and a signed PDF verifies with pdfsig', async () => {
    const rsa = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sportello-rsa-')), keyType: 'RSA', holder: 'BIANCHI ANNA' });
    useConfig(rsa.config);
    const status = await checkCertificate(popup);
    expect(status.holder).toBe('Titolare: BIANCHI ANNA');
    expect(status.expiry).toBe(`Scadenza: ${expectedIdentity(rsa).expiry}`);

    const reply = await signThroughExtension(popup, await makePdf(`Dichiarazione di prova (${name}, RSA)`));
    const report = pdfsig(signedBytes(reply));
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: BIANCHI ANNA');
  });

  it('with an RSA-PSS card: the signature is declared RSASSA-PSS and verifies with pdfsig', async () => {
    const pss = await createSimulatorIdentity({ dir: mkdtempSync(join(tmpdir(), 'sportello-pss-')), keyType: 'RSA', padding: 'PSS', holder: 'NERI LUCA' });
    useConfig(pss.config);
    const signed = signedBytes(await signThroughExtension(popup, await makePdf(`Dichiarazione di prova (${name}, RSA-PSS)`)));
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: NERI LUCA');
    expect((await signerAlgorithm(signed)).oid).toBe('1.2.840.113549.1.1.10');
    useConfig(sim.config);
  });

  it.each(simSignFaults())('a card in %s mode gives %s and no PDF; the next one signs', async (mode, code) => {
    setMode(mode);
    expect(await signThroughExtension(popup, await makePdf('Firma sbagliata'))).toEqual({ ok: false, code });
    setMode('normal');
    expect(pdfsig(signedBytes(await signThroughExtension(popup, await makePdf('Dopo una firma sbagliata'))))).toContain('Signature is Valid.');
  });

  it('a reason with ) \\ ( ő is kept as written and the PDF verifies', async () => {
    setMode('normal');
    const reason = 'Ristampa ) \\ ( ő (PIN\\PUK)';
    const signed = signedBytes(await signThroughExtension(popup, await makePdf('Motivo con caratteri speciali'), reason));
    expect(pdfsig(signed)).toContain('Signature Validation: Signature is Valid.');
    expect(await signatureReason(signed)).toBe(reason);
  });

  it('a signing request the user cancels gives a failure code, not a PDF; the next one signs', async () => {
    setMode('user-cancelled');
    expect(await signThroughExtension(popup, await makePdf('Annullata'))).toEqual({ ok: false, code: 'ERR_WEBEID_USER_CANCELLED' });
    setMode('normal');
    const reply = await signThroughExtension(popup, await makePdf('Dopo un annullamento'));
    expect(pdfsig(signedBytes(reply))).toContain('Signature is Valid.');
  });

  /** Opens the print page of a generated document from the panel, the document shown. */
  async function openPrintPage(): Promise<E2EPage> {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    await page.type('#txtCodiceFiscale', 'RSSMRA80A41H501Y');
    await panel.click(page, 'print-dichiarazione-smarrimento');
    const printPage = await browser.waitForExtensionPage('print.html');
    await printPage.waitFor(() => document.querySelector<HTMLIFrameElement>('[data-testid=print-frame]')?.src.startsWith('blob:') === true, undefined, 20_000);
    return printPage;
  }

  it('a random signature from the card is shown to the operator as an error on the print page; the document stays unsigned', async () => {
    setMode('random-signature');
    const printPage = await openPrintPage();
    await printPage.click('[data-testid=print-sign]');
    const expected = italianMessage('ERR_WEBEID_BAD_SIGNATURE');
    await printPage.waitFor(
      (text: string) => document.querySelector('[data-testid=print-sign-status]')?.textContent?.trim() === text,
      expected,
      30_000,
    );
    const shown = await pdfFromPrintPage(printPage);
    expect(pdfText(shown)).toContain('RSSMRA80A41H501Y');
    expect(pdfsig(shown)).toMatch(/does not contain any signatures/);
    expect(await printPage.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid=print-sign]')?.disabled)).toBe(false);
    await printPage.close();
    setMode('normal');
  });

  it('signs a generated document from the print page with the card; pdfsig verifies it', async () => {
    setMode('normal');
    const printPage = await openPrintPage();
    await printPage.click('[data-testid=print-sign]');
    await printPage.waitFor(() => /firmato/i.test(document.querySelector('[data-testid=print-sign-status]')?.textContent ?? ''), undefined, 30_000);
    const signed = await pdfFromPrintPage(printPage);
    const report = pdfsig(signed);
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(pdfText(signed)).toContain('RSSMRA80A41H501Y');
    await printPage.close();
  });
});
