import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDom } from '@/utils/dom/observe';
import { sendMessage } from '@/utils/messaging';
import { readPortalPage, type PageReading, type PortalPage } from '@/utils/portal/adapter';
import type { PageStatus } from '@/utils/schemas';
import { FEATURES } from './features';
import { ourRoot } from './our-root';
import { mountPanel, type MountedPanel } from './panel-ui';
import { onLanguageChange } from '@/utils/i18n';

/**
 * Recognises the reprint page now and whenever the page changes itself (single-page
 * navigation, fields added later), mounting our features on it and removing them when the
 * page stops being the reprint page. Any failure leaves the portal exactly as it was.
 */
export function watchPortal(ctx: ContentScriptContext): { followLanguage: (signal: AbortSignal) => void } {
  let mounted: { page: PortalPage; panel: MountedPanel; features: AbortController } | null = null;
  let lastReport = '';
  let queue = Promise.resolve();

  const unmount = (): void => {
    mounted?.features.abort();
    mounted?.panel.remove();
    mounted = null;
  };

  const refresh = async (): Promise<void> => {
    let reading: PageReading;
    try {
      reading = readPortalPage(document);
    } catch {
      reading = { recognised: false, missing: [] };
    }
    if (!reading.recognised) unmount();
    else if (!mounted || !samePage(mounted.page, reading.page) || !ourRoot()) {
      unmount();
      try {
        mounted = await mountFeatures(ctx, reading.page);
      } catch {
        unmount(); // degrade to no help, never to a broken form
        reading = { recognised: false, missing: [] };
      }
    } else notifyPageChange(mounted.page);
    report({ recognised: reading.recognised, missing: reading.recognised ? [] : reading.missing });
  };

  const report = (status: PageStatus): void => {
    const key = JSON.stringify(status);
    if (key === lastReport) return;
    lastReport = key;
    void sendMessage('reportPageStatus', status).catch(() => undefined);
  };

  const schedule = (): void => {
    queue = queue.then(refresh, refresh);
  };
  const begin = (): void => {
    schedule();
    observeDom(document.documentElement, schedule, ctx.signal, { ignore: isOurs });
  };
  // Started at document_start, we read the page only once it is parsed: a half-parsed form
  // is not worth reading. The portal's deferred scripts have run by then; what its own
  // DOMContentLoaded handlers (which run after ours) change, the observer catches.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin, { once: true, signal: ctx.signal });
  else begin();
  ctx.onInvalidated(unmount);
  return {
    // A new language arrived: draw our UI again with it, in place (a case in progress stays).
    followLanguage: (signal) => onLanguageChange(() => mounted?.panel.refresh(), signal),
  };
}

async function mountFeatures(ctx: ContentScriptContext, page: PortalPage) {
  const features = new AbortController();
  for (const feature of FEATURES) {
    try {
      feature.attach?.(page, features.signal);
    } catch {
      // one feature failing must not take the others (or the portal) down
    }
  }
  const panel = await mountPanel(ctx, page, FEATURES);
  return { page, panel, features };
}

function notifyPageChange(page: PortalPage): void {
  for (const feature of FEATURES) {
    try {
      feature.onPageChange?.(page);
    } catch {
      // a feature's failure stays its own
    }
  }
}

/** Same elements as before: a re-render that kept the fields needs no remount. */
function samePage(a: PortalPage, b: PortalPage): boolean {
  return (
    a.fields.codiceFiscale === b.fields.codiceFiscale &&
    a.fields.numeroCarta === b.fields.numeroCarta &&
    a.fields.email === b.fields.email
  );
}

/** Our own nodes and the changes we make must not wake the observer. */
function isOurs(node: Node): boolean {
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return false;
  return ourRoot()?.contains(element) === true || element.closest('[data-sportello-owned]') !== null;
}
