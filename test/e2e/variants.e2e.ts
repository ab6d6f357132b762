import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from './browsers/types';
import { sleep } from './hostile-page';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, portal } from './page-objects';

// The demo portal's markup variants (test/portal/portal.js): same visible labels, different
// ids, order, layout and timing; and one without the e-mail field.
const CF = 'RSSMRA80A41H501Y';
const CF_FIELD = '[data-sportello-field=codiceFiscale]';

describe.each(BROWSERS)('portal markup variants in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['tabella', 'riordinato', 'ritardo'])('recognises ?variante=%s and checks its fields', async (variant) => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html?variante=${variant}`);
    await panel.waitUntilMounted(page);
    const marked = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-sportello-field]')].map((el): [string, string | null] => [el.getAttribute('data-sportello-field') ?? '', el.getAttribute('name')]),
      ),
    );
    expect(marked).toEqual({ codiceFiscale: 'codiceFiscale', numeroCarta: 'numeroCarta', email: 'email' });
    // The ids were changed by the variant: the fields were found by their labels.
    expect(await page.evaluate(() => document.getElementById('txtCodiceFiscale'))).toBeNull();
    await page.type(CF_FIELD, CF);
    await portal.waitForState(page, CF_FIELD, 'valid');
    expect((await portal.fieldState(page, CF_FIELD)).message).not.toBe('');
    await page.type('[data-sportello-field=numeroCarta]', 'CA12345AB');
    await portal.waitForState(page, '[data-sportello-field=numeroCarta]', 'valid');
  });

  it('leaves ?variante=senza-email alone and the popup names the missing e-mail field', async () => {
    // Firefox opens the status page from a recognised page's panel first.
    const reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
    if (name === 'firefox') await browser.openPopupFor(reprint);

    const page = await browser.newPage(`${PORTAL}/ristampa.html?variante=senza-email`);
    await page.waitFor(() => document.readyState === 'complete');
    await sleep(800); // DOMContentLoaded and a first check: time to (not) act
    const touched = await page.evaluate(() => ({
      root: document.getElementById('sportello-cie-root') !== null,
      attributes: [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-sportello'))),
      email: document.querySelector('input[type=email]') !== null,
    }));
    expect(touched).toEqual({ root: false, attributes: [], email: false });
    const status = await browser.openPopupFor(page);
    await status.waitFor(() => document.querySelector('[data-testid=page-missing]') !== null);
    const text = await status.evaluate(() => document.querySelector('[data-testid=page-status]')?.textContent ?? '');
    expect(text).toContain('Pagina non riconosciuta');
    // Only the e-mail field is named missing: the heading and the other fields were found.
    const missing = await status.evaluate(() => document.querySelector('[data-testid=page-missing]')?.textContent ?? '');
    expect(missing).toContain('E-mail');
    expect(missing).not.toMatch(/Numero carta|Codice fiscale|titolo/);
  });
});
