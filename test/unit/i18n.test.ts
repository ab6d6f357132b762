import { describe, expect, it } from 'vitest';
import { detectLanguage, LANGUAGES, messageCatalogs, setLanguage, t } from '@/utils/i18n';
import { manifestLocaleFiles } from '@/utils/manifest-locales';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('i18n', () => {
  it('has every Italian key in English and German, with the same placeholders and no empty text', () => {
    for (const [key, italian] of Object.entries(messageCatalogs.it)) {
      for (const language of LANGUAGES) {
        const text = messageCatalogs[language][key as keyof typeof messageCatalogs.it];
        expect(text, `${language}.${key}`).toBeTypeOf('string');
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(italian));
      }
    }
  });

  it('defaults to Italian and follows the chosen language', () => {
    expect(detectLanguage('fr-FR')).toBe('it');
    expect(detectLanguage('de-AT')).toBe('de');
    setLanguage('en');
    expect(t('popupMissing', { parts: 'x' })).toBe('Missing: x');
    setLanguage('it');
    expect(t('popupMissing', { parts: 'x' })).toBe('Manca: x');
  });

  it('writes _locales with every message for every language', () => {
    const files = manifestLocaleFiles();
    expect(files.map((f) => f.relativeDest)).toEqual(LANGUAGES.map((l) => `_locales/${l}/messages.json`));
    for (const file of files) {
      const parsed = JSON.parse(file.contents) as Record<string, { message: string }>;
      expect(parsed.extName?.message).toBe('Sportello CIE');
      expect(Object.keys(parsed).sort()).toEqual(Object.keys(messageCatalogs.it).sort());
      expect(Object.keys(parsed).every((k) => /^[A-Za-z0-9_@]+$/.test(k))).toBe(true);
    }
  });
});
