import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { DATABASE, startOfficeServer, type OfficeTestServer } from '../office-server/server';
import { EXTENSION_ORIGINS, eventually, officeSettings, workstations } from './office-helpers';
import { panel, popup } from './page-objects';
import { pdfFromPrintPage, pdfText } from './pdf-text';

// A known citizen, typed through a whole flow; none of it may be kept anywhere afterwards.
const CITIZEN = {
  codiceFiscale: 'VRDGLI85M52F205Z',
  cardNumber: 'CA98765ZX',
  email: 'giulia.verdi@example.org',
  surname: 'Verdimoretti',
  name: 'Giuliana',
};

/** Everything the extension keeps: IndexedDB, storage.local/session/sync, and the CSV export. */
async function dumpExtensionData(extensionPage: E2EPage): Promise<string> {
  return extensionPage.evaluate(async () => {
    type Api = typeof import('webextension-polyfill');
    const api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);
    const out: Record<string, unknown> = {};
    out.local = await api.storage.local.get(null);
    out.session = await api.storage.session.get(null).catch((e: unknown) => `session: ${String(e)}`);
    out.sync = await api.storage.sync.get(null).catch((e: unknown) => `sync: ${String(e)}`);
    const idb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(info.name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      idb[info.name!] = {};
      for (const store of db.objectStoreNames) {
        idb[info.name!]![store] = await new Promise<unknown[]>((resolve) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
        });
      }
      db.close();
    }
    out.idb = idb;
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    // The export, through the same message the report page sends.
    out.csv = await api.runtime.sendMessage({ id: 1, type: 'exportCsv', data: { from: day(-30), to: day(1) }, timestamp: Date.now() });
    return JSON.stringify(out);
  });
}

/** Upper case, no spacing or punctuation: a value found "in any case or spacing". */
const fold = (text: string): string => text.toUpperCase().replace(/[^A-Z0-9]/g, '');

describe.each(BROWSERS)('privacy after a full flow in %s', (name) => {
  let browser: E2EBrowser;
  // The office server too: what this workstation sends there is dumped and searched as well.
  let server: OfficeTestServer;
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('sportello-1'), dailyLimit: 20, corsOrigins: EXTENSION_ORIGINS });
    browser = await launch(name, { firefoxPrefs: { 'network.proxy.no_proxies_on': '127.0.0.1' } });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps no codice fiscale, card number, e-mail or name in storage, IndexedDB or exports', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(page);
    const settingsPage = await browser.openPopupFor(page);
    await settingsPage.evaluate(async (values) => {
      type Api = typeof import('webextension-polyfill');
      const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
      await api.storage.local.set({ settings: values });
    }, officeSettings(server, 'sportello-1'));
    await page.bringToFront();
    await page.type('#txtCognome', CITIZEN.surname);
    await page.type('#txtNome', CITIZEN.name);
    await page.type('#txtCodiceFiscale', CITIZEN.codiceFiscale.toLowerCase());
    await page.type('#txtNumeroCarta', CITIZEN.cardNumber);
    await page.type('#txtEmail', CITIZEN.email);

    // A document printed with the citizen's data (it must not stay anywhere either).
    await panel.click(page, 'print-dichiarazione-smarrimento');
    const printPage = await browser.waitForExtensionPage('print.html');
    expect(pdfText(await pdfFromPrintPage(printPage))).toContain(CITIZEN.codiceFiscale);
    await printPage.close();

    // The portal's submit and the checklist's "done" both count the request.
    await page.click('#btnInvia');
    await page.waitFor(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    await panel.click(page, 'complete-override');
    await page.evaluate(() => {
      const area = document.getElementById('sportello-cie-root')!.shadowRoot!.querySelector<HTMLTextAreaElement>('[data-testid=complete-override-reason]')!;
      area.value = `Motivo con dati: ${'VRDGLI85M52F205Z'}`;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await panel.click(page, 'complete-request');
    await page.waitFor(() => /registrata/i.test(document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=checklist-status]')?.textContent ?? ''));

    const status = await browser.openPopupFor(page);
    expect(await popup.quotaToday(status)).toMatch(/^[1-9]\d* \/ \d+$/);
    const dump = await dumpExtensionData(status);
    expect(dump).toContain('"idb"'); // the dump did read the databases
    expect(dump).toMatch(/"halves":"(first|second|both)"/); // ...and found the counted request
    expect(dump).toMatch(/csv/i);
    // The office server received the request (and nothing else about it).
    await eventually(async () => (await server.docs()).some((doc) => doc.type === 'request'));
    const changes = await server.request('GET', `${DATABASE}/_changes?include_docs=true&style=all_docs`);
    const serverDump = JSON.stringify({ docs: await server.docs(), changes: changes.body });
    expect(serverDump).toMatch(/"halves":"(first|second|both)"/);
    const folded = fold(dump) + fold(serverDump);
    for (const [field, value] of Object.entries(CITIZEN)) {
      expect(folded.includes(fold(value)), `${field} found in extension data`).toBe(false);
    }
  });
});
