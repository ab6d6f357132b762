import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { QuotaHistory, QuotaToday, RecordResult, UndoResult } from '@/utils/schemas';
import { contentSender, foreignSender, freshIndexedDb, newRequest, pageSender, sendAs } from '@/test/unit/quota-harness';
import { BADGE_COLOURS } from './quota-badge';
import { NEW_DAY_ALARM } from './quota-new-day';

const today = (): Promise<QuotaToday> => sendAs<QuotaToday>(pageSender('popup.html'), 'quotaToday', {});
const record = (tabId: number, over: Record<string, unknown> = {}): Promise<RecordResult> =>
  sendAs<RecordResult>(contentSender(tabId), 'recordRequest', newRequest(over));

// Each test is a fresh worker: new modules (so new message listeners) and an empty IndexedDB.
let dbModule: typeof import('@/utils/db');
const openQuotaDb = (): ReturnType<typeof dbModule.openQuotaDb> => dbModule.openQuotaDb();
beforeEach(async () => {
  freshIndexedDb();
  vi.resetModules();
  (await import('./quota')).registerQuotaHandlers();
  dbModule = await import('@/utils/db');
});
afterEach(async () => {
  vi.useRealTimers();
  await dbModule.closeQuotaDb();
});

describe('counting', () => {
  it('counts 500 requests sent at once from 5 tabs exactly once each', async () => {
    const sends = Array.from({ length: 500 }, (_, i) => record((i % 5) + 1));
    const results = await Promise.all(sends);
    expect(results.every((r) => r.recorded)).toBe(true);
    expect((await today()).count).toBe(500);
    expect(await (await openQuotaDb()).count('requests')).toBe(500);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('500');
  });

  it('counts the checklist and the portal confirmation of one request once', async () => {
    const requestId = crypto.randomUUID();
    const both = await Promise.all([
      record(1, { requestId, source: 'checklist' }),
      record(1, { requestId, source: 'portal' }),
      record(2, { requestId, source: 'portal' }),
    ]);
    expect(both.filter((r) => r.recorded)).toHaveLength(1);
    const now = await today();
    expect(now.count).toBe(1);
    expect(now.breakdown.source.checklist + now.breakdown.source.portal).toBe(1);
  });

  it('keeps practice requests out of the count and the breakdown', async () => {
    await record(1, { practice: true });
    await record(1, { channel: 'email', halves: 'second', kind: 'minor' });
    const now = await today();
    expect(now).toMatchObject({ count: 1, practice: 1 });
    expect(now.breakdown.channel).toEqual({ email: 1, paper: 0 });
    expect(now.breakdown.kind.minor).toBe(1);
  });
});

describe('the worker stopped mid-way', () => {
  it('loses nothing that was acknowledged, and retrying the same ids never counts twice', async () => {
    const ids: string[] = Array.from({ length: 200 }, () => crypto.randomUUID());
    for (const requestId of ids.slice(0, 100)) await record(1, { requestId });
    // 100 more in flight when the worker dies.
    const inFlight = ids.slice(100).map((requestId, i) => record((i % 5) + 1, { requestId }).then(() => requestId, () => null));
    const stopping = dbModule.closeQuotaDb();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    const acknowledged = (await Promise.all(inFlight)).filter((id): id is string => id !== null);
    await stopping;

    // A new worker: fresh modules, the same IndexedDB.
    vi.resetModules();
    (await import('./quota')).registerQuotaHandlers();
    dbModule = await import('@/utils/db');
    const db = await openQuotaDb();
    for (const id of acknowledged) expect(await db.getKey('requests', id)).toBe(id);

    // Content scripts retry whatever they did not see acknowledged, plus some they did.
    await Promise.all(ids.slice(50).map((requestId, i) => record((i % 5) + 1, { requestId })));
    expect((await today()).count).toBe(200);
  });
});

