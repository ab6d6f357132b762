import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { t } from './i18n';
import { dayKey } from './quota/day';
import type { QuotaRecord } from './quota/schema';
import type { OfficeDoc } from './office/doc';

/**
 * The extension's IndexedDB, owned by the background. Holds completed reprint requests and
 * nothing about citizens (see `QuotaRecord`, a strict schema).
 *
 * Versions: 1 stored `{ id, time, halves, channel, kind, workstation }` in `requests`;
 * 2 adds `day` (Europe/Rome), `source`, `practice`, the day/time indexes and the `imported`
 * store (other workstations' CSV exports, kept apart from this workstation's own count);
 * 3 adds `outbox`: the office documents not yet on the office server (issue #19), written in
 * the same transaction as the request they describe, removed only once the server has them;
 * 4 adds `refused`: office documents the server refused (its validation or its role), moved
 * out of the outbox so they stop showing as "waiting", kept and offered again now and then.
 */
export interface SportelloDB extends DBSchema {
  requests: { key: string; value: QuotaRecord; indexes: { 'by-day': string; 'by-time': number } };
  imported: { key: string; value: QuotaRecord; indexes: { 'by-day': string } };
  outbox: { key: string; value: OfficeDoc };
  refused: { key: string; value: RefusedOfficeDoc };
}

/** An office document the server would not take, with when and why (the server's words). */
export interface RefusedOfficeDoc {
  id: string;
  doc: OfficeDoc;
  at: number;
  reason: string;
}

export const DB_NAME = 'sportello-cie';
export const DB_VERSION = 4;

export type QuotaDb = IDBPDatabase<SportelloDB>;

/** The database cannot be opened; the message says why, in the operator's language. */
export class QuotaDbError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuotaDbError';
  }
}

let opening: Promise<QuotaDb> | undefined;
/** Messages about what the last upgrade did, shown once by whoever asks. */
const upgradeNotices: string[] = [];

type UpgradeTx = IDBPTransaction<SportelloDB, StoreNames<SportelloDB>[], 'versionchange'>;

/** Creates whatever is missing, so a half-made or foreign-made database still opens. */
function ensureSchema(db: QuotaDb, tx: UpgradeTx): void {
  if (!db.objectStoreNames.contains('requests')) db.createObjectStore('requests', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('imported')) db.createObjectStore('imported', { keyPath: 'id' });
  if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: '_id' });
  if (!db.objectStoreNames.contains('refused')) db.createObjectStore('refused', { keyPath: 'id' });
  const requests = tx.objectStore('requests');
  if (!requests.indexNames.contains('by-day')) requests.createIndex('by-day', 'day');
  if (!requests.indexNames.contains('by-time')) requests.createIndex('by-time', 'time');
  const imported = tx.objectStore('imported');
  if (!imported.indexNames.contains('by-day')) imported.createIndex('by-day', 'day');
}

/** v1 -> v2: adds the day and the new fields; what cannot be read stays and is skipped later. */
async function migrateFromV1(tx: UpgradeTx): Promise<void> {
  let migrated = 0;
  let cursor = await tx.objectStore('requests').openCursor();
  while (cursor) {
    const old = cursor.value as Partial<QuotaRecord> | null;
    if (old && typeof old.time === 'number' && Number.isFinite(old.time)) {
      await cursor.update({
        ...old,
        day: dayKey(old.time),
        workstation: typeof old.workstation === 'string' ? old.workstation : '',
        source: old.source ?? 'checklist',
        practice: old.practice ?? false,
      } as QuotaRecord);
      migrated++;
    }
    cursor = await cursor.continue();
  }
  upgradeNotices.push(t('quotaDbMigrated', { from: 1, to: DB_VERSION, count: migrated }));
}

/** Opens (once per worker life) and upgrades the database. Throws `QuotaDbError` only. */
export function openQuotaDb(): Promise<QuotaDb> {
  opening ??= openDB<SportelloDB>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      ensureSchema(db, tx);
      // A failed migration aborts the upgrade, and the open fails with a clear QuotaDbError.
      if (oldVersion === 1) migrateFromV1(tx).catch(() => undefined);
    },
    blocking() {
      // A newer version wants the database: let it go, reopen next time.
      void closeQuotaDb();
    },
    terminated() {
      opening = undefined;
    },
  }).catch((error: unknown) => {
    opening = undefined;
    const name = error instanceof Error ? error.name : '';
    throw new QuotaDbError(name === 'VersionError' ? t('quotaDbNewer') : t('quotaDbUnavailable', { message: String(error) }));
  });
  return opening;
}

/** Closes the connection (tests use it to simulate the worker being stopped). */
export async function closeQuotaDb(): Promise<void> {
  const pending = opening;
  opening = undefined;
  if (pending) (await pending.catch(() => undefined))?.close();
}

/** Notices from the last upgrade, handed out once. */
export function takeUpgradeNotices(): string[] {
  return upgradeNotices.splice(0);
}
