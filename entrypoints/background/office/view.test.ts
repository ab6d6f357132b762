import { afterEach, describe, expect, it, vi } from 'vitest';
import { isAllowed } from '@/utils/net/guarded-fetch';
import { saveSettings } from '@/utils/settings';
import { OfficeRefusedError, readDayCounts, readOfficeLimit } from './view';

const server = { url: 'https://couch.example.it:6984', database: 'sportello-cie', username: 'sportello-1', password: 'pässword' };

function answer(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

afterEach(() => vi.unstubAllGlobals());

describe('reading the office view', () => {
  it('sums requests minus undone per day and counter, asking the server for group_level=2 over the range', async () => {
    await saveSettings({ officeServer: server });
    const seen: { url: string; auth: string | null; credentials?: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      seen.push({ url, auth: new Headers(init.headers).get('Authorization'), credentials: init.credentials });
      if (url.includes('/_view/requests')) {
        return answer(200, { rows: [{ key: ['2026-03-02', 'sportello-1'], value: 14 }, { key: ['2026-03-02', 'sportello-2'], value: 6 }, { key: ['2026-03-03', 'sportello-1'], value: 2 }, { key: 'junk', value: 99 }] });
      }
      return answer(200, { rows: [{ key: ['2026-03-02', 'sportello-2'], value: 1 }] });
    });
    const counts = await readDayCounts(server, '2026-03-02', '2026-03-03');
    expect(counts.byDay).toEqual({ '2026-03-02': { 'sportello-1': 14, 'sportello-2': 5 }, '2026-03-03': { 'sportello-1': 2 } });
    expect(seen).toHaveLength(2);
    const url = new URL(seen[0]!.url);
    expect(url.origin + url.pathname).toBe('https://couch.example.it:6984/sportello-cie/_design/office/_view/requests');
    expect(url.searchParams.get('group_level')).toBe('2');
    expect(JSON.parse(url.searchParams.get('startkey')!)).toEqual(['2026-03-02']);
    expect(JSON.parse(url.searchParams.get('endkey')!)).toEqual(['2026-03-03', {}]);
    // Basic auth (UTF-8), never cookies.
    expect(seen[0]!.auth).toBe(`Basic ${Buffer.from('sportello-1:pässword', 'utf8').toString('base64')}`);
    expect(seen[0]!.credentials).toBe('omit');
  });

  it("reads the office limit IT set, ignores a bad one, and tells refusal from absence", async () => {
    await saveSettings({ officeServer: server });
    vi.stubGlobal('fetch', async () => answer(200, { _id: 'office-settings', type: 'settings', dailyLimit: 25 }));
    expect(await readOfficeLimit(server)).toBe(25);
    vi.stubGlobal('fetch', async () => answer(200, { dailyLimit: -3 }));
    expect(await readOfficeLimit(server)).toBeUndefined();
    vi.stubGlobal('fetch', async () => answer(404, { error: 'not_found' }));
    expect(await readOfficeLimit(server)).toBeUndefined();
    vi.stubGlobal('fetch', async () => answer(401, { error: 'unauthorized' }));
    await expect(readOfficeLimit(server)).rejects.toBeInstanceOf(OfficeRefusedError);
  });

  it('sends nothing when no office server is configured (the guarded door refuses)', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => (calls.push(url), answer(200, {})));
    await expect(readOfficeLimit(server)).rejects.toThrow(/bloccata/);
    expect(calls).toEqual([]);
  });
});

describe('the guarded door for the office server', () => {
  const deps = { officeDatabase: async () => 'https://couch.example.it:6984/sportello-cie' };
  it('allows only the configured database', async () => {
    expect(await isAllowed('office-server', 'https://couch.example.it:6984/sportello-cie', deps)).toBe(true);
    expect(await isAllowed('office-server', 'https://couch.example.it:6984/sportello-cie/_revs_diff', deps)).toBe(true);
    expect(await isAllowed('office-server', 'https://couch.example.it:6984/sportello-cie?x', deps)).toBe(true);
    for (const url of [
      'https://couch.example.it:6984/_users',
      'https://couch.example.it:6984/sportello-cie-other/x',
      'https://couch.example.it:6984/sportello-cie/../_users/x',
      'https://couch.example.it/sportello-cie',
      'https://evil.example/sportello-cie',
      'https://user:pw@couch.example.it:6984/sportello-cie',
    ]) {
      expect(await isAllowed('office-server', url, deps), url).toBe(false);
    }
    expect(await isAllowed('office-server', 'https://couch.example.it:6984/sportello-cie', { officeDatabase: async () => undefined })).toBe(false);
  });
});
