import type { Browser } from 'wxt/browser';

/**
 * Runs a script packaged with the extension (never fetched) in the frame a content script
 * asked from, in that content script's isolated world: Chromium MV3 with `scripting`,
 * Firefox MV2 (no `scripting` permission there) with `tabs.executeScript`. The host
 * permission is the portal's, already held.
 */
export async function injectIntoSenderFrame(file: string, tabId: number, sender: Browser.runtime.MessageSender): Promise<void> {
  const frameId = sender.frameId ?? 0;
  // At once, not at the default document_idle (up to ~200 ms after DOMContentLoaded): the
  // operator is reaching for the panel, and the script waits for the page itself if it must.
  if (browser.scripting?.executeScript) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file], injectImmediately: true });
  else await browser.tabs.executeScript(tabId, { file, frameId, runAt: 'document_start' });
}
