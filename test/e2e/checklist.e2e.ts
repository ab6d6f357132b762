import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import italian from '../../locales/it.json';
import { writeScans } from '../fixtures/scans';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, popup } from './page-objects';
import { pdfFromPrintPage, pdfText } from './pdf-text';

const CF = 'RSSMRA80A41H501Y';
const CARD = 'CA12345AB';

/** Clicks, in order, the checklist's elements (exact sequences from the checklist's own tests). */
async function walk(page: E2EPage, testIds: string[]): Promise<void> {
  for (const id of testIds) await panel.click(page, id);
}

describe.each(BROWSERS)('checklist walkthroughs in %s', (name) => {
  let browser: E2EBrowser;
  let counted = 0;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openCase(): Promise<E2EPage> {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    await page.type('#txtCodiceFiscale', CF);
    await page.type('#txtNumeroCarta', CARD);
    // Typed while the live panel took over from its copy: not a key lost.
    expect(await page.evaluate(() => ['#txtCodiceFiscale', '#txtNumeroCarta'].map((id) => document.querySelector<HTMLInputElement>(id)!.value))).toEqual([CF, CARD]);
    return page;
  }

  async function completeAndCount(page: E2EPage): Promise<void> {
    expect(await panel.isDisabled(page, 'complete-request')).toBe(false);
    await panel.click(page, 'complete-request');
    await page.waitFor(() => /registrata/i.test(document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=checklist-status]')?.textContent ?? ''));
    counted += 1;
    // The case is cleared: nothing checked, complete disabled again.
    expect(await panel.isDisabled(page, 'complete-request')).toBe(true);
    const status = await browser.openPopupFor(page);
    await status.waitFor((want) => document.querySelector('[data-testid=quota-today]')?.textContent?.trim().startsWith(`${want} /`) === true, counted);
    expect(await popup.quotaToday(status)).toMatch(new RegExp(`^${counted} / \\d+$`));
  }

  it('holder with e-mail: complete only once every required step is checked, then counted', async () => {
    const page = await openCase();
    await page.type('#txtEmail', 'mario.rossi@example.it');
    await walk(page, ['case-who-holder', 'case-halves-both', 'case-email-yes', 'case-presence-present']);
    await walk(page, ['step-identify-present', 'step-self-service-offered', 'step-declaration-signed', 'step-enter-codice-fiscale', 'step-enter-numero-carta', 'step-email-not-pec', 'step-sign-request', 'step-first-half-handed']);
    expect(await panel.isDisabled(page, 'complete-request')).toBe(true); // "nothing kept" still unchecked
    await walk(page, ['step-nothing-kept']);
    await completeAndCount(page);
  });

  it('minor via a parent without e-mail: the parent steps and the delega upload are required', async () => {
    const page = await openCase();
    await walk(page, ['case-who-minor', 'case-halves-both', 'case-email-no', 'case-presence-present']);
    expect(await panel.exists(page, 'step-minor-parent-id')).toBe(true);
    expect(await panel.exists(page, 'step-delega-upload')).toBe(true);
    expect(await panel.exists(page, 'print-dichiarazione-minore')).toBe(true);
    await walk(page, ['step-identify-present', 'step-self-service-offered', 'step-declaration-parent', 'step-minor-parent-id', 'step-enter-codice-fiscale', 'step-enter-numero-carta', 'step-delega-upload', 'step-sign-request', 'step-first-half-handed', 'step-second-half-printed', 'step-nothing-kept']);
    await completeAndCount(page);
  });

  it('delegate for both halves: prints the delega filled in, merges the scans into the portal field, and counts', async () => {
    const page = await openCase();
    await walk(page, ['case-who-delegate', 'case-halves-both', 'case-email-no', 'case-presence-present']);

    // Print: the document opens in a new tab, filled in from what was typed into the portal.
    await panel.click(page, 'print-delega-terzi');
    const printPage = await browser.waitForExtensionPage('print.html');
    const text = pdfText(await pdfFromPrintPage(printPage));
    expect(text).toContain(CF);
    expect(text).toContain(CARD);
    expect(text.toLowerCase()).toContain('delega');
    await printPage.close();

    // Scan helper: a bad file is refused and the field stays empty; real scans become one PDF.
    const scans = await writeScans(mkdtempSync(join(tmpdir(), 'sportello-scans-')));
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[type=radio][value=ENTRAMBE]')!.click();
    });
    await panel.click(page, 'step-identify-present'); // any interaction; the upload needs no order
    await page.uploadToPanel('scan-input', [scans.text]);
    await page.waitFor(() => (document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=scan-status]')?.textContent ?? '') !== '');
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file][name=delega]')!.files!.length)).toBe(0);
    // A PNG whose header claims 20000x20000: refused by its header with a clear message, and
    // the background keeps serving (the real scans below are merged by the same worker).
    await page.uploadToPanel('scan-input', [scans.bomb]);
    const tooLarge = italian.docScanImageTooLarge.replace('{name}', 'bomba.png').replace('{size}', '400.0').replace('{max}', '25.0');
    await page.waitFor(
      (want: string) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=scan-status]')?.textContent?.trim() === want,
      tooLarge,
      10_000,
    );
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('input[type=file][name=delega]')!.files!.length)).toBe(0);
    await page.uploadToPanel('scan-input', [scans.png, scans.pdf]);
    await page.waitFor(() => document.querySelector<HTMLInputElement>('input[type=file][name=delega]')!.files!.length === 1, undefined, 20_000);
    const placed = await page.evaluate(() => {
      const file = document.querySelector<HTMLInputElement>('input[type=file][name=delega]')!.files![0]!;
      return { name: file.name, type: file.type };
    });
    expect(placed).toEqual({ name: 'delega.pdf', type: 'application/pdf' });
    expect(await panel.text(page, 'scan-status')).toMatch(/2/);

    await walk(page, ['step-self-service-offered', 'step-declaration-signed', 'step-delegate-delega', 'step-delegate-holder-id', 'step-delegate-own-id', 'step-enter-codice-fiscale', 'step-enter-numero-carta', 'step-delega-upload', 'step-sign-request', 'step-first-half-handed', 'step-second-half-printed', 'step-nothing-kept']);
    await completeAndCount(page);
  });

  it('warns at the daily limit before the next case is started, without blocking it', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    expect(await panel.exists(page, 'quota-warning')).toBe(false);
    const status = await browser.openPopupFor(page);
    await status.evaluate(async (limit) => {
      type Api = typeof import('webextension-polyfill');
      const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object), dailyLimit: limit } });
    }, counted);
    const next = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(next);
    await next.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=quota-warning]') != null);
    expect(await next.evaluate(() => document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector('[data-testid=quota-warning]')!.getAttribute('data-level'))).toBe('full');
    expect(await panel.text(next, 'quota-warning')).toContain(`${counted} / ${counted}`);
    expect(await panel.exists(next, 'case-who-holder')).toBe(true); // the case can still be started
  });
});

describe.each(BROWSERS)("the portal's own confirmation in %s", (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts a request the portal confirms, once, even when the checklist is completed too', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    const before = await browser.openPopupFor(page);
    const start = Number((await popup.quotaToday(before)).split(' / ')[0]);
    await page.type('#txtCodiceFiscale', CF);
    await page.type('#txtNumeroCarta', CARD);
    await page.type('#txtEmail', 'mario.rossi@example.it');
    await page.click('#btnInvia');
    await page.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    // The operator then also marks the case done in the checklist: same request, no second count.
    await panel.click(page, 'complete-override');
    await page.evaluate(() => {
      const area = document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-testid=complete-override-reason]')!;
      area.value = 'già inviata dal portale';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await panel.click(page, 'complete-request');
    await page.waitFor(() => /registrata/i.test(document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=checklist-status]')?.textContent ?? ''));
    const after = await browser.openPopupFor(page);
    await after.waitFor((want) => document.querySelector('[data-testid=quota-today]')?.textContent?.trim().startsWith(`${want} /`) === true, start + 1);
    expect(await popup.quotaToday(after)).toMatch(new RegExp(`^${start + 1} / \\d+$`));
  });
});
