import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { applyUiLanguage } from './ui-language';
import { watchPortal } from './watch-portal';

// Thin: recognition, mounting and the features all live beside this file.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
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
