import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabStatus, reportPageStatus } from './page-status';

const contentScript = (tabId: number) => ({ id: fakeBrowser.runtime.id, tab: { id: tabId, url: 'https://cieonline.interno.it/ristampa.html' } as never, url: 'https://cieonline.interno.it/ristampa.html' });
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

describe('page status service', () => {
  it('keeps what a content script reported, per tab, for the popup', async () => {
    await reportPageStatus({ recognised: false, missing: ['heading', 'email'] }, contentScript(4));
    await reportPageStatus({ recognised: true, missing: [] }, contentScript(5));
    expect(await getTabStatus({ tabId: 4 }, popup())).toEqual({ kind: 'reported', status: { recognised: false, missing: ['heading', 'email'] } });
    expect(await getTabStatus({ tabId: 5 }, popup())).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
    expect(await getTabStatus({ tabId: 6 }, popup())).toEqual({ kind: 'no-script' });
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
});
