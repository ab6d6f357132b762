import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { watchPortal } from './watch-portal';

// Thin: recognition, mounting and the features all live beside this file.
export default defineContentScript({
  matches: [...PORTAL_MATCHES],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    watchPortal(ctx);
  },
});
