import { PORTAL_MATCHES } from '@/utils/portal/origins';
import { checkPortalOrigin, originMatchPattern } from '@/utils/settings-origin';
import { t } from '@/utils/i18n';

export type OriginInputCheck = { ok: true; origin: string } | { ok: false; message: string };

/** Most origins the options page accepts (the settings schema's own limit). */
export const MAX_EXTRA_ORIGINS = 50;

/**
 * Checks an origin typed on the options page against the list already there: https only,
 * plain host, not a duplicate, not already one of the Ministry's domains. Never throws.
 */
export function checkNewOrigin(input: string, current: readonly string[]): OriginInputCheck {
  const check = checkPortalOrigin(input);
  if (!check.ok) return { ok: false, message: t(check.problem) };
  if (current.includes(check.origin)) return { ok: false, message: t('optionsOriginDuplicate') };
  if (current.length >= MAX_EXTRA_ORIGINS) return { ok: false, message: t('optionsOriginTooMany', { max: MAX_EXTRA_ORIGINS }) };
  if (coveredByDefault(check.origin)) return { ok: false, message: t('optionsOriginBuiltin') };
  return check;
}

/** Whether an origin is one of the Ministry's domains, where the extension always acts. */
export function coveredByDefault(origin: string): boolean {
  const host = new URL(origin).hostname;
  return PORTAL_MATCHES.some((pattern) => {
    const domain = pattern.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, '');
    return host === domain || host.endsWith(`.${domain}`);
  });
}

/**
 * Asks the browser for access to an origin. Must be called straight from the click handler,
 * before any other await, or the browser refuses for lack of a user gesture.
 */
export async function requestOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [originMatchPattern(origin)] });
  } catch {
    return false;
  }
}

/** Whether access to an origin has been granted. */
export async function hasOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originMatchPattern(origin)] });
  } catch {
    return false;
  }
}

/** Gives the access back when an origin is removed (least privilege). */
export async function releaseOriginAccess(origin: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [originMatchPattern(origin)] });
  } catch {
    // Already gone, or the browser keeps it: nothing runs there without the setting.
  }
}
