import { PORTAL_MATCHES } from '../portal/origins';
import { readSettings } from '../settings';
import { originMatchPattern } from '../settings-origin';

// The registrable domains behind PORTAL_MATCHES (`https://*.interno.it/*` -> `interno.it`).
const MINISTRY_DOMAINS = PORTAL_MATCHES.map((pattern) => pattern.replace(/^https:\/\/\*\./, '').replace(/\/\*$/, ''));

/** The origin of an http(s) URL, or null for anything else (about:, blob:, data:, "null", junk). */
export function httpOrigin(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Whether a URL is on one of the Ministry's domains as the manifest's match patterns see it:
 * https, the domain itself or any subdomain (a pattern without a port matches every port).
 */
export function isMinistryUrl(url: string | undefined): boolean {
  const parsed = httpOrigin(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  const host = parsed.hostname;
  return MINISTRY_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Asks whether an extra origin from the settings has its host permission granted. */
export type ExtraOriginCheck = (origin: string) => Promise<boolean>;

/**
 * An extra origin counts only while it is in the effective settings (local or policy) AND the
 * browser has granted its host permission: the same rule that decides where the content
 * script is registered (entrypoints/background/extra-origins.ts). Never throws.
 */
export const grantedExtraOrigin: ExtraOriginCheck = async (origin) => {
  try {
    const { extraOrigins } = await readSettings();
    if (!extraOrigins.includes(origin)) return false;
    return await browser.permissions.contains({ origins: [originMatchPattern(origin)] });
  } catch {
    return false;
  }
};

/**
 * Whether a URL is a portal page: a Ministry domain, or a granted extra origin (exactly
 * `https://host`, no port, as extra origins are stored). Never throws.
 */
export async function isPortalUrl(url: string | undefined, extra: ExtraOriginCheck = grantedExtraOrigin): Promise<boolean> {
  if (isMinistryUrl(url)) return true;
  const parsed = httpOrigin(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.port) return false;
  return extra(parsed.origin);
}
