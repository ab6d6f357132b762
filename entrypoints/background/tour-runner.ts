import { handler, listen } from './handle';

/** Built from entrypoints/tour-runner.ts, packaged with the extension (never fetched). */
const RUNNER_FILE = '/tour-runner.js';

type ScriptingApi = {
  executeScript(injection: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown>;
};
type TabsExecuteScript = (tabId: number, details: { file: string; frameId: number }) => Promise<unknown>;

/**
 * Injects the tour runner into the frame whose content script asked (a tour is starting
 * there): Chromium MV3 with `scripting`, Firefox MV2 with `tabs.executeScript`. Both run it in
 * the content script's isolated world. The host permission is the portal's, already held.
 */
export const injectTourRunner = handler('injectTourRunner', async (_, { tabId, sender }) => {
  const frameId = sender.frameId ?? 0;
  const api = browser as unknown as { scripting?: Partial<ScriptingApi>; tabs: { executeScript?: TabsExecuteScript } };
  if (typeof api.scripting?.executeScript === 'function') {
    await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [RUNNER_FILE] });
  } else if (typeof api.tabs.executeScript === 'function') {
    await api.tabs.executeScript(tabId, { file: RUNNER_FILE, frameId });
  } else {
    throw new Error('no way to inject the tour runner');
  }
});

export function registerTourRunnerHandlers(): void {
  listen(injectTourRunner);
}
