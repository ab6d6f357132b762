import { changesSettings, readSettings, type Settings } from '@/utils/settings';

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
      // Only a change of the settings themselves: the other keys the extension writes (language
      // copies, kept first paints, the panel's place) must not make a page wait for the policy again.
      if (changesSettings(changes, area)) cached = null;
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
