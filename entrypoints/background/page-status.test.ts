import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ROOM_PAGES_KEY } from '@/utils/room-pages';
import { getTabStatus, reportPageStatus } from './page-status';

const contentScript = (tabId: number, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url: 'https://cieonline.interno.it/ristampa.html' } as never,
  url: 'https://cieonline.interno.it/ristampa.html',
  frameId,
});
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('page status service', () => {
  it('keeps what a content script reported, per tab, for the popup', async () => {
    await reportPageStatus({ recognised: false, missing: ['heading', 'email'] }, contentScript(4));
    await reportPageStatus({ recognised: true, missing: [] }, contentScript(5));
    expect(await getTabStatus({ tabId: 4 }, popup())).toEqual({ kind: 'reported', status: { recognised: false, missing: ['heading', 'email'] } });
    expect(await getTabStatus({ tabId: 5 }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
    expect(await getTabStatus({ tabId: 6 }, popup())).toEqual({ kind: 'no-script' });
  });

  it('tells the popup when the page keeps taking the panel away, and stops once the frame says otherwise', async () => {
    await reportPageStatus({ recognised: true, missing: [], declined: true }, contentScript(7));
    expect(await getTabStatus({ tabId: 7 }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [], declined: true } });
    await reportPageStatus({ recognised: true, missing: [] }, contentScript(7));
    expect(await getTabStatus({ tabId: 7 }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
  });

  it("lists the frame's page (origin and path) for its room at the next load while it shows the function", async () => {
    const listed = async (): Promise<unknown> => (await fakeBrowser.storage.local.get(ROOM_PAGES_KEY))[ROOM_PAGES_KEY];
    await reportPageStatus({ recognised: true, missing: [] }, { ...contentScript(4), url: 'https://cieonline.interno.it/ristampa.html?conferma=pagina' });
    expect(await listed()).toEqual(['https://cieonline.interno.it/ristampa.html']);
    await reportPageStatus({ recognised: false, missing: ['codiceFiscale'] }, contentScript(5));
    expect(await listed()).toEqual([]);
  });

  it('refuses reports from outside a tab, from other extensions, and malformed payloads', async () => {
    await expect(reportPageStatus({ recognised: true, missing: [] }, { id: fakeBrowser.runtime.id })).rejects.toThrow(/mittente/);
    await expect(reportPageStatus({ recognised: true, missing: [] }, { id: 'other', tab: { id: 1 } as never })).rejects.toThrow(/mittente/);
    await expect(reportPageStatus({ recognised: 'yes', missing: [] }, contentScript(1))).rejects.toThrow();
    await expect(reportPageStatus({ recognised: true, missing: ['<img onerror=x>'] }, contentScript(1))).rejects.toThrow();
    expect(await getTabStatus({ tabId: 1 }, popup())).toEqual({ kind: 'no-script' });
  });

  it('answers the popup only, never a content script asking about another tab', async () => {
    await reportPageStatus({ recognised: true, missing: [] }, contentScript(2));
    await expect(getTabStatus({ tabId: 2 }, contentScript(9))).rejects.toThrow(/mittente/);
    await expect(getTabStatus({ tabId: -1 }, popup())).rejects.toThrow();
  });

  it('takes the portal in a frame of a shell page as the tab being recognised, whatever order the frames report in', async () => {
    await reportPageStatus({ recognised: true, missing: [] }, contentScript(3, 7));
    await reportPageStatus({ recognised: false, missing: ['codiceFiscale', 'numeroCarta', 'email'] }, contentScript(3, 0));
    expect(await getTabStatus({ tabId: 3 }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
    // The frame leaves the reprint function: the top frame's word stands again.
    await reportPageStatus({ recognised: false, missing: ['heading', 'codiceFiscale', 'numeroCarta', 'email'] }, contentScript(3, 7));
    expect(await getTabStatus({ tabId: 3 }, popup())).toEqual({ kind: 'reported', status: { recognised: false, missing: ['codiceFiscale', 'numeroCarta', 'email'] } });
  });

  it("leaves out a frame's report from a page the tab no longer shows", async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://cieonline.interno.it/cornice.html' });
    const sender = (frameId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tab.id, url: tab.url } as never, url: tab.url, frameId });
    await reportPageStatus({ recognised: true, missing: [] }, sender(7));
    expect(await getTabStatus({ tabId: tab.id! }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
    await fakeBrowser.tabs.update(tab.id, { url: 'https://cieonline.interno.it/emissione.html' });
    await reportPageStatus({ recognised: false, missing: ['heading'] }, { ...sender(0), tab: { id: tab.id, url: 'https://cieonline.interno.it/emissione.html' } as never, url: 'https://cieonline.interno.it/emissione.html' });
    expect(await getTabStatus({ tabId: tab.id! }, popup())).toEqual({ kind: 'reported', status: { recognised: false, missing: ['heading'] } });
  });
});
