import { storage } from 'wxt/utils/storage';
import { openQuotaDb } from '@/utils/db';
import { databaseUrl, type OfficeServer } from '@/utils/office/config';
import { requestDoc, undoDoc, type OfficeDoc } from '@/utils/office/doc';
import { OfficeLast, type OfficeHistory, type OfficeToday } from '@/utils/office/status';
import { dayKey, daysBetween } from '@/utils/quota/day';
import type { QuotaRecord } from '@/utils/quota/schema';
import { weekRange } from '@/utils/quota/week';
import { readSettings } from '@/utils/settings';
import { cachedSettings } from '../settings-cache';
import { localOfficeDb, remoteOfficeDb, type OfficePouch } from './pouch';
import { pushOutbox } from './push';
import { OfficeRefusedError, readDayCounts, readOfficeLimit } from './view';

// The office-wide count (issue #19). idb stays the source of truth of this workstation's
// requests; the outbox (same database, same transaction as each request) holds what the server
// has not confirmed yet; PouchDB's local replica is only the replication source. See NOTES.

const lastItem = storage.defineItem<unknown>('local:officeLast');

const serverKey = (server: OfficeServer): string => `${databaseUrl(server)}#${server.username}`;

/** The office document for a request, when an office server is configured. */
export function officeDocFor(server: OfficeServer | undefined, record: QuotaRecord): OfficeDoc | undefined {
  return server ? requestDoc(server.username, record) : undefined;
}

/** The document taking back an undone request; none for practice requests (never office figures). */
export function officeUndoFor(server: OfficeServer | undefined, now: number): ((record: QuotaRecord) => OfficeDoc | null) | undefined {
  return server ? (record) => (record.practice ? null : undoDoc(server.username, record, now)) : undefined;
}

let local: OfficePouch | undefined;

async function readLast(server: OfficeServer): Promise<OfficeLast | null> {
  const parsed = OfficeLast.safeParse(await lastItem.getValue());
  return parsed.success && parsed.data.key === serverKey(server) ? parsed.data : null;
}

/** One push and one read of today's figures; remembers the outcome. Never throws. */
async function syncOnce(now: () => number): Promise<void> {
  const { officeServer: server } = await readSettings();
  if (!server) return;
  const previous = await readLast(server);
  const day = dayKey(now());
  try {
    local ??= localOfficeDb();
    await pushOutbox(await openQuotaDb(), local, remoteOfficeDb(server));
    // The week in the same few rows (group_level=2 over seven days): the popup's week offline too.
    const { from } = weekRange(day);
    const [counts, limit] = await Promise.all([readDayCounts(server, from, day), readOfficeLimit(server)]);
    const week = Object.fromEntries(daysBetween(from, day).map((d) => [d, counts.byDay[d] ?? {}]));
    const at = now();
    await lastItem.setValue({ key: serverKey(server), day, counts: week[day] ?? {}, week, limit, readAt: at, outcome: 'ok', attemptAt: at } satisfies OfficeLast);
  } catch (error) {
    const outcome = error instanceof OfficeRefusedError || (error as { status?: number }).status === 401 ? 'refused' : 'offline';
    const kept: Omit<OfficeLast, 'outcome' | 'attemptAt'> = previous ?? { key: serverKey(server), day, counts: {}, readAt: 0 };
    await lastItem.setValue({ ...kept, outcome, attemptAt: now() } satisfies OfficeLast);
  }
}

// One sync at a time; callers arriving meanwhile share the next one (which sees their writes).
let running: Promise<void> | null = null;
let queued: Promise<void> | null = null;

/** Pushes the outbox and reads the office's figures (after each count, each minute, at start-up, popup). */
export function syncOffice(now: () => number = Date.now): Promise<void> {
  if (!running) {
    running = syncOnce(now).finally(() => (running = null));
    return running;
  }
  queued ??= running.then(() => {
    queued = null;
    return syncOffice(now);
  });
  return queued;
}

function levelOf(count: number, limit: number): 'ok' | 'near' | 'full' {
  if (count >= limit) return 'full';
  return count >= limit * 0.8 ? 'near' : 'ok';
}

/**
 * The office's day as known now, without the network: the others' last known counts, plus
 * this workstation's own count read from idb (so what was counted here since the last read,
 * or while offline, is always in), the outbox's backlog and the last outcome.
 */
export async function officeToday(own: number, now = Date.now()): Promise<OfficeToday> {
  const settings = await cachedSettings();
  const server = settings.officeServer;
  if (!server) return { configured: false };
  const day = dayKey(now);
  const db = await openQuotaDb();
  const [last, pending, refused] = await Promise.all([readLast(server), db.count('outbox'), db.count('refused')]);
  const known = last?.day === day ? last.counts : {};
  const byWorkstation = { ...known, [server.username]: own };
  const count = Object.values(byWorkstation).reduce((sum, n) => sum + Math.max(0, n), 0);
  const limit = last?.limit ?? settings.dailyLimit;
  const state = !last || last.attemptAt === 0 ? 'never' : last.outcome === 'refused' ? 'refused' : last.outcome === 'offline' ? 'offline' : pending > 0 ? 'pending' : 'synced';
  return { configured: true, day, count, limit, level: levelOf(count, limit), own, pending, refused, state, readAt: last?.day === day && last.readAt > 0 ? last.readAt : null, byWorkstation };
}

/**
 * The office's counts per day and counter as last read for the week ending `today`, or null
 * without a server or a read this week; with this workstation's name on the server.
 */
export async function officeWeekKnown(today: string): Promise<{ me: string; byDay: Record<string, Record<string, number>> } | null> {
  const { officeServer: server } = await readSettings();
  if (!server) return null;
  const last = await readLast(server);
  if (!last?.week) return { me: server.username, byDay: {} };
  const { from } = weekRange(today);
  // Only days the last read covered, and only up to the day it was made.
  const byDay = Object.fromEntries(Object.entries(last.week).filter(([d]) => d >= from && d <= today && d <= last.day));
  return { me: server.username, byDay };
}

/** The split by counter over a range, from the view (the manager's report). */
export async function officeHistory(from: string, to: string): Promise<OfficeHistory> {
  const { officeServer: server } = await readSettings();
  if (!server) return { configured: false };
  try {
    return { configured: true, ok: true, byDay: (await readDayCounts(server, from, to)).byDay };
  } catch {
    return { configured: true, ok: false, byDay: {} };
  }
}
