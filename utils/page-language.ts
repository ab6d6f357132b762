import { detectLanguage, setLanguage, type Language } from './i18n';
import './i18n-catalogs';
import { sendMessage } from './messaging';

/**
 * Extension pages: the office's language (or the browser's, on "auto"), set on <html lang>.
 * Asked of the background, which keeps the settings at hand (a managed-policy read is slow).
 */
export async function applyPageLanguage(): Promise<void> {
  const language: Language = await sendMessage('getUiLanguage', { browserLanguage: navigator.language.slice(0, 35) })
    .then((answer) => answer.language)
    .catch(() => detectLanguage(navigator.language));
  setLanguage(language);
  document.documentElement.lang = language;
}
