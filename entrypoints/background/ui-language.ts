import { resolveLanguage } from '@/utils/i18n';
import { bundledCatalogs } from '@/utils/i18n-catalogs';
import { onMessage } from '@/utils/messaging';
import { UiLanguageRequest, type UiLanguage } from '@/utils/schemas';
import { assertOwnPageOrPortalContentScript } from '@/utils/sender-portal';
import { cachedSettings, warmSettingsCache } from './settings-cache';

/**
 * The content script carries no catalogue: it asks here for the office's language (or, on
 * "auto", the one of the page's browser) and gets that catalogue.
 */
export async function uiLanguage(data: unknown, sender: Parameters<typeof assertOwnPageOrPortalContentScript>[0]): Promise<UiLanguage> {
  // The content script on a portal page, or one of our pages (utils/page-language.ts).
  await assertOwnPageOrPortalContentScript(sender);
  const { browserLanguage } = UiLanguageRequest.parse(data);
  const language = resolveLanguage((await cachedSettings()).language, browserLanguage);
  return { language, catalog: bundledCatalogs[language] };
}

export function registerUiLanguageHandlers(): void {
  warmSettingsCache();
  onMessage('getUiLanguage', ({ data, sender }) => uiLanguage(data, sender));
}
