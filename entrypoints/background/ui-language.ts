import { resolveLanguage, LANGUAGES } from '@/utils/i18n';
import { bundledCatalogs } from '@/utils/i18n-catalogs';
import type { UiLanguage } from '@/utils/schemas';
import { handler, listen } from './handle';
import { cachedSettings } from './settings-cache';
import { changesSettings } from '@/utils/settings';
import { UI_CATALOG_VERSION_KEY, UI_CHOICE_KEY, uiCatalogKey } from '@/utils/ui-language-store';

/**
 * The content script carries no catalogue: it asks here for the office's language (or, on
 * "auto", the one of the page's browser) and gets that catalogue.
 */
export const uiLanguage = handler('getUiLanguage', async ({ browserLanguage }): Promise<UiLanguage> => {
  const language = resolveLanguage((await cachedSettings()).language, browserLanguage);
  return { language, catalog: bundledCatalogs[language] };
});

/**
 * Keeps the office's language choice where the content script reads it before its first paint
 * (utils/ui-language-store.ts): written when the settings are read and whenever they change;
 * an unchanged choice is not written again.
 */
async function storeLanguageChoice(): Promise<void> {
  const choice = (await cachedSettings()).language;
  const stored: unknown = (await browser.storage.local.get(UI_CHOICE_KEY))[UI_CHOICE_KEY];
  if (stored !== choice) await browser.storage.local.set({ [UI_CHOICE_KEY]: choice });
}

/** Every bundled catalogue, once per version of the extension (install, update, reload). */
async function storeCatalogs(): Promise<void> {
  const version = browser.runtime.getManifest().version;
  const stored: unknown = (await browser.storage.local.get(UI_CATALOG_VERSION_KEY))[UI_CATALOG_VERSION_KEY];
  if (stored === version) return;
  const catalogs = Object.fromEntries(LANGUAGES.map((language) => [uiCatalogKey(language), bundledCatalogs[language]]));
  await browser.storage.local.set({ ...catalogs, [UI_CATALOG_VERSION_KEY]: version });
}

export function registerUiLanguageHandlers(): void {
  listen(uiLanguage);
  // An update or a reload may change the catalogues under the same version: write them again.
  browser.runtime.onInstalled.addListener(() => {
    void browser.storage.local.remove(UI_CATALOG_VERSION_KEY).then(storeCatalogs).catch(() => undefined);
  });
  void storeCatalogs().catch(() => undefined);
  void storeLanguageChoice().catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesSettings(changes, area)) void storeLanguageChoice().catch(() => undefined);
  });
}

