import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, portal } from './page-objects';

const CF = '#txtCodiceFiscale';
const CARD = '#txtNumeroCarta';
const EMAIL = '#txtEmail';

describe.each(BROWSERS)('field checks in %s', (name) => {
  let browser: E2EBrowser;
  let page: E2EPage;
  beforeAll(async () => {
    browser = await launch(name);
    page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function typeInto(selector: string, text: string): Promise<void> {
    await portal.clear(page, selector);
    await page.type(selector, text);
  }

  /** Waits for the state and for a message saying `contains` (the previous one may linger). */
  async function expectField(selector: string, state: string, contains: RegExp): Promise<void> {
    await page.waitFor(
      ([sel, want, pattern]) => {
        const input = document.querySelector(sel!)!;
        const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const text = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return input.getAttribute('data-sportello-state') === want && new RegExp(pattern!, 'i').test(text);
      },
      [selector, state, contains.source],
    );
  }

  it('marks every checked field for the contract', async () => {
    const fields = await page.evaluate(() => [...document.querySelectorAll('[data-sportello-field]')].map((el) => el.getAttribute('data-sportello-field')));
    expect(fields.sort()).toEqual(['codiceFiscale', 'email', 'numeroCarta']);
  });

  it('decodes a valid codice fiscale beside the field and keeps what was typed', async () => {
    await typeInto(CF, 'rssmra80a41h501y');
    // The birthplace comes from the background a moment after the first verdict.
    await expectField(CF, 'valid', /01\/01\/1980.*ROMA/);
    const field = await portal.fieldState(page, CF);
    expect(field.invalid).toBeNull();
    expect(await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.value, CF)).toBe('rssmra80a41h501y');
  });

  it('explains a wrong check character, announced and next to the field', async () => {
    await typeInto(CF, 'RSSMRA80A41H501A');
    await expectField(CF, 'invalid', /controllo/);
    expect((await portal.fieldState(page, CF)).invalid).toBe('true');
    const live = await page.evaluate((sel) => {
      const id = document.querySelector(sel)!.getAttribute('aria-describedby')!.split(/\s+/).find((x) => x.startsWith('sportello-'))!;
      const el = document.getElementById(id)!;
      return { live: el.getAttribute('aria-live') ?? el.closest('[aria-live]')?.getAttribute('aria-live'), underRoot: el.closest('#sportello-cie-root') !== null };
    }, CF);
    expect(live).toEqual({ live: 'polite', underRoot: true });
  });

  it('tells a CAN from a card number, and accepts a card number typed loosely', async () => {
    await typeInto(CARD, '123456');
    await expectField(CARD, 'invalid', /CAN/);
    await typeInto(CARD, 'ca00000aa');
    await portal.waitForState(page, CARD, 'valid');
    await typeInto(CARD, 'DA12345BB');
    await portal.waitForState(page, CARD, 'warning');
  });

  it('warns on a PEC address and suggests a fix for a typo in the domain', async () => {
    await typeInto(EMAIL, 'mario.rossi@pec.it');
    await expectField(EMAIL, 'warning', /PEC/);
    await typeInto(EMAIL, 'mario.rossi@gmial.com');
    await expectField(EMAIL, 'warning', /gmail\.com/);
    await typeInto(EMAIL, 'mario.rossi.libero.it');
    await portal.waitForState(page, EMAIL, 'invalid');
  });

  it("never blocks the portal's own submit by default", async () => {
    await typeInto(CF, 'RSSMRA80A41H501A');
    await portal.waitForState(page, CF, 'invalid');
    await page.click('#btnInvia');
    await page.waitFor(() => (document.getElementById('esito')?.textContent ?? '') !== '');
    expect(await page.evaluate(() => document.getElementById('esito')!.textContent)).not.toContain('Invio bloccato');
  });
});
