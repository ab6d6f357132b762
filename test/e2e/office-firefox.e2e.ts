import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, startOfficeServer, type OfficeTestServer } from '../office-server/server';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { launch, PORTAL } from './launch';
import { countsFromEach, EXTENSION_ORIGINS, eventually, expectReportMatches, officeSettings, readKeptFirstPaints, readOfficeReportInPage, serverCounts, untilKept, workstations } from './office-helpers';
import { panel } from './page-objects';

// The two-counter flow in Firefox (the portal's first browser): MV2 background page, the same
// pouchdb-server. The portal is reached through the test proxy; the server on 127.0.0.1 directly.

type FirefoxCounter = { browser: E2EBrowser; status: E2EPage };

async function storedRequests(status: E2EPage): Promise<number> {
  return status.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('sportello-cie');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('requests')) return resolve(0);
          const count = db.transaction('requests').objectStore('requests').count();
          count.onsuccess = () => (resolve(count.result), db.close());
        };
      }),
  );
}

async function complete(counter: FirefoxCounter): Promise<void> {
  const before = await storedRequests(counter.status);
  const page = await counter.browser.newPage(`${PORTAL}/ristampa.html`);
  await panel.waitUntilMounted(page);
  await panel.reachLive(page, '#txtCodiceFiscale');
  await page.type('#txtCodiceFiscale', 'RSSMRA80A41H501Y');
  await page.type('#txtNumeroCarta', 'CA12345AB');
  await page.type('#txtEmail', 'mario.rossi@example.it');
  await page.click('#btnInvia');
  await page.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
  await eventually(async () => (await storedRequests(counter.status)) === before + 1, 15_000);
  await page.close();
}

/**
 * Reloads the status page (a popup opening: it pushes and reads) and returns its office figures
 * and today's bar of the week (`source:count`), read again after the push.
 */
async function office(counter: FirefoxCounter): Promise<{ today: string; state: string; week: string }> {
  await counter.status.evaluate(() => location.reload());
  await new Promise((resolve) => setTimeout(resolve, 300));
  await counter.status.waitFor(() => document.querySelector('[data-testid=office-today]:not([aria-busy])') !== null, undefined, 30_000);
  await counter.status.waitFor(() => document.querySelector('[data-testid=week]:not([aria-busy])') !== null, undefined, 10_000);
  return counter.status.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-testid=week] [data-today]');
    return {
      today: document.querySelector('[data-testid=office-today]')?.textContent?.trim() ?? '',
      state: document.querySelector('[data-testid=office-sync-status]')?.getAttribute('data-state') ?? '',
      week: bar ? `${bar.dataset.source}:${bar.dataset.count}` : '',
    };
  });
}

/** The status page's office line, as last drawn. */
async function officeSummaryText(counter: FirefoxCounter): Promise<string> {
  return counter.status.evaluate(() => document.querySelector('[data-testid=office-summary]')?.textContent?.trim() ?? '');
}

/** The panel's office line on a new reprint page, and whether the first part's copy drew it. */
async function panelOffice(counter: FirefoxCounter): Promise<{ text: string; copy: boolean }> {
  const kept = await keptFirstPaints(counter);
  const page = await counter.browser.newPage(`${PORTAL}/ristampa.html`);
  await page.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel-office]') != null, undefined, 20_000);
  const seen = await page.evaluate(() => {
    const host = document.getElementById('sportello-cie-root');
    return { text: host?.shadowRoot?.querySelector('[data-testid=panel-office]')?.textContent ?? '', copy: host?.hasAttribute('data-sportello-copy') ?? false };
  });
  if (!seen.copy) await untilKept(() => keptFirstPaints(counter), kept);
  await page.close();
  return seen;
}

/** The kept first paints as stored, read in the status page (an extension page). */
async function keptFirstPaints(counter: FirefoxCounter): Promise<string> {
  return counter.status.evaluate(readKeptFirstPaints);
}

/** One Firefox profile as a counter, configured as IT would, with its status page open. */
async function launchCounter(server: OfficeTestServer, name: string, dailyLimit: number): Promise<FirefoxCounter> {
  const browser = await launch('firefox', { firefoxPrefs: { 'network.proxy.no_proxies_on': '127.0.0.1' } });
  const page = await browser.newPage(`${PORTAL}/ristampa.html`);
  await panel.waitUntilMounted(page);
  const status = await browser.openPopupFor(page);
  await status.evaluate(async (values) => {
    const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
    await api.storage.local.set({ settings: values });
  }, officeSettings(server, name, dailyLimit));
  await page.close();
  return { browser, status };
}

