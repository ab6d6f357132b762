import { storage } from 'wxt/utils/storage';
import { onMessage } from '@/utils/messaging';
import { OpenStatusPage, PageStatus, TabRef, type TabStatus } from '@/utils/schemas';
import { assertOwnContentScript, assertOwnPage } from '@/utils/sender';

// Session storage: survives the worker being stopped, gone when the browser closes.
const statusKey = (tabId: number) => `session:pageStatus:${tabId}` as const;

/** Remembers what each tab's content script found, for the popup; nothing of the page itself. */
export function registerPageStatusHandlers(): void {
  onMessage('reportPageStatus', async ({ data, sender }) => {
    const tabId = assertOwnContentScript(sender);
    await storage.setItem(statusKey(tabId), PageStatus.parse(data));
  });

  onMessage('getTabStatus', async ({ data, sender }): Promise<TabStatus> => {
    assertOwnPage(sender);
    const { tabId } = TabRef.parse(data);
    const stored = PageStatus.safeParse(await storage.getItem(statusKey(tabId)));
    return stored.success ? { kind: 'reported', status: stored.data } : { kind: 'no-script' };
  });

  onMessage('openStatusPage', async ({ data, sender }) => {
    const tabId = assertOwnContentScript(sender);
    OpenStatusPage.parse(data);
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
  });

  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(statusKey(tabId)));
}
