import { storage } from 'wxt/utils/storage';
import type { Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { OpenStatusPage, PageStatus, TabRef, type TabStatus } from '@/utils/schemas';
import { assertOwnPage } from '@/utils/sender';
import { assertPortalContentScript } from '@/utils/sender-portal';
import { RateLimitedError, tabRateLimit } from './tab-rate-limit';

type Sender = Browser.runtime.MessageSender;

// Session storage: survives the worker being stopped, gone when the browser closes.
const statusKey = (tabId: number) => `session:pageStatus:${tabId}` as const;
// A status tab now and then; a page script pressing the button in a loop opens a few at most.
const statusPageLimit = tabRateLimit({ burst: 4, perMinute: 4 });

/** A content script says whether its tab shows the reprint page; nothing of the page itself. */
export async function reportPageStatus(data: unknown, sender: Sender): Promise<void> {
  const tabId = await assertPortalContentScript(sender);
  await storage.setItem(statusKey(tabId), PageStatus.parse(data));
}

/** The popup asks what the content script said about a tab. */
export async function getTabStatus(data: unknown, sender: Sender): Promise<TabStatus> {
  assertOwnPage(sender);
  const { tabId } = TabRef.parse(data);
  const stored = PageStatus.safeParse(await storage.getItem(statusKey(tabId)));
  return stored.success ? { kind: 'reported', status: stored.data } : { kind: 'no-script' };
}

/** The panel's "Stato e quota" button: the popup as a tab, about the sender's tab. */
export async function openStatusPage(data: unknown, sender: Sender): Promise<void> {
  const tabId = await assertPortalContentScript(sender);
  OpenStatusPage.parse(data);
  if (!statusPageLimit.take(tabId)) throw new RateLimitedError('status');
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
}

export function registerPageStatusHandlers(): void {
  onMessage('reportPageStatus', ({ data, sender }) => reportPageStatus(data, sender));
  onMessage('getTabStatus', ({ data, sender }) => getTabStatus(data, sender));
  onMessage('openStatusPage', ({ data, sender }) => openStatusPage(data, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    statusPageLimit.forget(tabId);
    void storage.removeItem(statusKey(tabId));
  });
}
