import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { eventually } from './office-helpers';
import { panel } from './page-objects';

/** A page script takes our host out of the page. */
function takePanelAway(page: E2EPage): Promise<void> {
  return page.evaluate(() => document.getElementById('sportello-cie-root')?.remove());
}

/** Our host is in the page again, alone with its id. */
async function untilPutBack(page: E2EPage): Promise<void> {
  await page.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null);
  expect(await page.evaluate(() => document.querySelectorAll('#sportello-cie-root').length)).toBe(1);
}

/**
 * Loads the popup anew (it reads the tab's status as it opens) until it says the function is
 * recognised and, as `declined` asks, that the page kept taking the panel away or not; fails
 * after 15 s. From inside: Firefox's automation may not navigate to an extension page. Polled
 * by evaluation, which a reload may interrupt.
 */
async function untilPopupSays(popup: E2EPage, declined: boolean): Promise<void> {
  await popup.bringToFront();
  const read = (): Promise<boolean | null> =>
    popup
      .evaluate((wanted: boolean) => {
        const status = document.querySelector('[data-testid=page-status][data-recognised=true]');
        if ((window as unknown as { __readBefore?: boolean }).__readBefore || !status) return null;
        return (status.querySelector('[data-testid=page-declined]') !== null) === wanted;
      }, declined)
      .catch(() => null);
  await eventually(async () => {
    await popup.evaluate(() => {
      (window as unknown as { __readBefore: boolean }).__readBefore = true;
      setTimeout(() => location.reload(), 0);
    });
    let seen: boolean | null = null;
    for (let tries = 0; tries < 30 && seen === null; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      seen = await read();
    }
    return seen === true;
  }, 15_000);
}

