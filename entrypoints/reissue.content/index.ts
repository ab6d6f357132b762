import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { startFirstPaint } from './first-paint';

// Thin: the first part (first-paint.ts) reads the page and draws the panel's first paint; the
// live panel with every feature (live-stage.ts) is injected when the operator reaches for it.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  // Chromium runs document_idle (and document_end) scripts up to ~80 ms after
  // DOMContentLoaded; from document_start we read the page the moment it is parsed.
  runAt: 'document_start',
  // The portal may show its pages inside a frame of a shell page: the script runs in every
  // frame of the portal's origins and acts only in the one that shows the reprint function.
  allFrames: true,
  // The panel's styles are carried in the script (panel-css.ts): no CSS file to fetch before the first paint.
  cssInjectionMode: 'manual',
  // WXT's window.postMessage announcement is only for its old versions, and every message
  // listener of the portal would see it: the custom event alone is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignoreForgedRestarts(ctx);
    startFirstPaint(ctx);
  },
});

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event, which
 * any page script can fire too: the operator's case would be torn down. A newer copy only
 * comes with an update of the extension, and then this copy is disconnected from the runtime:
 * while it is connected, the announcement is stopped before WXT's listener (on the document)
 * hears it.
 */
function ignoreForgedRestarts(ctx: ContentScriptContext): void {
  // The event's name is WXT's own (per extension and script); read from the class, not rebuilt.
  const name = (ctx.constructor as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown }).SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name !== 'string') return;
  window.addEventListener(
    name,
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal: ctx.signal },
  );
}
