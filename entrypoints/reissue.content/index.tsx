import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { applyUiLanguage } from './ui-language';
import { watchPortal } from './watch-portal';

// Thin: recognition, mounting and the features all live beside this file.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    // Recognition never waits for the background; the office's language follows when it comes.
    const watcher = watchPortal(ctx);
    void applyUiLanguage().then((changed) => {
      if (changed) watcher.remount();
    });
  },
});
