import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EFrame, E2EPage } from './browsers/types';
import { sleep } from './hostile-page';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, popup, portal } from './page-objects';
import { pdfFromPrintPage, pdfText } from './pdf-text';

// The reprint function laid out in other ways than the one-screen demo page (test/portal/):
// a two-step wizard (new page load, or the same page), the form inside a frame of a shell
// page, and other label words and layout. Firefox first: it is the CIE workstations' browser.
const CF = 'RSSMRA80A41H501Y';
const BAD_CF = 'RSSMRA80A41H501A';
const CARD = 'CA12345AB';
const CAN = '123456';
const PEC = 'mario.rossi@pec.it';
const MAIL = 'mario.rossi@example.it';

/** Waits for a field's state and a message matching `pattern` (the contract's attributes). */
async function expectField(page: E2EFrame, selector: string, state: string, pattern: RegExp): Promise<void> {
  await page.waitFor(
    ([sel, want, source]) => {
      const input = document.querySelector(sel!);
      if (!input) return false;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      return input.getAttribute('data-sportello-state') === want && new RegExp(source!, 'i').test(text);
    },
    [selector, state, pattern.source],
  );
}

async function retype(page: E2EFrame, selector: string, text: string): Promise<void> {
  await portal.clear(page, selector);
  await page.type(selector, text);
}

async function roots(page: E2EFrame): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('#sportello-cie-root').length);
}

async function checked(page: E2EFrame, testId: string): Promise<boolean> {
  return page.evaluate((id) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector<HTMLInputElement>(`[data-testid="${id}"] input, input[data-testid="${id}"]`)?.checked ?? false, testId);
}

