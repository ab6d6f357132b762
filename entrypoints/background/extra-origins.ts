import { readSettings } from '@/utils/settings';
import { originMatchPattern } from '@/utils/settings-origin';
import { defaultRegistrar, type ContentScriptRegistrar } from './extra-origins-registrar';

/**
 * The origins (from settings or policy) whose host permission the user has granted, as match
 * patterns. An origin without the permission stays inactive until it is granted.
 */
export async function grantedExtraMatches(): Promise<string[]> {
  const { extraOrigins } = await readSettings();
  const granted: string[] = [];
  for (const origin of extraOrigins) {
    const pattern = originMatchPattern(origin);
    try {
      if (await browser.permissions.contains({ origins: [pattern] })) granted.push(pattern);
    } catch {
      // A pattern the browser rejects is simply not active.
    }
  }
  return granted;
}

/** Registers the content script for exactly the granted extra origins. Never throws. */
export async function syncExtraOrigins(registrar: ContentScriptRegistrar): Promise<string[]> {
  try {
    const matches = await grantedExtraMatches();
    await registrar.sync(matches);
    return matches;
  } catch (error) {
    console.warn('Sportello CIE: extra origins not registered', error);
    return [];
  }
}

/**
 * Keeps the dynamic content script in step with settings, policy and granted permissions:
 * on every start of the background (registrations may be lost with it) and on each change.
 */
export function registerExtraOriginsService(registrar: ContentScriptRegistrar | null = defaultRegistrar()): void {
  if (!registrar) return;
  // One sync at a time, so two quick changes cannot register the script twice.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): void => {
    queue = queue.then(() => syncExtraOrigins(registrar));
  };
  listen(() =>
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'managed' || (area === 'local' && 'settings' in changes)) sync();
    }),
  );
  listen(() => browser.permissions.onAdded.addListener(sync));
  listen(() => browser.permissions.onRemoved.addListener(sync));
  sync();
}

// A browser (or test double) without one of these events still gets the start-up sync.
function listen(add: () => void): void {
  try {
    add();
  } catch {
    /* event not available */
  }
}
