import { databaseUrl } from '../office/config';
import { readSettings } from '../settings';
import { httpOrigin, isPortalUrl, type ExtraOriginCheck, grantedExtraOrigin } from './portal-origins';

/**
 * THE one door to the network. Every request the extension makes goes through `guardedFetch`
 * (a test scans the sources for any other fetch, XMLHttpRequest, WebSocket or sendBeacon).
 * The manifest's CSP can only name origins known at build time (`connect-src 'self' https:
 * http://127.0.0.1:* http://localhost:*`); offices configure theirs at run time, so this
 * function is where a URL is checked against what is configured now, before anything leaves:
 *
 * - `package`: a file of our own package (the document fonts), `runtime.getURL`;
 * - `practice-probe`: the practice page probed from the options page: https on a Ministry
 *   domain, or an extra origin that is in the settings and whose permission is granted (the
 *   practice address must be on one of these: utils/practice-portal.ts);
 * - `office-server`: the office's CouchDB (utils/office/, issue #19): only URLs inside the
 *   database of the configured `officeServer` (https, or http on 127.0.0.1/localhost, as the
 *   CSP and the settings' schema allow), never the server's other databases or another host.
 *
 * No cookies or credentials ever go with a request to a web origin, and redirects are refused
 * (a redirect would take the request to an origin nobody checked).
 */
export type NetPurpose = 'package' | 'practice-probe' | 'office-server';

/** A request refused before it left: its URL is not one the purpose allows right now. */
export class BlockedRequestError extends Error {
  constructor(purpose: NetPurpose) {
    super(`Richiesta di rete bloccata: indirizzo non configurato (${purpose}).`);
  }
}

export interface GuardDeps {
  /** The extension's own base URL (`runtime.getURL('/')`). */
  ownBase?: string;
  extra?: ExtraOriginCheck;
  /** The office database's URL now (`databaseUrl(settings.officeServer)`), or none. */
  officeDatabase?: () => Promise<string | undefined>;
}

async function configuredOfficeDatabase(): Promise<string | undefined> {
  const { officeServer } = await readSettings();
  return officeServer ? databaseUrl(officeServer) : undefined;
}

/** Whether `purpose` may reach `url` now. Never throws. */
export async function isAllowed(purpose: NetPurpose, url: string, deps: GuardDeps = {}): Promise<boolean> {
  if (purpose === 'package') {
    const base = deps.ownBase ?? browser.runtime.getURL('/');
    return url.startsWith(base) && new URL(url, base).href.startsWith(base);
  }
  const parsed = httpOrigin(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (purpose === 'office-server') {
    const database = await (deps.officeDatabase ?? configuredOfficeDatabase)().catch(() => undefined);
    return database !== undefined && (parsed.href === database || parsed.href.startsWith(`${database}/`) || parsed.href.startsWith(`${database}?`));
  }
  return isPortalUrl(url, deps.extra ?? grantedExtraOrigin);
}

/**
 * `fetch`, after checking the URL against what `purpose` allows now; throws BlockedRequestError
 * (and sends nothing) otherwise. Requests to web origins go without cookies and without redirects.
 */
export async function guardedFetch(purpose: NetPurpose, url: string, init: RequestInit = {}, deps: GuardDeps = {}): Promise<Response> {
  if (!(await isAllowed(purpose, url, deps))) throw new BlockedRequestError(purpose);
  const web: RequestInit = purpose === 'package' ? {} : { credentials: 'omit', redirect: 'error' };
  return fetch(url, { ...init, ...web });
}