describe('limit and badge', () => {
  it('colours the badge at 80% and at 100% of the daily limit', async () => {
    await fakeBrowser.storage.managed.set({ dailyLimit: 5 }); // as IT's policy sets it
    for (let i = 0; i < 3; i++) await record(1);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(hex(BADGE_COLOURS.ok));
    const fourth = await record(1);
    expect(fourth.today).toMatchObject({ count: 4, limit: 5, level: 'near' });
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(hex(BADGE_COLOURS.near));
    expect((await record(1)).today.level).toBe('full');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(hex(BADGE_COLOURS.full));
  });
});

describe('the badge at midnight', () => {
  it("drops to the new day's count at Rome midnight, and sets the alarm for the next one", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-05-06T21:30:00Z') }); // 23:30 in Rome
    for (let i = 0; i < 3; i++) await record(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');

    vi.setSystemTime(new Date('2025-05-06T22:00:01Z')); // 00:00:01 on 7 May in Rome
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEW_DAY_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('0'));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.alarms.get(NEW_DAY_ALARM))?.scheduledTime).toBe(Date.parse('2025-05-07T22:00:01Z')),
    );
  });
});

describe('undo', () => {
  it('undoes the last count within 5 minutes, with a reason, and not after', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-05-06T08:00:00Z') });
    await record(1);
    await record(1);
    vi.setSystemTime(new Date('2025-05-06T08:04:00Z'));
    // Only the popup offers undo: the content script (a page script reaching it) cannot undo.
    await expect(sendAs(contentSender(1), 'undoLastRequest', { reason: 'mistake' })).rejects.toThrow(/mittente/);
    const undone = await sendAs<UndoResult>(pageSender('popup.html'), 'undoLastRequest', { reason: 'mistake' });
    expect(undone).toMatchObject({ undone: true, today: { count: 1 } });
    vi.setSystemTime(new Date('2025-05-06T08:06:00Z'));
    const late = await sendAs<UndoResult>(pageSender('popup.html'), 'undoLastRequest', { reason: 'other' });
    expect(late).toMatchObject({ undone: false, problem: 'expired', today: { count: 1 } });
  });

  it('refuses a free-text reason', async () => {
    await expect(sendAs(pageSender('popup.html'), 'undoLastRequest', { reason: 'Mario Rossi ha cambiato idea' })).rejects.toThrow();
  });
});

describe('senders and payloads', () => {
  it('accepts counts only from our content scripts, and reports only from our pages', async () => {
    await expect(sendAs(pageSender(), 'recordRequest', newRequest())).rejects.toThrow(/mittente/);
    await expect(sendAs(foreignSender(), 'recordRequest', newRequest())).rejects.toThrow(/mittente/);
    await expect(sendAs(contentSender(3), 'quotaHistory', { from: '2025-01-01', to: '2025-01-31' })).rejects.toThrow(/mittente/);
    await expect(sendAs(foreignSender(), 'quotaToday', {})).rejects.toThrow(/mittente/);
    expect((await today()).count).toBe(0);
  });

  it('refuses a count carrying any extra field, and stores nothing', async () => {
    await expect(record(1, { codiceFiscale: 'RSSMRA85T10A562S' })).rejects.toThrow();
    await expect(record(1, { requestId: 'RSSMRA85T10A562S' })).rejects.toThrow();
    await expect(record(1, { halves: 'all' })).rejects.toThrow();
    expect(await (await openQuotaDb()).count('requests')).toBe(0);
  });

  it('answers history by week over a range', async () => {
    await record(1);
    const day = (await today()).day;
    const history = await sendAs<QuotaHistory>(pageSender(), 'quotaHistory', { from: '2025-01-01', to: day, by: 'week' });
    expect(history.total.count).toBe(1);
    expect(history.buckets.reduce((n, b) => n + b.count, 0)).toBe(1);
    await expect(sendAs(pageSender(), 'quotaHistory', { from: day, to: '2025-01-01' })).rejects.toThrow();
  });
});

function hex(colour: string): number[] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)).concat(255);
}
