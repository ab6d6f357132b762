import { resolveLanguage, setLanguage } from './i18n';
import './i18n-catalogs';
import { readSettings } from './settings';

/** Extension pages: the office's language (or the browser's, on "auto"), set on <html lang>. */
export async function applyPageLanguage(): Promise<void> {
  const settings = await readSettings().catch(() => null);
  const language = resolveLanguage(settings?.language ?? 'auto', navigator.language);
  setLanguage(language);
  document.documentElement.lang = language;
}
