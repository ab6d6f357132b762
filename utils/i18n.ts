import type it from '../locales/it.json';

/**
 * Translation. Extension pages, the background and tests register the bundled catalogues
 * (`utils/i18n-catalogs.ts`); the content script does not carry them (size) and reads the
 * browser's `_locales` instead, or a catalogue the background sends when the office chose
 * another language than the browser's.
 */

/** Italian is the source catalogue: its keys are the only valid message keys. */
export type MessageKey = keyof typeof it;
export const LANGUAGES = ['it', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Catalog = Record<MessageKey, string>;

/** Registered catalogues, by language; empty where none was registered (content script). */
export const messageCatalogs = {} as Record<Language, Catalog>;

const languageListeners = new Set<() => void>();

let current: Language = detectLanguage(globalThis.navigator?.language);

/** Picks it/en/de from a BCP 47 tag; anything else falls back to Italian. */
export function detectLanguage(tag: string | undefined): Language {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'it';
}

/** The office's choice ('auto' follows the browser's language tag), always one we have. */
export function resolveLanguage(choice: Language | 'auto', browserTag: string | undefined): Language {
  return choice === 'auto' ? detectLanguage(browserTag) : choice;
}

/** Makes catalogues available to `t()` (bundled ones, or one received from the background). */
export function registerCatalogs(catalogs: Partial<Record<Language, Catalog>>): void {
  Object.assign(messageCatalogs, catalogs);
  // Text drawn before (from the browser's _locales) must be drawn again from the catalogue.
  for (const listener of languageListeners) listener();
}

/** Switches the language for this context (the options page may override the browser's). */
export function setLanguage(language: Language): void {
  if (language === current) return;
  current = language;
  for (const listener of languageListeners) listener();
}

/** Called after the language changed (text already shown must be redrawn), until `signal` aborts. */
export function onLanguageChange(listener: () => void, signal: AbortSignal): void {
  languageListeners.add(listener);
  signal.addEventListener('abort', () => languageListeners.delete(listener));
}

export function getLanguage(): Language {
  return current;
}

/** Translates a message, replacing `{name}` placeholders; unknown placeholders stay visible. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return translate(current, key, vars);
}

/** `t()` into a given language (the background writes text for content scripts in each of the office's languages). */
export function translate(language: Language, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = (messageCatalogs[language] ?? messageCatalogs.it)?.[key] ?? nativeMessage(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The browser's own `_locales` lookup (generated from the same catalogues at build time). */
function nativeMessage(key: string): string | undefined {
  try {
    return globalThis.browser?.i18n?.getMessage(key) || undefined;
  } catch {
    return undefined;
  }
}
