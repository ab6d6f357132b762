import { LANGUAGES, type Language } from './i18n';
import { bundledCatalogs } from './i18n-catalogs';

/**
 * The `_locales/<lang>/messages.json` files: every message, so the manifest and the content
 * script (which carries no catalogue of its own) read the same text as the pages.
 */
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language: Language) => {
    const entries = Object.entries(bundledCatalogs[language]).map(([key, message]) => [key, { message }]);
    return {
      relativeDest: `_locales/${language}/messages.json`,
      contents: JSON.stringify(Object.fromEntries(entries), null, 2),
    };
  });
}
