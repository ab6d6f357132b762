import { LANGUAGES, registerCatalogs, setLanguage, type Catalog, type Language } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';

/**
 * Takes the office's language and its catalogue from the background; on failure the browser's
 * own `_locales` stay. Whoever shows text listens with `onLanguageChange`.
 */
export async function applyUiLanguage(): Promise<void> {
  try {
    const answer = await sendMessage('getUiLanguage', { browserLanguage: navigator.language.slice(0, 35) });
    if (!isLanguage(answer.language) || !isCatalog(answer.catalog)) return;
    registerCatalogs({ [answer.language]: answer.catalog });
    setLanguage(answer.language);
  } catch {
    // the browser's own _locales stay
  }
}

function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}
