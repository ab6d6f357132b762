import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, popup } from './page-objects';

// A trainer starts practice from the options page (reached from the popup); the trainee
// completes a fictitious case; it is counted apart, never in the office's figures.
describe.each(BROWSERS)('practice started from the options page in %s', (name) => {
  let browser: E2EBrowser;
  let options: E2EPage;
  let reprint: E2EPage;
  beforeAll(async () => {
    browser = await launch(name);
    reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
    const status = await browser.openPopupFor(reprint);
    await status.click('[data-testid=open-options]');
    options = await browser.waitForExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid=practice-start]') !== null);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses to open the plain reprint page as practice, saying why beside the address', async () => {
    await setPracticeAddress(options, `${PORTAL}/ristampa.html`);
    await options.click('[data-testid=practice-start]');
    await options.waitFor(() => (document.getElementById('practiceUrl-error')?.textContent ?? '') !== '');
    expect(await options.evaluate(() => document.getElementById('practiceUrl-error')?.textContent)).toContain('non è un portale di esercitazione');
    expect(await options.evaluate(() => document.getElementById('practiceUrl')?.getAttribute('aria-invalid'))).toBe('true');
  });

  it('opens the practice cases; a completed case counts as practice, not in the quota', async () => {
    await setPracticeAddress(options, `${PORTAL}/pratica.html`);
    await options.click('[data-testid=practice-start]');
    await options.waitFor(() => /nuova scheda/.test(document.querySelector('[data-testid=practice-status]')?.textContent ?? ''));
    expect(await options.evaluate(() => document.getElementById('practiceUrl-error')?.textContent)).toBe('');

    const practice = await browser.waitForPage(`${PORTAL}/pratica.html`);
    await practice.waitFor(() => document.querySelector('[data-pratica-caso="titolare-email"]') !== null);
    await practice.click('[data-pratica-caso="titolare-email"]');
    // The demo portal fills the form in place (in-page navigation), so the page stays marked.
    await practice.waitFor(() => (document.querySelector<HTMLInputElement>('#txtCodiceFiscale')?.value ?? '') !== '');
    await panel.waitUntilMounted(practice);
    const notice = /^Esercitazione: cittadini fittizi/;
    expect(await panel.textOnceMatching(practice, 'practice-notice', notice)).toMatch(notice);
    expect(await panel.exists(reprint, 'practice-notice')).toBe(false);
    await practice.click('#btnInvia');
    await practice.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));

    const status = await browser.openPopupFor(practice);
    await status.waitFor(() => document.querySelector('[data-testid=quota-practice]') !== null);
    expect(await status.evaluate(() => document.querySelector('[data-testid=quota-practice]')?.textContent)).toMatch(/^1 di prova/);
    expect(await popup.quotaToday(status)).toMatch(/^0 \/ \d+$/);
  });
});

/** Types an address into the practice field and leaves it, as a trainer would. */
async function setPracticeAddress(options: E2EPage, url: string): Promise<void> {
  await options.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('#practiceUrl')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, url);
  await options.waitFor((value) => document.querySelector<HTMLInputElement>('#practiceUrl')?.value === value, url);
}
