import { LANGUAGES, registerCatalogs, resolveLanguage, setLanguage, type Language } from '@/utils/i18n';
import { sendMessage } from '@/utils/messaging';
import { isCatalog, isLanguageChoice, UI_CHOICE_KEY, uiCatalogKey } from '@/utils/ui-language-store';
import { followLocalKeys } from './follow-storage';

/**
 * The office's language, known before the panel's first paint: the choice (`storedChoice`, read
 * with the panel's layout in one read) and, only when it is not the browser's own language,
 * its catalogue are read from storage at document_start (utils/ui-language-store.ts; both
 * reads end long before the page is parsed). Only when storage has no catalogue yet (the first
 * page after install, before the background wrote them) is the background asked, and the panel
 * waits for it: the browser's own language is never painted first. Resolves once the language
 * is in place.
 */
export async function loadUiLanguage(storedChoice: Promise<unknown>, signal: AbortSignal): Promise<void> {
  const browserLanguage = navigator.language.slice(0, 35);
  try {
    const stored = await storedChoice;
    // No choice stored yet: the default ("auto", the browser's language tag) until the background says.
    const choice = isLanguageChoice(stored, LANGUAGES) ? stored : 'auto';
    const language = resolveLanguage(choice, browserLanguage);
    // The usual case, the office chose the browser's own language: the browser's _locales
    // (read synchronously by t()) are that catalogue, so no second read is waited for. With no
    // choice stored yet, the stored catalogue (or the background) decides, as below.
    if (isLanguageChoice(stored, LANGUAGES) && language === nativeLanguage()) setLanguage(language);
    else {
      const catalog: unknown = (await browser.storage.local.get(uiCatalogKey(language)))[uiCatalogKey(language)];
      if (!isCatalog(catalog)) throw new Error('catalogue not stored yet');
      apply(language, catalog);
    }
    followStoredChoice(browserLanguage, signal);
    if (!isLanguageChoice(stored, LANGUAGES)) void askBackground(browserLanguage);
    return;
  } catch {
    // storage unreadable, or no catalogue stored yet: ask the background
  }
  await askBackground(browserLanguage);
  followStoredChoice(browserLanguage, signal);
}

/**
 * The language of the _locales the browser gives this extension (what `i18n.getMessage`
 * answers in), read from a message of its own: `i18n.getUILanguage()` can name another one
 * (Chromium started with `--lang` loads the bundle of its own UI language).
 */
function nativeLanguage(): Language | null {
  const code = browser.i18n.getMessage('uiLanguageCode');
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Language) : null;
}

function apply(language: Language, catalog: Record<string, string>): void {
  registerCatalogs({ [language]: catalog });
  setLanguage(language);
}

/** The office's language and its catalogue from the background; on failure what is in place stays. */
async function askBackground(browserLanguage: string): Promise<void> {
  try {
    const answer = await sendMessage('getUiLanguage', { browserLanguage });
    if (!(LANGUAGES as readonly unknown[]).includes(answer.language) || !isCatalog(answer.catalog)) return;
    apply(answer.language, answer.catalog);
  } catch {
    // what is in place stays
  }
}

/** The office changed its language while the page is open: draw in the new one. */
function followStoredChoice(browserLanguage: string, signal: AbortSignal): void {
  followLocalKeys([UI_CHOICE_KEY], () => void askBackground(browserLanguage), signal);
}
