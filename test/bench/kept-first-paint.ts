import type { BenchBrowser } from './page-load';

/** Where the background keeps the panel's first paint (utils/panel-snapshot.ts). */
export const KEPT_FIRST_PAINT = 'panelSnapshots';

/**
 * Waits until the live panel kept its first paint, so the loads measured after draw it (the
 * steady state). It needs the start answer, and the first one after the browser starts waits
 * for the background's first settings read, which in this headless Chromium takes seconds and
 * does not end while tabs keep opening: first the worker is left alone until it wrote the
 * office's language (it does so after that read), then the page is loaded (with its settle)
 * until the first paint is kept. False if it never was.
 */
export async function untilKept(side: BenchBrowser, url: string): Promise<boolean> {
  for (let waited = 0; (await side.stored('uiLanguageChoice')) === undefined && waited < 60; waited++) await new Promise((resolve) => setTimeout(resolve, 500));
  for (let tries = 0; tries < 10; tries++) {
    const kept = await side.stored(KEPT_FIRST_PAINT);
    if (Array.isArray(kept) && kept.length > 0) return true;
    await side.load(url);
  }
  return false;
}
