import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { assertOwnExtension, assertOwnPage, ForeignSenderError } from './sender';
import { assertOwnPageOrPortalContentScript, assertPortalContentScript } from './sender-portal';

type Sender = Browser.runtime.MessageSender;
const ownId = (): string => fakeBrowser.runtime.id;
const RISTAMPA = 'https://cieonline.interno.it/ristampa.html';
const EXTRA = 'https://anagrafe.comune.example.it';
// Only this extra origin is configured and granted; the default check reads settings and permissions.
const extraGranted = (origin: string): Promise<boolean> => Promise.resolve(origin === EXTRA);

/** Our content script as Chromium describes it, top frame of a portal tab; override any part. */
function content(over: Partial<Sender> = {}, tab: Partial<Browser.tabs.Tab> = {}): Sender {
  return { id: ownId(), url: RISTAMPA, origin: 'https://cieonline.interno.it', frameId: 0, ...over, tab: { id: 7, url: RISTAMPA, ...tab } as Browser.tabs.Tab };
}
const refused = async (sender: Sender, what: RegExp): Promise<void> => {
  await expect(assertPortalContentScript(sender, extraGranted)).rejects.toThrow(ForeignSenderError);
  await expect(assertPortalContentScript(sender, extraGranted)).rejects.toThrow(what);
};

describe('message sender checks', () => {
  it('accepts our own extension and rejects any other', () => {
    expect(() => assertOwnExtension({ id: ownId() })).not.toThrow();
    expect(() => assertOwnExtension({ id: 'another-extension' })).toThrow(ForeignSenderError);
    expect(() => assertOwnExtension({})).toThrow(ForeignSenderError);
  });

  it('accepts extension pages by URL, not web pages that claim our id', () => {
    const base = fakeBrowser.runtime.getURL('/');
    expect(() => assertOwnPage({ id: ownId(), url: `${base}popup.html` })).not.toThrow();
    expect(() => assertOwnPage({ id: ownId(), url: RISTAMPA })).toThrow(ForeignSenderError);
    // Our own content script is not a page: popup-only messages (undo...) refuse it.
    expect(() => assertOwnPage(content())).toThrow(ForeignSenderError);
  });
});

describe('content script senders: a portal frame in a portal tab', () => {
  it('takes the tab of our content script on a Ministry page (Chromium, with origin; Firefox, without)', async () => {
    expect(await assertPortalContentScript(content(), extraGranted)).toBe(7);
    expect(await assertPortalContentScript(content({ origin: undefined }), extraGranted)).toBe(7);
    expect(await assertPortalContentScript(content({ url: 'https://www.interno.gov.it/x', origin: 'https://www.interno.gov.it' }, { url: 'https://www.interno.gov.it/' }), extraGranted)).toBe(7);
  });

  it('refuses another extension, and a sender without a usable tab', async () => {
    await refused(content({ id: 'evil' }), /id/);
    await refused({ id: ownId(), url: RISTAMPA }, /tab/);
    await refused(content({}, { id: -1 }), /tab/);
    await refused(content({}, { id: 1.5 }), /tab/);
  });

  it('refuses a frame that is not on a portal origin', async () => {
    for (const url of [
      'https://cieonline.interno.it.evil.example/ristampa.html',
      'https://evilinterno.it/ristampa.html',
      'http://cieonline.interno.it/ristampa.html',
      'https://altro.example.org/',
      'about:blank',
      'about:srcdoc',
      'data:text/html,<p>x',
      'blob:https://cieonline.interno.it/1b4e28ba-2fa1-11d2-883f-0016d3cca427',
      fakeBrowser.runtime.getURL('/popup.html'),
      'not a url',
    ]) {
      await refused(content({ url, origin: undefined }), /url/);
    }
    await refused(content({ url: undefined }), /url/);
  });

  it("refuses a frame whose reported origin is not its URL's (sandboxed, opaque)", async () => {
    await refused(content({ origin: 'null' }), /origin/);
    await refused(content({ origin: 'https://evil.example' }), /origin/);
    await refused(content({ origin: 'https://altro.interno.it' }), /origin/);
  });

  it('refuses a portal frame inside a foreign top-level page, or a tab whose URL it may not see', async () => {
    await refused(content({ frameId: 3 }, { url: 'https://evil.example/frames.html' }), /tab url/);
    await refused(content({ frameId: 3 }, { url: undefined }), /tab url/);
    await refused(content({ frameId: 3 }, { url: 'https://anagrafe.altro-comune.example.it/' }), /tab url/);
  });

  it('accepts the portal in a frame of a Ministry shell page (both URLs on portal origins)', async () => {
    const sender = content({ frameId: 2, url: 'https://cieonline.interno.it/app/ristampa.html' }, { url: 'https://servizi.interno.it/shell.html' });
    expect(await assertPortalContentScript(sender, extraGranted)).toBe(7);
  });

  it('accepts a granted extra origin, and not one without the grant, a port or http', async () => {
    const page = `${EXTRA}/cie/ristampa`;
    expect(await assertPortalContentScript(content({ url: page, origin: EXTRA }, { url: page }), extraGranted)).toBe(7);
    const denied = (): Promise<boolean> => Promise.resolve(false);
    await expect(assertPortalContentScript(content({ url: page, origin: EXTRA }, { url: page }), denied)).rejects.toThrow(/url/);
    await refused(content({ url: `${EXTRA}:8443/x`, origin: `${EXTRA}:8443` }, { url: page }), /url/);
    await refused(content({ url: `http://anagrafe.comune.example.it/x`, origin: undefined }, { url: page }), /url/);
  });

  it('by default counts an extra origin only when it is in the settings and its permission granted', async () => {
    const page = `${EXTRA}/cie/ristampa`;
    const sender = content({ url: page, origin: EXTRA }, { url: page });
    // The fake browser has no permissions API: nothing is granted.
    await expect(assertPortalContentScript(sender)).rejects.toThrow(/url/);
    await fakeBrowser.storage.local.set({ settings: { extraOrigins: [EXTRA] } });
    Object.assign(fakeBrowser.permissions, { contains: () => Promise.resolve(true) });
    expect(await assertPortalContentScript(sender)).toBe(7);
    await fakeBrowser.storage.local.set({ settings: { extraOrigins: [] } });
    await expect(assertPortalContentScript(sender)).rejects.toThrow(/url/);
  });
});

describe('messages both our pages and the content script send', () => {
  it('accept either, and nothing else', async () => {
    await expect(assertOwnPageOrPortalContentScript({ id: ownId(), url: fakeBrowser.runtime.getURL('/popup.html') }, extraGranted)).resolves.toBeUndefined();
    await expect(assertOwnPageOrPortalContentScript(content(), extraGranted)).resolves.toBeUndefined();
    await expect(assertOwnPageOrPortalContentScript(content({}, { url: 'https://evil.example/' }), extraGranted)).rejects.toThrow(ForeignSenderError);
    await expect(assertOwnPageOrPortalContentScript({ id: 'evil', url: fakeBrowser.runtime.getURL('/popup.html') }, extraGranted)).rejects.toThrow(ForeignSenderError);
  });
});
