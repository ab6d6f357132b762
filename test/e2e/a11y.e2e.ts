import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, runAxe } from './axe';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { tabThroughPanel } from './keyboard';
import { launch, PORTAL } from './launch';
import { panel, portal } from './page-objects';

// axe-core (WCAG 2.1 A/AA and best practice) on everything we show, in Chromium: the panel in
// its shadow root, the popup, options, report and print pages. Serious or critical fails.
const CF = 'RSSMRA80A41H501Y';
const CARD = 'CA12345AB';

/** Readable in the failure output: rule, impact, where. */
const describeViolations = (list: Awaited<ReturnType<typeof runAxe>>): string[] => list.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' ')}`);

describe('accessibility in chromium', () => {
  let browser: E2EBrowser;
  let reprint: E2EPage;
  let extensionOrigin: string;
  beforeAll(async () => {
    browser = await launch('chromium');
    reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
    const status = await browser.openPopupFor(reprint);
    extensionOrigin = status.url().split('/popup.html')[0]!; // Node's URL gives 'null' as the origin of chrome-extension:
    await status.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the panel, with a case open and field messages shown, has no serious or critical violations', async () => {
    await reprint.type('#txtCodiceFiscale', CF);
    await reprint.type('#txtNumeroCarta', 'CA1234'); // an invalid card: its message is shown too
    await portal.waitForState(reprint, '#txtNumeroCarta', 'invalid');
    for (const id of ['case-who-holder', 'case-halves-both', 'case-email-no', 'case-presence-present']) await panel.click(reprint, id);
    const violations = await runAxe(reprint, '#sportello-cie-root');
    expect(describeViolations(blocking(violations))).toEqual([]);
  });

  it('Tab reaches every control of the panel, each with a visible focus indicator', async () => {
    const stops = await tabThroughPanel(reprint);
    console.info(`panel keyboard stops: ${stops.length}`, stops.map((s) => `${s.key} [${s.indicator}]`).join(', '));
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.filter((s) => !s.reached).map((s) => s.key)).toEqual([]);
    expect(stops.filter((s) => !s.focusVisible || s.indicator === 'none').map((s) => `${s.key}: ${s.indicator}`)).toEqual([]);
  });

  it('the popup has no serious or critical violations', async () => {
    const status = await browser.openPopupFor(reprint);
    await status.waitFor(() => document.querySelector('[data-testid=quota-today]:not([aria-busy])') !== null);
    expect(describeViolations(blocking(await runAxe(status)))).toEqual([]);
    await status.close();
  });

  it.each(['options.html', 'report.html'])('%s has no serious or critical violations', async (path) => {
    const page = await browser.newPage(`${extensionOrigin}/${path}`);
    await page.waitFor(() => document.querySelector('main, form, h1') !== null && document.querySelector('[aria-busy="true"]') === null);
    expect(describeViolations(blocking(await runAxe(page)))).toEqual([]);
    await page.close();
  });

  it('the print page (a delega from the checklist) has no serious or critical violations', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    await page.type('#txtCodiceFiscale', CF);
    await page.type('#txtNumeroCarta', CARD);
    for (const id of ['case-who-delegate', 'case-halves-both', 'case-email-no', 'case-presence-present']) await panel.click(page, id);
    await panel.click(page, 'print-delega-terzi');
    const print = await browser.waitForExtensionPage('print.html');
    await print.waitFor(() => document.querySelector('[data-testid=print-now]') !== null);
    expect(describeViolations(blocking(await runAxe(print)))).toEqual([]);
  });
});