describe('two counters share the office count (firefox)', () => {
  let server: OfficeTestServer;
  const counters: FirefoxCounter[] = [];
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('ff-1', 'ff-2'), dailyLimit: 20, corsOrigins: EXTENSION_ORIGINS });
    for (const name of ['ff-1', 'ff-2']) counters.push(await launchCounter(server, name, 40));
  }, 120_000);
  afterAll(async () => {
    for (const counter of counters) await counter.browser.close();
    await server?.stop();
  });

  it('both count, each shows the office total; offline counting goes on; back, the backlog arrives once', async () => {
    const [a, b] = counters as [FirefoxCounter, FirefoxCounter];
    await complete(a);
    await complete(a);
    await complete(b);
    await eventually(async () => JSON.stringify(await serverCounts(server)) === JSON.stringify({ 'ff-1': 2, 'ff-2': 1 }));
    expect(await office(a)).toEqual({ today: '3 / 20', state: 'synced', week: 'office:3' });
    expect(await office(b)).toEqual({ today: '3 / 20', state: 'synced', week: 'office:3' });

    await server.stop();
    await complete(b);
    // Offline: the week keeps the last read, today's bar the meter's figure.
    expect(await office(b)).toEqual({ today: '4 / 20', state: 'offline', week: 'office:4' });
    // The panel on the portal says so too: the last known office figure and the backlog.
    const page = await b.browser.newPage(`${PORTAL}/ristampa.html`);
    expect(await panel.textOnceMatching(page, 'panel-office', /^Ufficio: 4 di 20/)).toMatch(/^Ufficio: 4 di 20 · ultimo dato dell'ufficio: \d\d:\d\d · 1 in attesa di invio Server dell'ufficio non raggiungibile \(offline\)/);
    await page.close();
    await server.start();
    expect(await office(b)).toEqual({ today: '4 / 20', state: 'synced', week: 'office:4' });
    expect(await serverCounts(server)).toEqual({ 'ff-1': 2, 'ff-2': 2 });
    expect(await office(a)).toEqual({ today: '4 / 20', state: 'synced', week: 'office:4' });
  }, 180_000);

  it("the manager's report splits the office's day by counter from the server's view; its CSV holds counts only", async () => {
    const [a, b] = counters as [FirefoxCounter, FirefoxCounter];
    const counts = await countsFromEach(server, [() => complete(a), () => complete(b)]);
    const report = await a.browser.openExtensionPage('report.html');
    const seen = await report.evaluate(readOfficeReportInPage);
    expectReportMatches(seen, counts);
    expect(seen.own).toMatch(new RegExp(`\\b${counts['ff-1']}\\b`));
    await report.close();
  }, 120_000);

  it("a count at another counter leaves the panel's first paint good: the next page draws the copy, with today's office line", async () => {
    const [a, b] = counters as [FirefoxCounter, FirefoxCounter];
    await office(b);
    // The first paint kept for the office as it stands (by a load before), then drawn as a copy.
    let seen = await panelOffice(b);
    for (let tries = 0; tries < 5 && !seen.copy; tries++) seen = await panelOffice(b);
    expect(seen).toEqual({ text: await officeSummaryText(b), copy: true });
    await complete(a);
    const after = await office(b); // b sends and reads again: it now knows a's new count
    // Still under the warning's threshold: what the copy draws besides the line is unchanged.
    expect(after.today).toMatch(/^(\d|1[0-5]) \/ 20$/);
    const summary = await officeSummaryText(b);
    expect(summary).not.toBe(seen.text);
    expect(await panelOffice(b)).toEqual({ text: summary, copy: true });
  }, 120_000);
});

describe('three counters at once (firefox)', () => {
  let server: OfficeTestServer;
  const counters: FirefoxCounter[] = [];
  const names = ['ff-banco-a', 'ff-banco-b', 'ff-banco-c'];
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations(...names), dailyLimit: 200, corsOrigins: EXTENSION_ORIGINS });
    for (const name of names) counters.push(await launchCounter(server, name, 200));
  }, 180_000);
  afterAll(async () => {
    for (const counter of counters) await counter.browser.close();
    await server?.stop();
  });

  it('3 profiles x 30 completions in parallel give exactly 90 on the server', async () => {
    await Promise.all(
      counters.map(async (counter) => {
        for (let i = 0; i < 30; i++) await complete(counter);
      }),
    );
    await eventually(async () => Object.values(await serverCounts(server)).reduce((s, n) => s + n, 0) >= 90, 60_000);
    expect(await serverCounts(server)).toEqual(Object.fromEntries(names.map((name) => [name, 30])));
    const view = await server.request('GET', `${DATABASE}/_design/office/_view/requests?group_level=1`);
    expect((view.body as { rows: { value: number }[] }).rows.map((row) => row.value)).toEqual([90]);
    expect((await office(counters[0]!)).today).toBe('90 / 200');
  }, 600_000);
});
