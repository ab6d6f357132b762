import { storage } from 'wxt/utils/storage';
import type { Browser } from 'wxt/browser';
import { z } from 'zod';
import { ROOM_PAGES_KEY, roomPageOf, withRoomPage } from '@/utils/room-pages';
import { PageStatus, type TabStatus } from '@/utils/schemas';
import { handler, listen } from './handle';
import { RateLimitedError, tabRateLimit } from './tab-rate-limit';

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
export const reportPageStatus = handler('reportPageStatus', async (status, { tabId, sender }) => {
  const frames = await readFrames(tabId);
  await storage.setItem(statusKey(tabId), { ...frames, [sender.frameId ?? 0]: { ...status, page: pageOf(sender.tab?.url) } });
  await rememberRoomPage(sender.url, status.recognised);
});

/** One change of the list at a time: two frames reporting at once would lose one's write. */
let roomPagesQueue: Promise<unknown> = Promise.resolve();

/** The frame's page is listed for its room at the next load when it showed the function, and no longer when it did not. */
function rememberRoomPage(url: string | undefined, shown: boolean): Promise<void> {
  const page = roomPageOf(url);
  if (!page) return Promise.resolve();
  const change = async (): Promise<void> => {
    const stored: unknown = (await browser.storage.local.get(ROOM_PAGES_KEY))[ROOM_PAGES_KEY];
    const pages = withRoomPage(stored, page, shown);
    if (pages) await browser.storage.local.set({ [ROOM_PAGES_KEY]: pages });
  };
  const done = roomPagesQueue.then(change, change);
  roomPagesQueue = done.catch(() => undefined);
  return done;
}

/** The popup asks what the content scripts said about a tab. */
export const getTabStatus = handler('getTabStatus', async ({ tabId }): Promise<TabStatus> => {
  const now = pageOf(await browser.tabs.get(tabId).then((tab: Browser.tabs.Tab | undefined) => tab?.url, () => undefined));
  // Reports of frames from a page the tab no longer shows are left out.
  const frames = Object.entries(await readFrames(tabId)).filter(([frame, s]) => frame === '0' || !now || !s.page || s.page === now);
  if (frames.length === 0) return { kind: 'no-script' };
  const [, found] = frames.find(([, s]) => s.recognised) ?? frames.find(([frame]) => frame === '0') ?? frames[0]!;
  return { kind: 'reported', status: { recognised: found.recognised, missing: found.missing, ...(found.declined ? { declined: true } : {}) } };
});

async function readFrames(tabId: number): Promise<Record<string, FrameStatus>> {
  const stored = FrameStatuses.safeParse(await storage.getItem(statusKey(tabId)));
  return stored.success ? stored.data : {};
}

/** The tab's address without its fragment: what tells one page from the next. */
function pageOf(url: string | undefined): string | undefined {
  return url?.split('#')[0]?.slice(0, 2048);
}

/** The panel's "Stato e quota" button: the popup as a tab, about the sender's tab. */
export const openStatusPage = handler('openStatusPage', async (_, { tabId }) => {
  if (!statusPageLimit.take(tabId)) throw new RateLimitedError('status');
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`) });
});

export function registerPageStatusHandlers(): void {
  listen(reportPageStatus, getTabStatus, openStatusPage);
  browser.tabs.onRemoved.addListener((tabId) => {
    statusPageLimit.forget(tabId);
    void storage.removeItem(statusKey(tabId));
  });
}
