import { LANGUAGES, messageCatalogs } from './i18n';

/** The `_locales/<lang>/messages.json` files: only the `ext*` keys the manifest uses. */
export function manifestLocaleFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => {
    const entries = Object.entries(messageCatalogs[language])
      .filter(([key]) => key.startsWith('ext'))
      .map(([key, message]) => [key, { message }]);
    return {
      relativeDest: `_locales/${language}/messages.json`,
      contents: JSON.stringify(Object.fromEntries(entries), null, 2),
    };
  });
}
