import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';

// The panel's first paint is in the office's language (Italian by default), also on the first
// page of a fresh profile, in a browser whose own UI language is English: the text the panel
// ever shows is recorded from the page's own world, from the moment our root appears.

/** Runs before the page's scripts: records every text our shadow root shows, in order. */
const RECORD_PANEL_TEXT = `(() => {
  const seen = [];
  window.__sportelloPanelTexts = seen;
  const record = (shadow) => {
    const text = (shadow.querySelector('body') ?? shadow).textContent.replace(/\\s+/g, ' ').trim();
    if (text && seen[seen.length - 1] !== text) seen.push(text);
  };
  const watchShadow = (host) => {
    if (!host.shadowRoot) return false;
    record(host.shadowRoot);
    new MutationObserver(() => record(host.shadowRoot))
      .observe(host.shadowRoot, { subtree: true, childList: true, characterData: true });
    return true;
  };
  const pageObserver = new MutationObserver(() => {
    const host = document.getElementById('sportello-cie-root');
    if (host && watchShadow(host)) pageObserver.disconnect();
  });
  pageObserver.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['id'] });
})();`;

const ITALIAN = 'Pagina di ristampa PIN/PUK riconosciuta';
const ENGLISH = 'PIN/PUK reprint page recognised';

describe.each(BROWSERS)('first paint in the office language in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name, { uiLanguage: 'en' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the panel in Italian from its first text on the first page of a fresh profile with an English browser', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: RECORD_PANEL_TEXT });
    await page.waitFor(() => ((window as unknown as { __sportelloPanelTexts?: string[] }).__sportelloPanelTexts ?? []).length > 0);
    // Time for a late switch of language to show, had there been one.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const texts = await page.evaluate(() => (window as unknown as { __sportelloPanelTexts: string[] }).__sportelloPanelTexts);
    expect(texts[0]).toContain(ITALIAN);
    for (const text of texts) expect(text).not.toContain(ENGLISH);
    // The browser does speak English to the extension: without the office's catalogue it would show.
    const uiLanguage = await page.evaluate(() => navigator.language);
    expect(uiLanguage).toMatch(/^it/);
  });
});
