import { guardedFetch } from './net/guarded-fetch';
import { isPracticePage } from './portal/practice';

export type PracticeProbe = 'practice' | 'not-practice' | 'unreachable';
/** How the probe reaches the page: through the guarded door (utils/net/guarded-fetch.ts), which refuses an unconfigured origin. */
export type PageFetch = (url: string, init: RequestInit) => Promise<Response>;

// A practice page is small; a huge answer is not worth parsing to find a meta tag.
const MAX_PAGE_CHARS = 500_000;
// A practice server that does not answer must not leave the trainer waiting for ever.
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Is there a practice page at this address? It must answer itself (no redirect, which would
 * take the tab elsewhere) and carry the demo portal's marker: a trainer never lands on the
 * real portal believing it is practice. No cookies go with the request, so no portal session
 * is used. An address the guard refuses (not a Ministry domain, nor a granted extra origin)
 * is never asked: 'unreachable'. Never throws.
 */
export async function probePracticePage(url: string, fetchPage: PageFetch = (target, init) => guardedFetch('practice-probe', target, init)): Promise<PracticeProbe> {
  try {
    const response = await fetchPage(url, {
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    if (!response.ok) return 'unreachable';
    const html = (await response.text()).slice(0, MAX_PAGE_CHARS);
    // DOMParser runs no script and loads nothing: the page is only read.
    const page = new DOMParser().parseFromString(html, 'text/html');
    return isPracticePage(page) ? 'practice' : 'not-practice';
  } catch {
    return 'unreachable';
  }
}
