import { z } from 'zod';
import { isPracticePage } from './portal/practice';
import { checkPortalOrigin, type OriginProblem } from './settings-origin';

/**
 * Where practice starts from the options page: the demo portal's «Casi di esercitazione».
 * `npm run demo` serves it at the portal's own hostname (mapped to this machine); an office
 * with a training server sets its address instead (options page or policy).
 */
export const DEMO_PRACTICE_URL = 'https://cieonline.interno.it/pratica.html';

export type PracticeUrlCheck = { ok: true; url: string; origin: string } | { ok: false; problem: OriginProblem };

/**
 * Checks a practice address: https, a plain host name without port or credentials (the same
 * rules as an extra portal origin), any path. Returns it normalised, without a fragment.
 * Never throws.
 */
export function checkPracticeUrl(input: string): PracticeUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'optionsOriginNotUrl' };
  }
  if (url.username || url.password) return { ok: false, problem: 'optionsOriginNotUrl' };
  const origin = checkPortalOrigin(url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : 'not a url');
  if (!origin.ok) return origin;
  url.hash = '';
  return { ok: true, url: url.href, origin: origin.origin };
}

/** A practice address from the options page or policy, stored normalised. */
export const PracticeUrl = z
  .string()
  .max(500)
  .transform((value, ctx) => {
    const check = checkPracticeUrl(value);
    if (check.ok) return check.url;
    ctx.addIssue({ code: 'custom', message: check.problem });
    return z.NEVER;
  });

export type PracticeProbe = 'practice' | 'not-practice' | 'unreachable';

// A practice page is small; a huge answer is not worth parsing to find a meta tag.
const MAX_PAGE_CHARS = 500_000;
// A practice server that does not answer must not leave the trainer waiting for ever.
const PROBE_TIMEOUT_MS = 10_000;

/**
 * Is there a practice page at this address? It must answer itself (no redirect, which would
 * take the tab elsewhere) and carry the demo portal's marker: a trainer never lands on the
 * real portal believing it is practice. No cookies go with the request, so no portal session
 * is used. Never throws.
 */
export async function probePracticePage(url: string, fetchPage: typeof fetch = fetch): Promise<PracticeProbe> {
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
