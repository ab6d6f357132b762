import { readSettings, type Settings } from '@/utils/settings';
import { onlyUiLanguageKeys } from '@/utils/ui-language-store';

/**
 * The effective settings, read once and kept until storage changes: Chromium's first
 * `storage.managed` read takes seconds, and pages must not wait for it on every load.
 */
let cached: Promise<Settings> | null = null;

export function cachedSettings(): Promise<Settings> {
  cached ??= readSettings().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

/** Starts the first read now, and forgets the copy whenever local or managed settings change. */
export function warmSettingsCache(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    // The language copies the background writes for the content script are not settings.
    if (area === 'managed' || (area === 'local' && !onlyUiLanguageKeys(Object.keys(changes)))) cached = null;
  });
  void cachedSettings().catch(() => undefined);
}
