import type { Catalog, Language } from './i18n';

/**
 * The office's language where the content script can read it before its first paint: one
 * `storage.local` read at document_start, no message, no wait for the background (whose first
 * read of the managed policy takes seconds in Chromium). The background writes the choice
 * whenever the effective settings are read or change, and every catalogue when the extension
 * is installed or updated; the content script reads the choice and the one catalogue it needs.
 */
export const UI_CHOICE_KEY = 'uiLanguageChoice';
export const UI_CATALOG_VERSION_KEY = 'uiCatalogVersion';

/** The storage key of one language's catalogue. */
export function uiCatalogKey(language: Language): string {
  return `uiCatalog.${language}`;
}


export function isLanguageChoice(value: unknown, languages: readonly string[]): value is Language | 'auto' {
  return value === 'auto' || (typeof value === 'string' && languages.includes(value));
}

/** A catalogue read back from storage: an object of strings (the background wrote it). */
export function isCatalog(value: unknown): value is Catalog {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}
