import { readSettings, type Settings } from '@/utils/settings';
import { PANEL_SNAPSHOTS_KEY } from '@/utils/panel-snapshot';
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
      // The language copies the background writes for the content script, and the panel's kept
      // first paints, are not settings (a page load must not wait for the policy again).
      if (area === 'managed' || (area === 'local' && !Object.keys(changes).every(notASetting))) cached = null;
    });
  }
  cached ??= readSettings().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

function notASetting(key: string): boolean {
  return key === PANEL_SNAPSHOTS_KEY || onlyUiLanguageKeys([key]);
}

/** Starts the first read now, so the first page of the day does not wait for it. */
export function warmSettingsCache(): void {
  void cachedSettings().catch(() => undefined);
}
