import { guardedFetch } from '@/utils/net/guarded-fetch';
import { databaseUrl, type OfficeServer } from '@/utils/office/config';
import { OFFICE_TIMEOUT_MS } from './pouch';

/** The server said no (wrong user or password, no access): not the same as being offline. */
export class OfficeRefusedError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

const utf8Base64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

/** GET a path of the office database as this workstation, JSON back; through the guarded door. */
export async function officeGet(server: OfficeServer, path: string): Promise<unknown> {
  const response = await guardedFetch('office-server', `${databaseUrl(server)}/${path}`, {
    headers: { Accept: 'application/json', Authorization: `Basic ${utf8Base64(`${server.username}:${server.password}`)}` },
    signal: AbortSignal.timeout(OFFICE_TIMEOUT_MS),
  });
  if (response.status === 401 || response.status === 403) throw new OfficeRefusedError(response.status);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** Counts per workstation for the days `from`..`to`, from the `requests` and `undone` views. */
export interface DayCounts {
  /** `day -> workstation -> requests minus undone` */
  byDay: Record<string, Record<string, number>>;
}

type ViewRows = { rows?: { key?: unknown; value?: unknown }[] } | null;

function addRows(into: DayCounts, rows: ViewRows, sign: 1 | -1): void {
  for (const row of rows?.rows ?? []) {
    if (!Array.isArray(row.key) || typeof row.key[0] !== 'string' || typeof row.key[1] !== 'string' || typeof row.value !== 'number') continue;
    const [day, workstation] = row.key as [string, string];
    const days = (into.byDay[day] ??= {});
    days[workstation] = (days[workstation] ?? 0) + sign * row.value;
  }
}

/**
 * Reads the office's counts from the view (`group_level=2`: one row per day and counter), the
 * requests minus the undone ones. The server does the counting; this reads a few rows.
 */
export async function readDayCounts(server: OfficeServer, from: string, to: string): Promise<DayCounts> {
  const range = `group_level=2&startkey=${encodeURIComponent(JSON.stringify([from]))}&endkey=${encodeURIComponent(JSON.stringify([to, {}]))}`;
  const [requests, undone] = await Promise.all([
    officeGet(server, `_design/office/_view/requests?${range}`),
    officeGet(server, `_design/office/_view/undone?${range}`),
  ]);
  const counts: DayCounts = { byDay: {} };
  addRows(counts, requests as ViewRows, 1);
  addRows(counts, undone as ViewRows, -1);
  return counts;
}

/** The office's daily limit from the server's `office-settings` document (only IT writes it), if any. */
export async function readOfficeLimit(server: OfficeServer): Promise<number | undefined> {
  const doc = (await officeGet(server, 'office-settings')) as { dailyLimit?: unknown } | null;
  const limit = doc?.dailyLimit;
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 1 && limit <= 10_000 ? limit : undefined;
}
