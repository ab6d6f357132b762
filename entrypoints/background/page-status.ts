import { storage } from 'wxt/utils/storage';
import type { Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { z } from 'zod';
import { OpenStatusPage, PageStatus, TabRef, type TabStatus } from '@/utils/schemas';
import { assertOwnPage } from '@/utils/sender';
import { assertPortalContentScript } from '@/utils/sender-portal';
import { RateLimitedError, tabRateLimit } from './tab-rate-limit';

type Sender = Browser.runtime.MessageSender;

// Session storage: survives the worker being stopped, gone when the browser closes.
const statusKey = (tabId: number) => `session:pageStatus:${tabId}` as const;
const FrameStatus = PageStatus.extend({ page: z.string().max(2048).optional() });
type FrameStatus = z.infer<typeof FrameStatus>;
// Firefox numbers frames with large integers (e.g. 15032385537).
const FrameStatuses = z.record(z.string().regex(/^\d{1,20}$/), FrameStatus);
// A status tab now and then; a page script pressing the button in a loop opens a few at most.
const statusPageLimit = tabRateLimit({ burst: 4, perMinute: 4 });

/**
 * A content script says whether its frame shows the reprint function; nothing of the page
 * itself. The portal may live in a frame of a shell page: each frame reports, with the
 * address the tab showed then, and the tab counts as recognised when a frame of the page it
 * shows now is. A frame's report never hides another's, whatever order they come in.
 */
export async function reportPageStatus(data: unknown, sender: Sender): Promise<void> {
  const tabId = await assertPortalContentScript(sender);
  const status = PageStatus.parse(data);
  const frames = await readFrames(tabId);
  await storage.setItem(statusKey(tabId), { ...frames, [sender.frameId ?? 0]: { ...status, page: pageOf(sender.tab?.url) } });
}

/** The popup asks what the content scripts said about a tab. */
export async function getTabStatus(data: unknown, sender: Sender): Promise<TabStatus> {
  assertOwnPage(sender);
  const { tabId } = TabRef.parse(data);
  const now = pageOf(await browser.tabs.get(tabId).then((tab: Browser.tabs.Tab | undefined) => tab?.url, () => undefined));
  // Reports of frames from a page the tab no longer shows are left out.
  const frames = Object.entries(await readFrames(tabId)).filter(([frame, s]) => frame === '0' || !now || !s.page || s.page === now);
  if (frames.length === 0) return { kind: 'no-script' };
  const [, found] = frames.find(([, s]) => s.recognised) ?? frames.find(([frame]) => frame === '0') ?? frames[0]!;
  return { kind: 'reported', status: { recognised: found.recognised, missing: found.missing } };
}

async function readFrames(tabId: number): Promise<Record<string, FrameStatus>> {
  const stored = FrameStatuses.safeParse(await storage.getItem(statusKey(tabId)));
  return stored.success ? stored.data : {};
}

/** The tab's address without its fragment: what tells one page from the next. */
function pageOf(url: string | undefined): string | undefined {
  return url?.split('#')[0]?.slice(0, 2048);
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
