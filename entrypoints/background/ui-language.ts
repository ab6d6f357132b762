import { bundledCatalogs } from '@/utils/i18n-catalogs';
import { onMessage } from '@/utils/messaging';
import { UiLanguageRequest, type UiLanguage } from '@/utils/schemas';
import { assertOwnExtension } from '@/utils/sender';
import { readSettings } from '@/utils/settings';

/**
 * The content script carries no catalogue: when the office chose a language in the options,
 * it asks here for that one; on "auto" it keeps the browser's own `_locales`.
 */
export async function uiLanguage(data: unknown, sender: Parameters<typeof assertOwnExtension>[0]): Promise<UiLanguage> {
  assertOwnExtension(sender);
  UiLanguageRequest.parse(data);
  const { language } = await readSettings();
  return language === 'auto' ? { language: 'auto' } : { language, catalog: bundledCatalogs[language] };
}

export function registerUiLanguageHandlers(): void {
  onMessage('getUiLanguage', ({ data, sender }) => uiLanguage(data, sender));
}