describe.each(BROWSERS.toReversed())('portal layouts in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function todayCount(page: E2EPage): Promise<number> {
    const status = await browser.openPopupFor(page);
    return Number((await popup.quotaToday(status)).split(' / ')[0]);
  }

  it('two steps as two page loads: checks on each step, the request remembered across them, counted once', async () => {
    const step1 = await browser.newPage(`${PORTAL}/ristampa-passi.html`);
    await panel.waitUntilMounted(step1);
    const start = await todayCount(step1);
    expect(await roots(step1)).toBe(1);
    await step1.type('#p1cf', BAD_CF);
    await expectField(step1, '#p1cf', 'invalid', /controllo/);
    await retype(step1, '#p1cf', CF);
    await expectField(step1, '#p1cf', 'valid', /1980/);
    await step1.type('#p1nun', CAN);
    await expectField(step1, '#p1nun', 'invalid', /CAN/);
    await retype(step1, '#p1nun', CARD);
    await expectField(step1, '#p1nun', 'valid', /./);
    // At once: the memory of the request goes to the background at the portal's submit (its
    // sync is otherwise debounced, and the next step would recall the memory without the tick).
    await panel.click(step1, 'step-identify-present');

    await step1.click('#btnCerca');
    await step1.waitFor(() => location.search.includes('passo=2'));
    await panel.waitUntilMounted(step1);
    expect(await roots(step1)).toBe(1);
    // Step 2 shows no codice fiscale field: the card search fields are not marked.
    expect(await step1.evaluate(() => [...document.querySelectorAll('[data-sportello-field]')].map((el) => el.getAttribute('data-sportello-field')))).toEqual(['email']);
    await step1.type('#p2mail', PEC);
    await expectField(step1, '#p2mail', 'warning', /PEC/);
    await retype(step1, '#p2mail', MAIL);
    await expectField(step1, '#p2mail', 'valid', /./);
    // The checklist kept step 1's tick, and the declaration is printed with step 1's code.
    await step1.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid=step-identify-present] input, input[data-testid=step-identify-present]')?.checked === true);
    await panel.click(step1, 'print-dichiarazione-smarrimento');
    const printPage = await browser.waitForExtensionPage('print.html');
    const text = pdfText(await pdfFromPrintPage(printPage));
    expect(text).toContain(CF);
    await printPage.close();
    await step1.bringToFront();

    // Sent on the portal: counted once, also when the checklist is then completed.
    await step1.click('#btnInvia');
    await step1.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    const afterSend = await browser.openPopupFor(step1);
    await afterSend.waitFor((want) => document.querySelector('[data-testid=quota-today]')?.textContent?.trim().startsWith(`${want} /`) === true, start + 1);
    await panel.click(step1, 'complete-override');
    await step1.evaluate(() => {
      const area = document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-testid=complete-override-reason]')!;
      area.value = 'inviata dal portale';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await panel.click(step1, 'complete-request');
    await step1.waitFor(() => /registrata/i.test(document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=checklist-status]')?.textContent ?? ''));
    expect(await todayCount(step1)).toBe(start + 1);

    // Back at step 1 ("Nuova richiesta"): a new request, nothing of the last one.
    await step1.click('#lnkNuova');
    await step1.waitFor(() => !location.search.includes('passo=2') && document.getElementById('p1cf') !== null);
    await panel.waitUntilMounted(step1);
    expect(await checked(step1, 'step-identify-present')).toBe(false);
  }, 150_000); // two page loads, a print and three status pages: long on two busy cores

  it('two steps in the same page: the checks follow the fields as one step hides and the next shows', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa-passi.html?modo=pagina`);
    await panel.waitUntilMounted(page);
    await page.type('#p1cf', CF);
    await page.type('#p1nun', CARD);
    await expectField(page, '#p1nun', 'valid', /./);
    await page.click('#btnCerca');
    await page.waitFor(() => document.querySelector('#p2mail')?.getAttribute('data-sportello-field') === 'email');
    // The hidden step's fields are given back as the portal made them.
    expect(await page.evaluate(() => document.getElementById('p1cf')!.hasAttribute('data-sportello-field'))).toBe(false);
    expect(await roots(page)).toBe(1);
    await page.type('#p2mail', PEC);
    await expectField(page, '#p2mail', 'warning', /PEC/);
  });

  it('the reprint form inside a frame of a shell page: one panel, in the frame, checks and counting there', async () => {
    // Firefox's status page is opened from a recognised page's panel first.
    const plain = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(plain);
    const start = await todayCount(plain);

    const shell = await browser.newPage(`${PORTAL}/cornice.html`);
    const frame = await shell.frame('variante=incorniciata');
    await panel.waitUntilMounted(frame);
    expect(await roots(frame)).toBe(1);
    expect(await roots(shell)).toBe(0);
    await frame.type('#txtCodiceFiscale', BAD_CF);
    await expectField(frame, '#txtCodiceFiscale', 'invalid', /controllo/);
    await frame.type('#txtNumeroCarta', CAN);
    await expectField(frame, '#txtNumeroCarta', 'invalid', /CAN/);
    await frame.type('#txtEmail', PEC);
    await expectField(frame, '#txtEmail', 'warning', /PEC/);
    const status = await browser.openPopupFor(shell);
    await status.waitFor(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-recognised') === 'true');

    await retype(frame, '#txtCodiceFiscale', CF);
    await retype(frame, '#txtNumeroCarta', CARD);
    await retype(frame, '#txtEmail', MAIL);
    await frame.click('#btnInvia');
    await frame.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    await sleep(300);
    expect(await todayCount(plain)).toBe(start + 1);
  });

  it('other label words and layout: the holder code (not the delegate one), N. carta, e-mail with a hint', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa-etichette.html`);
    await panel.waitUntilMounted(page);
    const marked = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-sportello-field]')].map((el): [string, string | null] => [el.getAttribute('data-sportello-field') ?? '', el.getAttribute('name')])),
    );
    expect(marked).toEqual({ codiceFiscale: 'codiceFiscale', numeroCarta: 'numeroCarta', email: 'email' });
    await page.type('[name=codiceFiscale]', BAD_CF);
    await expectField(page, '[name=codiceFiscale]', 'invalid', /controllo/);
    await page.type('[name=numeroCarta]', CAN);
    await expectField(page, '[name=numeroCarta]', 'invalid', /CAN/);
    await page.type('[name=email]', PEC);
    await expectField(page, '[name=email]', 'warning', /PEC/);
  });

  it.each(['ricerca-pratica.html', 'emissione.html'])('leaves %s alone, though it has a codice fiscale field', async (file) => {
    const page = await browser.newPage(`${PORTAL}/${file}`);
    await page.waitFor(() => document.readyState === 'complete');
    await page.type('input[name=codiceFiscale]', BAD_CF);
    await sleep(800);
    const touched = await page.evaluate(() => ({
      root: document.getElementById('sportello-cie-root') !== null,
      attributes: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-sportello') || a === 'aria-invalid')),
    }));
    expect(touched).toEqual({ root: false, attributes: [] });
  });
});
