import { z } from 'zod';
import type { MessageKey } from './i18n';

/** Why an origin typed by an administrator is refused (a catalogue key). */
export type OriginProblem = Extract<
  MessageKey,
  'optionsOriginNotUrl' | 'optionsOriginNotHttps' | 'optionsOriginHasPath' | 'optionsOriginHasPort' | 'optionsOriginNotHost'
>;

export type OriginCheck = { ok: true; origin: string } | { ok: false; problem: OriginProblem };

// A host name: labels of letters, digits and hyphens, at least one dot (no bare intranet names
// or IP literals, which match patterns and certificates handle poorly).
const HOST = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;

/**
 * Checks an extra portal origin: https only, a plain host name, no port, path, query or
 * credentials. Returns the normalised origin (`https://host`). Never throws.
 */
export function checkPortalOrigin(input: string): OriginCheck {
  const text = input.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: 'optionsOriginNotUrl' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'optionsOriginNotHttps' };
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) {
    return { ok: false, problem: 'optionsOriginHasPath' };
  }
  if (url.port) return { ok: false, problem: 'optionsOriginHasPort' };
  if (!HOST.test(url.hostname)) return { ok: false, problem: 'optionsOriginNotHost' };
  return { ok: true, origin: `https://${url.hostname}` };
}

/** A stored extra origin: already normalised (`https://host`). */
export const PortalOrigin = z
  .string()
  .max(300)
  .refine((value) => {
    const check = checkPortalOrigin(value);
    return check.ok && check.origin === value;
  }, 'optionsOriginNotHost');

/** The match pattern for an origin's pages, as host permissions and content scripts want it. */
export function originMatchPattern(origin: string): string {
  return `${origin}/*`;
}
