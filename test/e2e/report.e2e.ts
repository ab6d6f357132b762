import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, popup } from './page-objects';

describe.each(BROWSERS)("the manager's report in %s", (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows today's requests in the range and exports them as CSV, with no citizen data", async () => {
    // One request, confirmed by the portal itself.
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    await page.type('#txtCodiceFiscale', 'RSSMRA80A41H501Y');
    await page.type('#txtNumeroCarta', 'CA12345AB');
    await page.type('#txtEmail', 'mario.rossi@example.it');
    await page.click('#btnInvia');
    await page.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    const status = await browser.openPopupFor(page);
    await status.waitFor(() => document.querySelector('[data-testid=quota-today]')?.textContent?.trim().startsWith('1 /') === true);
    expect(await popup.quotaToday(status)).toMatch(/^1 \/ \d+$/);

    // The popup's link opens the report in a tab (automation cannot always attach to a tab a
    // link opens, so the test checks the tab is there and then opens its own).
    await status.click('[data-testid=quota-report-link]');
    expect(await reportTabs(status)).toBeGreaterThan(0);
    const report = await browser.openExtensionPage('report.html');
    await report.click('[data-testid=report-show]');
    await report.waitFor(() => /\b1\b/.test(document.querySelector('[data-testid=report-total]')?.textContent ?? ''));
    expect(await report.evaluate(() => document.querySelector('[data-testid=report-table]') !== null)).toBe(true);

    // The export is a download: catch the file the page hands to the browser.
    const csv = await report.evaluate(async () => {
      const made: Blob[] = [];
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) made.push(blob);
        return original(blob);
      };
      document.querySelector<HTMLButtonElement>('[data-testid=report-csv]')!.click();
      for (let i = 0; i < 50 && made.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      return made[0] ? await made[0].text() : '';
    });
    const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(lines.length).toBe(2); // header + the one request
    expect(lines[0]).toContain(';');
    expect(lines[1]).toMatch(/both/);
    expect(csv.toUpperCase()).not.toContain('RSSMRA80A41H501Y');
    expect(csv.toUpperCase()).not.toContain('CA12345AB');
    expect(csv.toLowerCase()).not.toContain('mario.rossi');
  });
});

/** How many tabs show the report, asked from an extension page. */
async function reportTabs(extensionPage: E2EPage): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const count = await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') });
      const tabs = await (api.browser ?? api.chrome).tabs.query({});
      return tabs.filter((tab) => tab.url?.endsWith('/report.html') === true).length;
    });
    if (count > 0) return count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 0;
}
