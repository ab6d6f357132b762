import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, portal } from './page-objects';

// The demo portal's markup variants (test/portal/portal.js): same visible labels, different
// ids, order, layout and timing; and one without the e-mail field (like a wizard's step).
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

  it('helps on ?variante=senza-email with the fields it has (a screen of a step may hold only some)', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html?variante=senza-email`);
    await panel.waitUntilMounted(page);
    const marked = await page.evaluate(() => [...document.querySelectorAll('[data-sportello-field]')].map((el) => el.getAttribute('data-sportello-field')));
    expect(marked.sort()).toEqual(['codiceFiscale', 'numeroCarta']);
    expect(await page.evaluate(() => document.querySelector('input[type=email]'))).toBeNull();
    await page.type(CF_FIELD, CF);
    await portal.waitForState(page, CF_FIELD, 'valid');
    const status = await browser.openPopupFor(page);
    await status.waitFor(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-recognised') === 'true');
  });
});
