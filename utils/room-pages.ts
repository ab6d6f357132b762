/**
 * The portal pages (origin and path, never the query or anything of a citizen) whose frame
 * showed the reprint function when it last reported (background/page-status.ts). The content
 * script reads them at document_start: on such a page the panel's room is made before the page
 * is parsed, so the portal is never drawn at full width and then narrowed. The next step in the
 * same tab is often painted before DOMContentLoaded, where the page is read.
 */
export const ROOM_PAGES_KEY = 'panelRoomPages';

/** Enough for a portal's steps on a few hosts; the first listed goes first. */
export const MAX_ROOM_PAGES = 20;

/** Longer is not a portal page's address (and not worth keeping). */
const MAX_PAGE_LENGTH = 2048;

/**
 * The page `url` stands for here: its origin and path, without the path's parameters (a Java
 * portal's `;jsessionid=…` is a session, not a page); null when it is not an http(s) address.
 */
export function roomPageOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, origin, pathname } = new URL(url);
    if (protocol !== 'https:' && protocol !== 'http:') return null;
    const page = `${origin}${pathname.split('/').map((segment) => segment.split(';')[0]).join('/')}`;
    return page.length <= MAX_PAGE_LENGTH ? page : null;
  } catch {
    return null;
  }
}

/**
 * The list to store once `page` showed the function (`shown`) or did not, from `stored` as
 * storage holds it; null when it is already so (nothing to write).
 */
export function withRoomPage(stored: unknown, page: string, shown: boolean): string[] | null {
  const pages = Array.isArray(stored) ? stored.filter((p): p is string => typeof p === 'string') : [];
  if (pages.includes(page) === shown) return null;
  const others = pages.filter((p) => p !== page);
  return shown ? [...others, page].slice(-MAX_ROOM_PAGES) : others;
}

/** The page at `url` showed the function when it last reported (`stored` as storage holds it). */
export function isRoomPage(stored: unknown, url: string): boolean {
  const page = roomPageOf(url);
  return page !== null && Array.isArray(stored) && stored.includes(page);
}
