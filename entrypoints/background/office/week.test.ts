import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecordRequestInput } from '@/utils/schemas';
import { saveSettings } from '@/utils/settings';
import { freshIndexedDb, newRequest } from '@/test/unit/quota-harness';

// The popup's week: this workstation's counts from idb, the office's from the view's
// [day, workstation] rows read with today's figures (the push itself is tested in push.test.ts).
vi.mock('./push', () => ({ pushOutbox: async () => ({ confirmed: 0, pending: 0, refused: 0 }) }));

const server = { url: 'https://couch.example.it:6984', database: 'sportello-cie', username: 'sportello-1', password: 'pw' };
const now = Date.parse('2026-03-04T09:00:00Z'); // a Wednesday, 10:00 in Rome
const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let quota: typeof import('../quota-service');
let office: typeof import('./service');
let week: typeof import('./week');
let db: typeof import('@/utils/db');
beforeEach(async () => {
  freshIndexedDb();
  vi.resetModules();
  quota = await import('../quota-service');
  office = await import('./service');
  week = await import('./week');
  db = await import('@/utils/db');
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.closeQuotaDb();
});

const count = (iso: string, over: Record<string, unknown> = {}) => quota.recordRequest(RecordRequestInput.parse(newRequest(over)), Date.parse(iso));

describe('the week at a glance', () => {
  it("without a server: seven days of this workstation's own counts, practice and undone left out", async () => {
    await saveSettings({ dailyLimit: 12 });
    await count('2026-02-25T09:00:00Z'); // eight days back: outside the week
    await count('2026-02-26T09:00:00Z');
    await count('2026-03-02T09:00:00Z');
    await count('2026-03-02T10:00:00Z');
    await count('2026-03-04T08:00:00Z', { practice: true });
    await count('2026-03-04T08:30:00Z');
    const result = await week.weekAtGlance(now);
    expect(result.office).toBe(false);
    expect(result.limit).toBe(12);
    expect(result.days.map((d) => d.day)).toEqual(['2026-02-26', '2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(result.days.map((d) => d.own)).toEqual([1, 0, 0, 0, 2, 0, 1]);
    expect(result.days.every((d) => d.office === null)).toBe(true);
  });

  it('with a server: reads the week in one group_level=2 range with today, and shows the office per day, today equal to the meter', async () => {
    await count('2026-03-02T09:00:00Z');
    await count('2026-03-04T08:00:00Z');
    await saveSettings({ officeServer: server, dailyLimit: 40 });
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      seen.push(url);
      if (url.includes('/_view/requests')) {
        return json(200, {
          rows: [
            { key: ['2026-03-02', 'sportello-1'], value: 1 },
            { key: ['2026-03-02', 'sportello-2'], value: 5 },
            { key: ['2026-03-03', 'sportello-2'], value: 2 },
            { key: ['2026-03-04', 'sportello-2'], value: 3 },
          ],
        });
      }
      if (url.includes('/_view/undone')) return json(200, { rows: [{ key: ['2026-03-02', 'sportello-2'], value: 1 }] });
      return json(200, { dailyLimit: 20 });
    });
    await office.syncOffice(() => now);
    const view = new URL(seen.find((u) => u.includes('/_view/requests'))!);
    expect(JSON.parse(view.searchParams.get('startkey')!)).toEqual(['2026-02-26']);
    expect(JSON.parse(view.searchParams.get('endkey')!)).toEqual(['2026-03-04', {}]);

    // One more here after the read: today's office figure has it at once, as the meter does.
    await count('2026-03-04T08:40:00Z');
    const result = await week.weekAtGlance(now);
    expect(result.office).toBe(true);
    expect(result.limit).toBe(20);
    expect(result.days.map((d) => d.office)).toEqual([0, 0, 0, 0, 5, 2, 5]);
    expect(result.days.map((d) => d.own)).toEqual([0, 0, 0, 0, 1, 0, 2]);
    const today = await office.officeToday(2, now);
    expect(today.configured && today.count).toBe(5);

    // Offline next time: the week as last read stays.
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await office.syncOffice(() => now + 60_000);
    expect((await week.weekAtGlance(now + 60_000)).days.map((d) => d.office)).toEqual([0, 0, 0, 0, 5, 2, 5]);
    // The next day, yesterday's read does not cover today: today's bar is this workstation's own.
    const tomorrow = await week.weekAtGlance(now + 86_400_000);
    expect(tomorrow.days.map((d) => d.office)).toEqual([0, 0, 0, 5, 2, 5, 0]);
  });

  it('with a server never reached: office figures unknown but today, which is what was counted here', async () => {
    await saveSettings({ officeServer: server });
    await count('2026-03-03T09:00:00Z');
    const result = await week.weekAtGlance(now);
    expect(result.office).toBe(true);
    expect(result.days.map((d) => d.office)).toEqual([null, null, null, null, null, null, 0]);
    expect(result.days.map((d) => d.own)).toEqual([0, 0, 0, 0, 0, 1, 0]);
  });
});
