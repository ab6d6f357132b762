import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLanguage, setLanguage } from '@/utils/i18n';
import { uiCatalogKey } from '@/utils/ui-language-store';
import { loadUiLanguage } from './ui-language';

// The background's answer is not wanted in these cases (a choice is stored): any message fails.
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(async () => Promise.reject(new Error('no background here'))) }));

/** The browser's own _locales speak `language` (what i18n.getMessage answers in). */
function browserSpeaks(language: string): void {
  fakeBrowser.i18n.getMessage = ((key: string) => (key === 'uiLanguageCode' ? language : ''));
}

afterEach(() => setLanguage('it'));

describe("the office's language before the panel's first paint", () => {
  it("reads no catalogue when the office's language is the browser's own (its _locales are that catalogue)", async () => {
    browserSpeaks('it');
    setLanguage('en');
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await loadUiLanguage(Promise.resolve('it'), new AbortController().signal);
    expect(getLanguage()).toBe('it');
    expect(get).not.toHaveBeenCalled();
  });

  it('reads the stored catalogue of the office language when the browser speaks another', async () => {
    browserSpeaks('en');
    await fakeBrowser.storage.local.set({ [uiCatalogKey('de')]: { panelTitle: 'Sportello CIE (de)' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await loadUiLanguage(Promise.resolve('de'), new AbortController().signal);
    expect(getLanguage()).toBe('de');
    expect(get).toHaveBeenCalledWith(uiCatalogKey('de'));
  });
});
