// Bundled by content-script.bench.ts (esbuild) into a peer extension: the least the first
// script of a two-stage content script would cost a page. It does what such a script cannot
// skip (one storage read at document_start, our page reading at DOMContentLoaded, the fields
// marked and listened to, the page status sent, a copy of the panel drawn from markup read
// from storage) and nothing a second stage would bring (no framework, no features, no
// validation). The markup is this build's own panel, stored by the peer's background.
import { ancestorDocuments, readPortalPage } from '../../utils/portal/adapter';
import { drawPanelCopy, type DrawnPanel } from './panel-copy';

let stored: DrawnPanel | null = null;
void chrome.storage.local
  .get(['panelLayout', 'uiLanguageChoice', 'panelCopy'])
  .then((values) => {
    stored = (values.panelCopy as DrawnPanel | undefined) ?? null;
  })
  .catch(() => undefined);

document.addEventListener('DOMContentLoaded', () => {
  const reading = readPortalPage(document, { ancestors: ancestorDocuments(window) });
  if (!reading.recognised) return;
  for (const [name, input] of Object.entries(reading.page.fields)) {
    input?.setAttribute('data-sportello-field', name);
    input?.addEventListener('input', () => undefined);
  }
  void chrome.runtime.sendMessage({ recognised: true, missing: [] }).catch(() => undefined);
  // The panel in a task of its own, as ours is drawn.
  setTimeout(() => {
    if (stored) drawPanelCopy(stored);
  }, 0);
});
