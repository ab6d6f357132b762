import de from '../locales/de.json';
import en from '../locales/en.json';
import it from '../locales/it.json';

/** Italian is the source catalogue: its keys are the only valid message keys. */
export type MessageKey = keyof typeof it;
export const LANGUAGES = ['it', 'en', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

// Typed as complete catalogues, so a key missing in en or de fails the type check.
const catalogs: Record<Language, Record<MessageKey, string>> = { it, en, de };

let current: Language = detectLanguage(globalThis.navigator?.language);

/** Picks it/en/de from a BCP 47 tag; anything else falls back to Italian. */
export function detectLanguage(tag: string | undefined): Language {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return (LANGUAGES as readonly string[]).includes(base) ? (base as Language) : 'it';
}

/** Switches the language for this context (the options page may override the browser's). */
export function setLanguage(language: Language): void {
  current = language;
}

export function getLanguage(): Language {
  return current;
}

/** Translates a message, replacing `{name}` placeholders; unknown placeholders stay visible. */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = catalogs[current][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** The raw catalogues, for the build hook that writes `_locales` and for tests. */
export const messageCatalogs = catalogs;
