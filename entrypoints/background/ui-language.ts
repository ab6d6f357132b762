import { resolveLanguage } from '@/utils/i18n';
import { bundledCatalogs } from '@/utils/i18n-catalogs';
import type { UiLanguage } from '@/utils/schemas';
import { handler, listen } from './handle';
import { cachedSettings } from './settings-cache';

/**
 * The content script carries no catalogue: it asks here for the office's language (or, on
 * "auto", the one of the page's browser) and gets that catalogue.
 */
export const uiLanguage = handler('getUiLanguage', async ({ browserLanguage }): Promise<UiLanguage> => {
  const language = resolveLanguage((await cachedSettings()).language, browserLanguage);
  return { language, catalog: bundledCatalogs[language] };
});

export function registerUiLanguageHandlers(): void {
  listen(uiLanguage);
}
