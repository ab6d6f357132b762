import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';
import { DATABASE, type OfficeTestServer } from '../office-server/server';
import { chromiumLaunchOptions } from './browsers/chromium-options';
import { BUILDS } from './builds';
import { PORTAL } from './launch';

export const PASSWORD = (name: string): string => `pw-${name}-secret`;
export const workstations = (...names: string[]): { name: string; password: string }[] => names.map((name) => ({ name, password: PASSWORD(name) }));

/**
 * Chromium cannot be made to accept an optional-permission prompt from automation, so the
 * test server allows the extension's own origin by CORS instead (what the granted host
 * permission does for a real office). Firefox's origin is pinned by the e2e launcher.
 */
export const EXTENSION_ORIGINS = [`chrome-extension://${CHROMIUM_EXTENSION_ID}`, 'moz-extension://6f1c1c8e-5b7a-4c1e-9a57-5c0e5b1d2c3a'];

/** The settings an IT would set for one counter. */
export function officeSettings(server: OfficeTestServer, name: string, dailyLimit = 20): Record<string, unknown> {
  return { workstationLabel: name, dailyLimit, officeServer: { url: server.url, database: DATABASE, username: name, password: PASSWORD(name) } };
}

/** One counter: a Chromium profile with the production build, driven directly (CDP for the worker). */
export class Counter {
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    private readonly profile: string,
  ) {}

  static async launch(name: string): Promise<Counter> {
    const profile = await mkdtemp(join(tmpdir(), 'sportello-office-'));
    const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(inject('portal').httpsPort, BUILDS.chromium));
    const counter = new Counter(name, context, profile);
    await counter.worker(); // the extension is loaded once its worker runs
    return counter;
  }

  async worker(): Promise<Worker> {
    return this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }

  /** Writes the settings as the options page would (storage.local), from an extension page. */
  async configure(settings: Record<string, unknown>): Promise<void> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/popup.html`);
    await page.evaluate(async (values) => {
      const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
      await api.storage.local.set({ settings: values });
    }, settings);
    await page.close();
  }

  /** One request done on the demo portal and confirmed by it (a new tab: a new request). */
  async complete(): Promise<void> {
    const before = await this.recorded();
    const page = await this.context.newPage();
    await page.goto(`${PORTAL}/ristampa.html`);
    await page.waitForFunction(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null, undefined, { timeout: 20_000 });
    await page.locator('#txtCodiceFiscale').pressSequentially('RSSMRA80A41H501Y');
    await page.locator('#txtNumeroCarta').pressSequentially('CA12345AB');
    await page.locator('#txtEmail').fill('mario.rossi@example.it');
    await page.locator('#btnInvia').click();
    await page.waitForFunction(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    // The confirmation is counted a moment later (the content script's batched read of the page).
    await eventually(async () => (await this.recorded()) === before + 1, 15_000);
    await page.close();
  }

  /**
   * The panel's office line on the demo's reprint page, with its sync state, and whether the
   * first part's copy of the panel drew it (the live panel comes only when the operator reaches for it).
   */
  async panelOffice(): Promise<{ text: string; state: string; copy: boolean }> {
    const kept = await this.keptFirstPaints();
    const page = await this.context.newPage();
    await page.goto(`${PORTAL}/ristampa.html`);
    const line = await page.waitForFunction(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel-office]'), undefined, { timeout: 20_000 });
    const seen = await line.evaluate((element) => ({
      text: element?.textContent ?? '',
      state: element?.getAttribute('data-state') ?? '',
      copy: document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') ?? false,
    }));
    if (!seen.copy) await untilKept(() => this.keptFirstPaints(), kept);
    await page.close();
    return seen;
  }

  /** The kept first paints as storage.local holds them, read in the worker. */
  async keptFirstPaints(): Promise<string> {
    return (await this.worker()).evaluate(readKeptFirstPaints);
  }

  /** Loads the reprint page with nothing typed until the first part draws the panel's kept copy (kept by a load before). */
  async untilCopyDrawn(): Promise<{ text: string; state: string; copy: boolean }> {
    let seen = await this.panelOffice();
    for (let tries = 0; tries < 5 && !seen.copy; tries++) seen = await this.panelOffice();
    expect(seen.copy).toBe(true);
    return seen;
  }

  /** How many requests this workstation's idb holds. */
  async recorded(): Promise<number> {
    return (await this.requests()).length;
  }

  /** The requests this workstation's idb holds: how each was sent and who confirmed it (read in the worker, as the privacy test does). */
  async requests(): Promise<{ channel: string; source: string }[]> {
    const worker = await this.worker();
    return worker.evaluate(
      () =>
        new Promise<{ channel: string; source: string }[]>((resolve, reject) => {
          const open = indexedDB.open('sportello-cie');
          open.onerror = () => reject(new Error('idb'));
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('requests')) return resolve([]);
            const all = db.transaction('requests').objectStore('requests').getAll();
            all.onsuccess = () => (resolve((all.result as { channel: string; source: string }[]).map(({ channel, source }) => ({ channel, source }))), db.close());
          };
        }),
    );
  }

  /** Opens the popup (which sends what waits) and returns its office figures once drawn. */
  async popup(): Promise<{ today: string; state: string; summary: string; week: string; page: Page }> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/popup.html`);
    // Drawn first from what is known, then again after the popup's push and fresh read (the
    // week is read again after it: busy until then).
    await page.waitForSelector('[data-testid=office-today]:not([aria-busy])', { timeout: 30_000 });
    await page.waitForSelector('[data-testid=week]:not([aria-busy])', { timeout: 10_000 });
    return { ...(await readOffice(page)), page };
  }

  /** Stops the extension's service worker, as the browser does after 30 s idle. */
  async stopWorker(): Promise<void> {
    const page = this.context.pages()[0] ?? (await this.context.newPage());
    const cdp = await this.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

/** The popup's office figures, and today's bar of the week as `source:count`. */
export async function readOffice(page: Page): Promise<{ today: string; state: string; summary: string; week: string }> {
  return page.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[data-testid=week] [data-today]');
    return {
      today: document.querySelector('[data-testid=office-today]')?.textContent?.trim() ?? '',
      state: document.querySelector('[data-testid=office-sync-status]')?.getAttribute('data-state') ?? '',
      summary: document.querySelector('[data-testid=office-summary]')?.textContent?.trim() ?? '',
      week: bar ? `${bar.dataset.source}:${bar.dataset.count}` : '',
    };
  });
}

