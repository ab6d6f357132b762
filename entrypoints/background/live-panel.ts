import { PANEL_SNAPSHOTS_KEY } from '@/utils/panel-snapshot';
import { withSnapshot } from '@/utils/panel-snapshot-schema';
import { handler, listen } from './handle';
import { injectIntoSenderFrame } from './inject-script';

/** Built from entrypoints/reissue-live.ts: the panel's code and every feature. */
const LIVE_FILE = '/reissue-live.js';

/**
 * The content script's first part asks for the live panel: the operator reaches for the copy or
 * a field, or no kept first paint fits the page. Injected into the asking frame.
 */
export const injectLiveStage = handler('injectLiveStage', (_, { tabId, sender }) => injectIntoSenderFrame(LIVE_FILE, tabId, sender));

/** The live panel's first paint on a page with nothing of a citizen on it, kept for the next page. */
export const savePanelSnapshot = handler('savePanelSnapshot', async (snapshot) => {
  const stored = (await browser.storage.local.get(PANEL_SNAPSHOTS_KEY))[PANEL_SNAPSHOTS_KEY];
  await browser.storage.local.set({ [PANEL_SNAPSHOTS_KEY]: withSnapshot(stored, snapshot) });
});

export function registerLivePanelHandlers(): void {
  listen(injectLiveStage, savePanelSnapshot);
}
