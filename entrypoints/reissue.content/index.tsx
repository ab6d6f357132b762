import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { applyUiLanguage } from './ui-language';
import { watchPortal } from './watch-portal';

// Thin: recognition, mounting and the features all live beside this file.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  // Chromium runs document_idle (and document_end) scripts up to ~80 ms after
  // DOMContentLoaded; from document_start we read the page the moment it is parsed.
  runAt: 'document_start',
  // The portal may show its pages inside a frame of a shell page: the script runs in every
  // frame of the portal's origins and acts only in the one that shows the reprint function.
  allFrames: true,
  cssInjectionMode: 'ui',
  // WXT's window.postMessage announcement is only for its old versions, and every message
  // listener of the portal would see it: the custom event alone is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    start(ctx);
    // Recognition never waits for the background; the office's language follows when it comes.
    void applyUiLanguage();
  },
});

function start(ctx: ContentScriptContext): void {
  const watcher = watchPortal(ctx);
  watcher.followLanguage(ctx.signal);
  ctx.onInvalidated(() => {
    // An extension update disconnects this script from the runtime. A page script can also
    // fire WXT's "newer copy started" event to switch us off: then we are still connected,
    // so we start again.
    // (The class comes from the context itself: importing it here would run WXT code at build.)
    const Context = ctx.constructor as typeof ContentScriptContext;
    if (browser.runtime?.id) start(new Context('reissue', ctx.options));
  });
}
