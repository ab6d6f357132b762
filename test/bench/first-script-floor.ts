// Bundled by content-script.bench.ts (esbuild) into a peer extension: the least the first
// script of a two-stage content script would cost a page. It does what such a script cannot
// skip (one storage read at document_start, our page reading at DOMContentLoaded, the fields
// marked and listened to, the page status sent, a copy of the panel drawn from markup read
// from storage) and nothing a second stage would bring (no framework, no features, no
// validation). The markup is this build's own panel, stored by the peer's background.
import { ancestorDocuments, readPortalPage } from '../../utils/portal/adapter';
import { drawPanelCopy, type DrawnPanel } from './panel-copy';

/**
 * Set by the bundler: false for the peer that marks the first input instead, as the one-line
 * script does, to tell what our page reading costs of the whole.
 */
declare const READ_THE_PAGE: boolean;

let stored: DrawnPanel | null = null;
void chrome.storage.local
  .get(['panelLayout', 'uiLanguageChoice', 'panelCopy'])
  .then((values) => {
    stored = (values.panelCopy as DrawnPanel | undefined) ?? null;
  })
  .catch(() => undefined);

/** The fields to mark: read as our content script reads them, or the page's first input. */
function fieldsToMark(): Record<string, HTMLInputElement | undefined> | null {
  if (!READ_THE_PAGE) return { codiceFiscale: document.querySelector('input') ?? undefined };
  const reading = readPortalPage(document, { ancestors: ancestorDocuments(window) });
  return reading.recognised ? reading.page.fields : null;
}

document.addEventListener('DOMContentLoaded', () => {
  const fields = fieldsToMark();
  if (!fields) return;
  for (const [name, input] of Object.entries(fields)) {
    input?.setAttribute('data-sportello-field', name);
    input?.addEventListener('input', () => undefined);
  }
  void chrome.runtime.sendMessage({ recognised: true, missing: [] }).catch(() => undefined);
  // The panel in a task of its own, as ours is drawn.
  setTimeout(() => {
    if (stored) drawPanelCopy(stored);
  }, 0);
});