describe.each(BROWSERS)('page recognition in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('recognises the reprint page, injects the root in an open shadow root, and the popup says so', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    const root = await page.evaluate(() => {
      const host = document.getElementById('sportello-cie-root');
      return { count: document.querySelectorAll('#sportello-cie-root').length, mode: host?.shadowRoot?.mode };
    });
    expect(root).toEqual({ count: 1, mode: 'open' });
    const popup = await browser.openPopupFor(page);
    await popup.waitFor(() => document.querySelector('[data-testid=page-status][data-recognised]') !== null);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-recognised'))).toBe('true');
    expect(await popup.evaluate(() => document.querySelector('[data-testid=page-status]')?.textContent)).toContain('Pagina riconosciuta');
  });

  it('leaves another portal page alone and the popup names what is missing', async () => {
    const page = await browser.newPage(`${PORTAL}/emissione.html`);
    // The content script reads the page at DOMContentLoaded: give it the time to (not) act.
    await page.waitFor(() => document.readyState === 'complete');
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.evaluate(() => document.getElementById('sportello-cie-root'))).toBeNull();
    const popup = await browser.openPopupFor(page);
    await popup.waitFor(() => document.querySelector('[data-testid=page-missing]') !== null);
    const text = await popup.evaluate(() => document.querySelector('[data-testid=page-status]')?.textContent ?? '');
    expect(text).toContain('Pagina non riconosciuta');
    expect(text).toContain('Ristampa PIN/PUK');
    expect(text).toContain('Numero carta');
  });

  it('recognises the page reached by single-page navigation, and removes itself on leaving', async () => {
    const page = await browser.newPage(`${PORTAL}/index.html`);
    await page.click('nav a[href="/ristampa.html"]');
    await panel.waitUntilMounted(page);
    await page.click('nav a[href="/emissione.html"]');
    await page.waitFor(() => document.getElementById('sportello-cie-root') === null);
  });

  it('makes room beside the portal for the open panel, and gives it back when collapsed or gone', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    expect(await panel.roomBeside(page)).toBe('372px');
    await panel.click(page, 'panel-toggle');
    await page.waitFor(() => document.documentElement.style.getPropertyValue('margin-right') === '');
    // Open again (the choice is remembered, and the other tests expect the open panel).
    await panel.click(page, 'panel-toggle');
    await page.waitFor(() => document.documentElement.style.getPropertyValue('margin-right') === '372px');
    await page.click('nav a[href="/emissione.html"]');
    await page.waitFor(() => document.getElementById('sportello-cie-root') === null);
    expect(await panel.roomBeside(page)).toBe('');
  });

  it('puts the panel back as it was when a page script takes it away, and gives the portal its margin back once the function is left', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    try {
      await panel.reachLive(page, '#txtCodiceFiscale');
      await panel.click(page, 'step-identify-present');
      const ticked = (): Promise<boolean | undefined> =>
        page.evaluate(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid="step-identify-present"]')?.checked);
      await eventually(async () => (await ticked()) === true);
      // A portal drawing its page anew (or a page script) takes our host out of the page.
      await takePanelAway(page);
      await untilPutBack(page);
      // The same panel: the operator's tick is still there, and so is the room.
      expect(await ticked()).toBe(true);
      expect(await panel.roomBeside(page)).toBe('372px');
      // Leaving the function: the room is given back, none kept as the page's own.
      await page.click('nav a[href="/emissione.html"]');
      await page.waitFor(() => document.getElementById('sportello-cie-root') === null);
      expect(await panel.roomBeside(page)).toBe('');
    } finally {
      await page.close();
    }
  });

  it('leaves the portal as it was on a page that keeps taking the panel away, until the function is left', async () => {
    // An address of its own: the popup is opened for the tab that shows it (other tests leave theirs open).
    const page = await browser.newPage(`${PORTAL}/ristampa.html?prova=pannello-tolto`);
    try {
      await panel.reachLive(page, '#txtCodiceFiscale');
      // Opened while the panel is there (Firefox opens it from the panel), read again below.
      const popup = await browser.openPopupFor(page);
      await page.bringToFront();
      // Four times within ten seconds the panel is put back; the fifth time it stays away.
      for (let time = 1; time <= 4; time++) {
        await takePanelAway(page);
        await untilPutBack(page);
      }
      await takePanelAway(page);
      await page.waitFor(() => document.documentElement.style.getPropertyValue('margin-right') === '', undefined, 3000).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await page.evaluate(() => ({ root: document.getElementById('sportello-cie-root'), margin: document.documentElement.style.getPropertyValue('margin-right') }))).toEqual({ root: null, margin: '' });
      // The popup, opened again, says why there is no panel.
      await untilPopupSays(popup, true);
      expect(await popup.evaluate(() => document.querySelector('[data-testid=page-declined]')?.textContent)).toContain('ha tolto il pannello più volte');
      await page.bringToFront();
      // Back to the function after another page: the panel is there again, and the popup says nothing of it.
      await page.click('nav a[href="/emissione.html"]');
      await page.click('nav a[href="/ristampa.html"]');
      await panel.waitUntilMounted(page);
      expect(await panel.roomBeside(page)).toBe('372px');
      await untilPopupSays(popup, false);
      await popup.close();
    } finally {
      await page.close();
    }
  });

  it("keeps the portal's styles out of the panel and ours out of the portal", async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    const styles = await page.evaluate(() => {
      const shadow = document.getElementById('sportello-cie-root')!.shadowRoot!;
      const status = shadow.querySelector('[data-testid=panel-status]')!;
      const portalText = document.querySelector('.aiuto')!;
      return {
        panelFont: getComputedStyle(status).fontFamily,
        portalTextFont: getComputedStyle(portalText).fontFamily,
        pageStyleSheetsFromUs: [...document.styleSheets].filter((s) => s.ownerNode instanceof Element && s.ownerNode.closest('#sportello-cie-root') !== null).length,
      };
    });
    expect(styles.panelFont).not.toMatch(/Arial/);
    expect(styles.portalTextFont).toMatch(/Arial/);
    expect(styles.pageStyleSheetsFromUs).toBe(0);
  });
});
