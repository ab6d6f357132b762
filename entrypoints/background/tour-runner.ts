import { handler, listen } from './handle';

/** Built from entrypoints/tour-runner.ts, packaged with the extension (never fetched). */
const RUNNER_FILE = '/tour-runner.js';

/**
 * Injects the tour runner into the frame whose content script asked (a tour is starting
 * there): Chromium MV3 with `scripting`, Firefox MV2 (no `scripting` permission there) with
 * `tabs.executeScript`. Both run it in the content script's isolated world. The host
 * permission is the portal's, already held.
 */
export const injectTourRunner = handler('injectTourRunner', async (_, { tabId, sender }) => {
  const frameId = sender.frameId ?? 0;
  if (browser.scripting?.executeScript) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [RUNNER_FILE] });
  else await browser.tabs.executeScript(tabId, { file: RUNNER_FILE, frameId });
});

export function registerTourRunnerHandlers(): void {
  listen(injectTourRunner);
}
