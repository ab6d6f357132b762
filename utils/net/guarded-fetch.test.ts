import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BlockedRequestError, guardedFetch, isAllowed } from './guarded-fetch';

const EXTRA = 'https://formazione.comune.esempio.it';
const extra = (origin: string): Promise<boolean> => Promise.resolve(origin === EXTRA);

afterEach(() => vi.unstubAllGlobals());

describe('the network guard', () => {
  it('lets the practice probe reach Ministry domains and granted extra origins only', async () => {
    for (const url of ['https://cieonline.interno.it/pratica.html', 'https://formazione.interno.gov.it/x', `${EXTRA}/pratica.html`]) {
      expect(await isAllowed('practice-probe', url, { extra })).toBe(true);
    }
    for (const url of [
      'http://cieonline.interno.it/pratica.html',
      'https://cieonline.interno.it.evil.example/',
      'https://evil.example/collect?cf=RSSMRA80A01H501U',
      'https://user:pw@cieonline.interno.it/',
      `${EXTRA}:8443/pratica.html`,
      'https://altro.comune.esempio.it/',
      'ws://cieonline.interno.it/',
      'data:text/html,x',
      'blob:https://cieonline.interno.it/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      'http://127.0.0.1:5984/',
      'not a url',
    ]) {
      expect(await isAllowed('practice-probe', url, { extra }), url).toBe(false);
    }
  });

  it('by default counts an extra origin only while it is in the settings and granted', async () => {
    const url = `${EXTRA}/pratica.html`;
    expect(await isAllowed('practice-probe', url)).toBe(false);
    await fakeBrowser.storage.local.set({ settings: { extraOrigins: [EXTRA] } });
    expect(await isAllowed('practice-probe', url)).toBe(false); // not granted (no permissions API here)
    Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(true) });
    expect(await isAllowed('practice-probe', url)).toBe(true);
  });

  it("lets 'package' read our own files only", async () => {
    const own = fakeBrowser.runtime.getURL('/');
    expect(await isAllowed('package', `${own}fonts/titillium-web-latin-400-normal.woff`)).toBe(true);
    for (const url of ['https://cieonline.interno.it/fonts/x.woff', 'chrome-extension://another/fonts/x.woff', `${own.slice(0, -1)}.evil.example/x`, 'data:font/woff,x']) {
      expect(await isAllowed('package', url), url).toBe(false);
    }
  });

  it('sends nothing for a refused URL, and no cookies or redirects for an allowed one', async () => {
    const fetchMock = vi.fn(async () => new Response('ok'));
    vi.stubGlobal('fetch', fetchMock);
    await expect(guardedFetch('practice-probe', 'https://evil.example/', {}, { extra })).rejects.toThrow(BlockedRequestError);
    await expect(guardedFetch('package', 'https://evil.example/font.woff')).rejects.toThrow(BlockedRequestError);
    expect(fetchMock).not.toHaveBeenCalled();
    await guardedFetch('practice-probe', 'https://cieonline.interno.it/pratica.html', { credentials: 'include', redirect: 'follow', cache: 'no-store' }, { extra });
    expect(fetchMock).toHaveBeenCalledWith('https://cieonline.interno.it/pratica.html', { credentials: 'omit', redirect: 'error', cache: 'no-store' });
  });
});
