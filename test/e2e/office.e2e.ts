import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, startOfficeServer, type OfficeTestServer } from '../office-server/server';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';
import { blocking, runAxe } from './axe';
import { wrap } from './browsers/chromium';
import { Counter, countsFromEach, EXTENSION_ORIGINS, eventually, expectReportMatches, officeSettings, PASSWORD, readOfficeReportInPage, serverCounts, workstations } from './office-helpers';

// The office-wide count against a real pouchdb-server (CouchDB's protocol) on 127.0.0.1, set up
// by the same script, design document and validation as a comune's CouchDB. Chromium here;
// office-firefox.e2e.ts runs the two-counter flow in Firefox.

describe('two counters share the office count (chromium)', () => {
  let server: OfficeTestServer;
  let a: Counter;
  let b: Counter;
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('sportello-1', 'sportello-2'), dailyLimit: 20, corsOrigins: EXTENSION_ORIGINS });
    [a, b] = await Promise.all([Counter.launch('sportello-1'), Counter.launch('sportello-2')]);
    await a.configure(officeSettings(server, 'sportello-1', 40));
    await b.configure(officeSettings(server, 'sportello-2', 40));
  }, 90_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await server?.stop();
  });

  it('both count; each popup shows the office total against the limit IT set on the server', async () => {
    await a.complete();
    await a.complete();
    await b.complete();
    await eventually(async () => JSON.stringify(await serverCounts(server)) === JSON.stringify({ 'sportello-1': 2, 'sportello-2': 1 }));
    const seenByA = await a.popup();
    const seenByB = await b.popup();
    // 20 is the server's office-settings document: it wins over each workstation's own 40.
    expect(seenByA.today).toBe('3 / 20');
    expect(seenByB.today).toBe('3 / 20');
    expect(seenByA.state).toBe('synced');
    expect(seenByB.summary).toMatch(/^Ufficio: 3 di 20 · aggiornato \d\d:\d\d$/);
    // The week at a glance: today's bar is the office's 3, in both popups.
    expect(seenByA.week).toBe('office:3');
    expect(seenByB.week).toBe('office:3');
    expect(await seenByA.page.locator('[data-testid=week] [data-today] .visually-hidden').textContent()).toMatch(/: 3 richieste$/);
    // The popup with its office card and week: no serious or critical axe finding.
    expect(blocking(await runAxe(wrap(seenByA.page))).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
    await Promise.all([seenByA.page.close(), seenByB.page.close()]);
    // The panel on the portal says the same, on either counter.
    expect(await b.panelOffice()).toMatchObject({ text: expect.stringMatching(/^Ufficio: 3 di 20 · aggiornato \d\d:\d\d$/) as string, state: 'synced' });
  }, 120_000);

  it('server stopped: counting goes on and the popup says offline; back: the backlog arrives, nothing doubled', async () => {
    await server.stop();
    await a.complete();
    await a.complete();
    const offline = await a.popup();
    expect(offline.state).toBe('offline');
    // Last known office count (3) plus what was counted here since (2).
    expect(offline.today).toBe('5 / 20');
    expect(offline.summary).toMatch(/2 in attesa di invio/);
    await offline.page.close();
    const panel = await a.panelOffice();
    expect(panel.state).toBe('offline');
    expect(panel.text).toMatch(/^Ufficio: 5 di 20 · ultimo dato dell'ufficio: \d\d:\d\d · 2 in attesa di invio Server dell'ufficio non raggiungibile \(offline\)/);

    await server.start();
    const back = await a.popup();
    expect(back.state).toBe('synced');
    expect(back.today).toBe('5 / 20');
    expect(await serverCounts(server)).toEqual({ 'sportello-1': 4, 'sportello-2': 1 });
    await back.page.close();
    // The other counter sees the backlog too.
    const other = await b.popup();
    expect(other.today).toBe('5 / 20');
    await other.page.close();
    // Every document is there once, with its deterministic id.
    const ids = (await server.docs()).map((doc) => doc._id);
    expect(new Set(ids).size).toBe(ids.length);
  }, 120_000);

  it('a worker stopped in the middle of a push loses nothing and doubles nothing', async () => {
    await server.stop();
    for (let i = 0; i < 4; i++) await a.complete();
    await server.start();
    // The popup starts a push; the worker is stopped while it runs, several times over.
    for (let round = 0; round < 3; round++) {
      const page = await a.context.newPage();
      await page.goto('chrome-extension://kdjbbbbocebidfjjpbgkhimeeglpkiao/popup.html');
      await new Promise((resolve) => setTimeout(resolve, 40 * round));
      await a.stopWorker();
      await page.close();
    }
    const after = await a.popup(); // a new worker: start-up push, then the popup's
    await eventually(async () => (await serverCounts(server))['sportello-1'] === 8);
    await after.page.close();
    const final = await a.popup();
    expect(final.today).toBe('9 / 20');
    expect(final.state).toBe('synced');
    expect(final.week).toBe('office:9');
    expect(await serverCounts(server)).toEqual({ 'sportello-1': 8, 'sportello-2': 1 });
    await final.page.close();
  }, 120_000);

  it("the manager's report splits the office's day by counter from the server's view; its CSV holds counts only", async () => {
    const counts = await countsFromEach(server, [() => a.complete(), () => b.complete()]);
    const page = await b.context.newPage();
    await page.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/report.html`);
    const seen = await page.evaluate(readOfficeReportInPage);
    expectReportMatches(seen, counts);
    // This workstation's own figures stay below, as without a server.
    expect(seen.own).toMatch(new RegExp(`\\b${counts['sportello-2']}\\b`));
    expect(blocking(await runAxe(wrap(page))).map((v) => `${v.id}: ${v.targets.join(' ')}`)).toEqual([]);
    await page.close();
  }, 60_000);

  it("a count at another counter leaves the panel's first paint good: the next page draws the copy, with today's office line", async () => {
    const before = await b.popup();
    await before.page.close();
    // The first paint kept for the office as it stands, and drawn as a copy.
    expect((await b.untilCopyDrawn()).text).toBe(before.summary);
    await a.untilCopyDrawn();
    await a.complete();
    // b's popup sends and reads again: b now knows a's new count.
    const after = await b.popup();
    await after.page.close();
    expect(after.today).not.toBe(before.today);
    // Still under the warning's threshold: what the copy draws besides the line is unchanged.
    expect(after.today).toMatch(/^(\d|1[0-5]) \/ 20$/);
    const panel = await b.panelOffice();
    expect(panel).toEqual({ text: after.summary, state: 'synced', copy: true });
    // The counter that counted: its request waited to be sent, then went: its copy is good too.
    expect((await a.panelOffice()).copy).toBe(true);
  }, 90_000);
});

describe('three counters at once (chromium)', () => {
  let server: OfficeTestServer;
  let counters: Counter[] = [];
  beforeAll(async () => {
    const names = ['banco-a', 'banco-b', 'banco-c'];
    server = await startOfficeServer({ workstations: workstations(...names), dailyLimit: 200, corsOrigins: EXTENSION_ORIGINS });
    counters = await Promise.all(names.map((name) => Counter.launch(name)));
    await Promise.all(counters.map((c) => c.configure(officeSettings(server, c.name, 200))));
  }, 90_000);
  afterAll(async () => {
    await Promise.all(counters.map((c) => c.close()));
    await server?.stop();
  });

  it('3 profiles x 30 completions in parallel give exactly 90 on the server', async () => {
    await Promise.all(
      counters.map(async (counter) => {
        for (let i = 0; i < 30; i++) await counter.complete();
      }),
    );
    await eventually(async () => Object.values(await serverCounts(server)).reduce((s, n) => s + n, 0) >= 90, 60_000);
    expect(await serverCounts(server)).toEqual({ 'banco-a': 30, 'banco-b': 30, 'banco-c': 30 });
    const view = await server.request('GET', `${DATABASE}/_design/office/_view/requests?group_level=1`);
    expect((view.body as { rows: { value: number }[] }).rows.map((row) => row.value)).toEqual([90]);
    const seen = await counters[0]!.popup();
    expect(seen.today).toBe('90 / 200');
    await seen.page.close();
  }, 420_000);
});

describe('the server refuses bad data, whoever sends it', () => {
  let server: OfficeTestServer;
  const me = { username: 'sportello-1', password: PASSWORD('sportello-1') };
  const good = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
    _id: `sportello-1:${Date.now().toString(36).padStart(9, '0')}:${crypto.randomUUID()}`,
    type: 'request',
    time: Date.now(),
    day: '2026-03-02',
    workstation: 'sportello-1',
    halves: 'both',
    channel: 'paper',
    kind: 'holder',
    source: 'portal',
    practice: false,
    ...over,
  });
  const put = (doc: Record<string, unknown>, auth = me) => server.request('PUT', `${DATABASE}/${encodeURIComponent(String(doc._id))}`, doc, auth);
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('sportello-1', 'sportello-2'), dailyLimit: 20 });
  }, 60_000);
  afterAll(async () => server?.stop());

  it('accepts a well-formed new document from its own workstation', async () => {
    const answer = await put(good());
    expect(answer.status).toBe(201);
  });

  it('refuses an extra field (a codice fiscale)', async () => {
    const answer = await put(good({ codiceFiscale: 'RSSMRA80A41H501Y' }));
    expect(answer).toEqual({ status: 403, body: { error: 'forbidden', reason: 'field not allowed: codiceFiscale' } });
  });

  it('refuses a value outside the enumerations', async () => {
    const answer = await put(good({ channel: 'fax' }));
    expect(answer).toEqual({ status: 403, body: { error: 'forbidden', reason: 'bad value for channel' } });
  });

  it('refuses an update and a delete', async () => {
    const doc = good();
    const created = await put(doc);
    const rev = (created.body as { rev: string }).rev;
    const update = await put({ ...doc, _rev: rev, halves: 'first' });
    expect(update).toEqual({ status: 403, body: { error: 'forbidden', reason: 'documents are never changed' } });
    const remove = await server.request('DELETE', `${DATABASE}/${encodeURIComponent(String(doc._id))}?rev=${rev}`, undefined, me);
    expect(remove).toEqual({ status: 403, body: { error: 'forbidden', reason: 'documents are never deleted' } });
  });

  it("refuses a document for another workstation", async () => {
    const answer = await put(good({ _id: `sportello-2:000000001:${crypto.randomUUID()}`, workstation: 'sportello-2' }));
    expect(answer).toEqual({ status: 403, body: { error: 'forbidden', reason: 'workstation must be the signed-in user' } });
  });

  it('lets no workstation change the office limit, and no stranger read anything', async () => {
    const limit = await server.request('GET', `${DATABASE}/office-settings`, undefined, me);
    const rev = (limit.body as { _rev: string })._rev;
    const answer = await server.request('PUT', `${DATABASE}/office-settings`, { type: 'settings', dailyLimit: 999, _rev: rev }, me);
    expect(answer).toEqual({ status: 403, body: { error: 'forbidden', reason: 'only IT sets the office limit' } });
    const stranger = await server.request('GET', `${DATABASE}/_all_docs`, undefined, { username: 'sportello-1', password: 'wrong' });
    expect(stranger.status).toBe(401);
  });
});
