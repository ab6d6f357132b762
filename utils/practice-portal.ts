import { z } from 'zod';
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

// The probe, which reaches the network, is in practice-probe.ts: settings.ts imports this file
// and the network guard imports the settings, so the two cannot share a module.
