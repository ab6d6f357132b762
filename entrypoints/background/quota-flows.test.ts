import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RecordRequestInput, type CsvExport, type CsvImportResult, type QuotaHistory } from '@/utils/schemas';
import { contentSender, dumpIndexedDb, freshIndexedDb, newRequest, pageSender, sendAs } from '@/test/unit/quota-harness';

let service: typeof import('./quota-service');
let dbModule: typeof import('@/utils/db');
beforeEach(async () => {
  freshIndexedDb();
  vi.resetModules();
  (await import('./quota')).registerQuotaHandlers();
  service = await import('./quota-service');
  dbModule = await import('@/utils/db');
});
afterEach(() => dbModule.closeQuotaDb());

const at = (iso: string) => (over: Record<string, unknown> = {}) =>
  service.recordRequest(RecordRequestInput.parse(newRequest(over)), Date.parse(iso));
const history = (from: string, to: string, by = 'day', scope = 'workstation'): Promise<QuotaHistory> =>
  sendAs<QuotaHistory>(pageSender(), 'quotaHistory', { from, to, by, scope });

describe('days follow Europe/Rome', () => {
  it('counts requests around midnight and both DST changes on the right day', async () => {
    await at('2025-03-29T22:59:59Z')(); // 23:59:59 CET, Saturday
    await at('2025-03-29T23:00:01Z')(); // 00:00:01 CET, Sunday of the spring change
    await at('2025-03-30T21:59:00Z')(); // 23:59 CEST, still that Sunday
    await at('2025-10-25T22:00:00Z')(); // 00:00 CEST, Sunday of the autumn change
    await at('2025-10-26T22:59:00Z')(); // 23:59 CET, same Sunday (25 hours long)
    await at('2025-10-26T23:00:00Z')(); // 00:00 CET, Monday
    const spring = await history('2025-03-29', '2025-03-31');
    expect(spring.buckets.map((b) => b.count)).toEqual([1, 2, 0]);
    const autumn = await history('2025-10-25', '2025-10-27');
    expect(autumn.buckets.map((b) => b.count)).toEqual([0, 2, 1]);
    const months = await history('2025-01-01', '2025-12-31', 'month');
    expect(months.buckets).toHaveLength(12);
    expect(months.buckets.find((b) => b.key === '2025-10')?.count).toBe(3);
  });
});

describe('CSV export and office merge', () => {
  it('merges exports from several workstations, skipping duplicates, apart from this workstation', async () => {
    await fakeBrowser.storage.managed.set({ workstationLabel: 'Sportello 1' });
    for (let i = 0; i < 3; i++) await at('2025-05-06T08:00:00Z')();
    const mine = await sendAs<CsvExport>(pageSender(), 'exportCsv', { from: '2025-05-01', to: '2025-05-31' });
    expect(mine.filename).toMatch(/\.csv$/);

    // Another workstation: its own database, two requests.
    await dbModule.closeQuotaDb();
    freshIndexedDb();
    await fakeBrowser.storage.managed.set({ workstationLabel: 'Sportello 2' });
    for (let i = 0; i < 2; i++) await at('2025-05-07T09:00:00Z')();
    const theirs = await sendAs<CsvExport>(pageSender(), 'exportCsv', { from: '2025-05-01', to: '2025-05-31' });

    // The manager's workstation (Sportello 2) imports Sportello 1 twice, and its own export.
    const imports = [mine.csv, mine.csv, theirs.csv];
    const results: CsvImportResult[] = [];
    for (const csv of imports) results.push(await sendAs<CsvImportResult>(pageSender(), 'importCsv', { csv }));
    expect(results).toEqual([
      { ok: true, rows: 3, added: 3, duplicates: 0 },
      { ok: true, rows: 3, added: 0, duplicates: 3 },
      { ok: true, rows: 2, added: 0, duplicates: 2 },
    ]);
    const office = await history('2025-05-01', '2025-05-31', 'week', 'office');
    expect(office.total.count).toBe(5);
    expect(office.workstations).toEqual(['Sportello 1', 'Sportello 2']);
    expect((await history('2025-05-01', '2025-05-31')).total.count).toBe(2);
  });

  it('answers a bad file with line numbers, importing nothing', async () => {
    const result = await sendAs<CsvImportResult>(pageSender(), 'importCsv', { csv: 'a;b\r\n1;2\r\n' });
    expect(result.ok).toBe(false);
    expect(await (await dbModule.openQuotaDb()).count('imported')).toBe(0);
  });
});

describe('privacy', () => {
  const citizen = { codiceFiscale: 'RSSMRA85T10A562S', card: 'CA12345AB', email: 'mario.rossi@example.it', name: 'Mario Rossi' };

  it('keeps no citizen value anywhere, whatever the callers try to send', async () => {
    const attempts = [
      newRequest({ codiceFiscale: citizen.codiceFiscale }),
      newRequest({ numeroCarta: citizen.card, email: citizen.email }),
      newRequest({ requestId: citizen.codiceFiscale }),
      newRequest({ halves: citizen.name }),
    ];
    for (const data of attempts) await expect(sendAs(contentSender(1), 'recordRequest', data)).rejects.toThrow();
    for (let i = 0; i < 5; i++) await sendAs(contentSender(1), 'recordRequest', newRequest({ channel: 'email' }));
    await sendAs(pageSender(), 'undoLastRequest', { reason: 'mistake' });
    const day = new Date().toISOString().slice(0, 10);
    const csv = await sendAs<CsvExport>(pageSender(), 'exportCsv', { from: '2024-01-01', to: '2030-12-31' });
    const dump = JSON.stringify([
      await dumpIndexedDb(),
      await fakeBrowser.storage.local.get(null),
      await fakeBrowser.storage.session.get(null),
      await fakeBrowser.storage.sync.get(null),
      csv,
    ]);
    expect(dump).toContain(day.slice(0, 4)); // the dump really holds the records
    const squash = (s: string): string => s.replace(/[\s.\-_@]/g, '').toUpperCase();
    for (const value of Object.values(citizen)) expect(squash(dump)).not.toContain(squash(value));
  });
});
