import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb } from '@/test/unit/quota-harness';
import { quotaToday } from '@/entrypoints/background/quota-service';
import { closeQuotaDb, DB_NAME, DB_VERSION, openQuotaDb, QuotaDbError } from './db';
import { setLanguage } from './i18n';
import { dayKey } from './quota/day';

/** Builds a database the raw way, as an older (or foreign) version of the extension left it. */
function makeRawDb(version: number, fill: (db: IDBDatabase) => void, rows: unknown[] = []): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => fill(req.result);
    req.onsuccess = () => {
      const db = req.result;
      if (rows.length === 0 || !db.objectStoreNames.contains('requests')) return db.close(), resolve();
      const tx = db.transaction('requests', 'readwrite');
      for (const row of rows) tx.objectStore('requests').put(row);
      tx.oncomplete = () => (db.close(), resolve());
    };
    req.onerror = () => reject(req.error);
  });
}

const now = Date.now();
const v1Row = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: crypto.randomUUID(), time: now - 60_000, halves: 'first', channel: 'email', kind: 'minor', workstation: 'Sportello 2', ...over,
});

beforeEach(() => {
  freshIndexedDb();
  setLanguage('it'); // the messages asserted below are the Italian ones
});
afterEach(closeQuotaDb);

describe('opening the database', () => {
  it('migrates a version 1 database, keeping every readable request', async () => {
    const rows = [v1Row(), v1Row(), v1Row({ workstation: undefined })];
    await makeRawDb(1, (db) => db.createObjectStore('requests', { keyPath: 'id' }), rows);
    const today = await quotaToday(now);
    expect(today.count).toBe(3);
    expect(today.breakdown.kind.minor).toBe(3);
    expect(today.notices.join(' ')).toMatch(new RegExp(`versione 1 alla ${DB_VERSION} \\(3 richieste\\)`));
    const db = await openQuotaDb();
    expect(db.version).toBe(DB_VERSION);
    expect((await db.getAll('requests'))[0]).toMatchObject({ day: dayKey(now - 60_000), source: 'checklist', practice: false });
  });

  it('skips corrupt records with a clear notice instead of failing', async () => {
    await makeRawDb(1, (db) => db.createObjectStore('requests', { keyPath: 'id' }), [
      v1Row(),
      v1Row({ time: 'ieri' }),
      v1Row({ halves: 'third' }),
      { id: 'not-a-uuid', time: now },
    ]);
    const today = await quotaToday(now);
    expect(today.count).toBe(1);
    expect(today.notices.join(' ')).toMatch(/illeggibili/);
  });

  it('opens a version 1 database that has no stores at all', async () => {
    await makeRawDb(1, () => undefined);
    expect((await quotaToday(now)).count).toBe(0);
    expect([...(await openQuotaDb()).objectStoreNames].sort()).toEqual(['imported', 'outbox', 'refused', 'requests']);
  });

  it('says clearly when a newer version made the database, and does not crash', async () => {
    await makeRawDb(DB_VERSION + 5, () => undefined);
    const error = await openQuotaDb().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuotaDbError);
    expect((error as Error).message).toMatch(/versione più recente/);
    await expect(quotaToday(now)).rejects.toThrow(/versione più recente/);
  });
});