/** The office's request documents on the server, by workstation. */
export async function serverCounts(server: OfficeTestServer): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const doc of await server.docs()) {
    if (doc.type !== 'request') continue;
    const ws = String(doc.workstation);
    counts[ws] = (counts[ws] ?? 0) + 1;
  }
  return counts;
}

/**
 * The server's counts by workstation, with at least one request from each of `completes`' counters:
 * what earlier tests left, or (a test run alone, with -t) one request each made here.
 */
export async function countsFromEach(server: OfficeTestServer, completes: (() => Promise<void>)[]): Promise<Record<string, number>> {
  if (Object.keys(await serverCounts(server)).length < completes.length) {
    for (const complete of completes) await complete();
    await eventually(async () => Object.keys(await serverCounts(server)).length === completes.length);
  }
  return serverCounts(server);
}

/** Waits until `check` holds (the background pushes after answering, not before). */
/** Runs in an extension context of either browser: the kept first paints as stored, as text. */
export async function readKeptFirstPaints(): Promise<string> {
  const scope = globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') };
  const stored = await (scope.browser ?? scope.chrome).storage.local.get('panelSnapshots');
  return JSON.stringify(stored['panelSnapshots'] ?? null);
}

/**
 * A load that drew the live panel keeps its first paint once it has settled (keep-first-paint.ts:
 * when idle, within 400 ms): closing the page sooner keeps nothing, and the next load draws live
 * again. So wait until the stored copies change; bounded, as a load may have nothing new to keep.
 */
export async function untilKept(readKept: () => Promise<string>, before: string): Promise<void> {
  await eventually(async () => (await readKept()) !== before, 5_000).catch(() => undefined);
}

export async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** What the manager's report shows of the office, read in its page (either browser). */
export type OfficeReportSeen = { day: string; head: string[]; today: string[]; foot: string[]; total: string; own: string; csv: string };

/**
 * Runs in the report page: once the office table is drawn, its header, today's row and foot,
 * the summary, this workstation's own total, and the CSV its button makes (caught as the Blob
 * handed to `URL.createObjectURL`, so no download dialog is involved).
 */
export async function readOfficeReportInPage(): Promise<OfficeReportSeen> {
  for (let i = 0; i < 300 && !document.querySelector('[data-testid=office-report-table]'); i++) await new Promise((r) => setTimeout(r, 100));
  const cells = (selector: string) => [...(document.querySelector(selector)?.children ?? [])].map((c) => c.textContent?.trim() ?? '');
  const today = document.querySelector<HTMLInputElement>('[data-testid=report-to]')?.value ?? '';
  const made: Blob[] = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => (blob instanceof Blob && made.push(blob), original(blob));
  document.querySelector<HTMLButtonElement>('[data-testid=office-report-csv]')?.click();
  for (let i = 0; i < 50 && made.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  return {
    day: today,
    head: cells('[data-testid=office-report-table] thead tr'),
    today: cells(`[data-testid=office-report-table] tr[data-period="${today}"]`),
    foot: cells('[data-testid=office-report-table] tfoot tr'),
    total: document.querySelector('[data-testid=office-report-total]')?.textContent ?? '',
    own: document.querySelector('[data-testid=report-total]')?.textContent ?? '',
    csv: made[0] ? await made[0].text() : '',
  };
}

/**
 * What the report must show for the server's own counts (`serverCounts`) today: the office
 * column, then one column per counter in name order; the CSV with the same figures.
 */
export function expectReportMatches(seen: OfficeReportSeen, counts: Record<string, number>): void {
  const today = seen.day;
  const names = Object.keys(counts).sort();
  const figures = [String(names.reduce((sum, name) => sum + counts[name]!, 0)), ...names.map((name) => String(counts[name]))];
  expect(seen.head).toEqual(['Periodo', 'Ufficio', ...names]);
  expect(seen.today.slice(1)).toEqual(figures);
  expect(seen.foot.slice(1)).toEqual(figures);
  expect(seen.total).toBe(`Ufficio: ${figures[0]} richieste nel periodo, da ${names.length} postazioni.`);
  const lines = seen.csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe(['periodo;dal;al;ufficio', ...names].join(';'));
  expect(lines.at(-1)).toMatch(new RegExp(`^totale;.*;${figures.join(';')}$`));
  expect(seen.csv).toContain(`${today};${today};${today};${figures.join(';')}`);
  for (const value of ['RSSMRA80A41H501Y', 'CA12345AB', 'MARIO.ROSSI']) expect(seen.csv.toUpperCase()).not.toContain(value);
}
