import { readSettings, type Settings } from '@/utils/settings';
import { onlyUiLanguageKeys } from '@/utils/ui-language-store';

/**
 * The effective settings, read once and kept until storage changes: Chromium's first
 * `storage.managed` read takes seconds, and pages must not wait for it on every load.
 */
let cached: Promise<Settings> | null = null;
let following = false;

export function cachedSettings(): Promise<Settings> {
  // Whoever reads first makes the copy follow storage: no caller has to remember to.
  if (!following) {
    following = true;
    browser.storage.onChanged.addListener((changes, area) => {
      // The language copies the background writes for the content script are not settings.
      if (area === 'managed' || (area === 'local' && !onlyUiLanguageKeys(Object.keys(changes)))) cached = null;
    });
  }
  cached ??= readSettings().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Starts the first read now, so the first page of the day does not wait for it. */
export function warmSettingsCache(): void {
  void cachedSettings().catch(() => undefined);
}
