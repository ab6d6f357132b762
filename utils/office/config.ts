import { z } from 'zod';

/**
 * The office server (Apache CouchDB 3) as IT configures it, in the managed policy or on the
 * options page: `officeServer: { url, database, username, password }`. Basic auth goes with
 * every request, so the URL must be https; plain http only to this computer (127.0.0.1,
 * localhost), where nothing crosses the network. No credentials, query or fragment in the URL.
 */

/** Why a server URL is refused (a catalogue key). */
export type OfficeUrlProblem = 'officeUrlNotUrl' | 'officeUrlNotHttps' | 'officeUrlHasExtras';

export type OfficeUrlCheck = { ok: true; url: string } | { ok: false; problem: OfficeUrlProblem };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Checks and normalises (no trailing slash) a server URL. Never throws. */
export function checkOfficeUrl(input: string): OfficeUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'officeUrlNotUrl' };
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return { ok: false, problem: 'officeUrlNotHttps' };
  if (url.username || url.password || url.search || url.hash) return { ok: false, problem: 'officeUrlHasExtras' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}

/** A CouchDB database name (CouchDB's own rule), lower case. */
export const DATABASE_PATTERN = /^[a-z][a-z0-9_$()+/-]{0,127}$/;
/** A CouchDB user name as this extension accepts it: it is also the workstation in every document. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;

export const OfficeServerUrl = z
  .string()
  .max(500)
  .refine((value) => {
    const check = checkOfficeUrl(value);
    return check.ok && check.url === value;
  }, 'officeUrlNotHttps');

export const OfficeServer = z.strictObject({
  url: OfficeServerUrl,
  database: z.string().regex(DATABASE_PATTERN),
  username: z.string().regex(USERNAME_PATTERN),
  password: z.string().min(1).max(200),
});
export type OfficeServer = z.infer<typeof OfficeServer>;

/** The database's base URL, `https://host[:port][/path]/db`. */
export function databaseUrl(server: OfficeServer): string {
  return `${server.url}/${encodeURIComponent(server.database)}`;
}

/**
 * The host permission that lets the extension reach the server without CORS. Match patterns
 * carry no port (Firefox refuses one; Chrome's without a port covers every port).
 */
export function officePermissionPattern(server: Pick<OfficeServer, 'url'>): string {
  const url = new URL(server.url);
  return `${url.protocol}//${url.hostname}/*`;
}
