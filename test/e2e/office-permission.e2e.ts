import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE, startOfficeServer, type OfficeTestServer } from '../office-server/server';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { launch, PORTAL } from './launch';
import { CHROMIUM_EXTENSION_ID } from '../../utils/extension-ids';
import { Counter, eventually, officeSettings, PASSWORD, serverCounts, workstations } from './office-helpers';
import { panel } from './page-objects';

// The office server's host is asked for at run time, from the options page's "Salva" (no host
// at install). Firefox can be told to grant optional permissions without its prompt; Chromium
// cannot be, so there the user grants the host in the browser's site access (the other office
// tests let the extension's origin in by CORS instead). Here the server allows no origin at
// all: only the granted host permission lets the extension in.

const hasOfficePermission = (page: E2EPage): Promise<boolean> =>
  page.evaluate(async () => {
    const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
    return api.permissions.contains({ origins: ['http://127.0.0.1/*'] });
  });

describe('the office server permission, asked from the options page (firefox)', () => {
  let server: OfficeTestServer;
  let browser: E2EBrowser;
  let reprint: E2EPage;
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('ff-perm'), dailyLimit: 20 });
    browser = await launch('firefox', {
      firefoxPrefs: { 'network.proxy.no_proxies_on': '127.0.0.1', 'extensions.webextOptionalPermissionPrompts': false },
    });
    reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is not held at install; saving the server asks for it, and then counts reach the server', async () => {
    const popup = await browser.openPopupFor(reprint);
    expect(await hasOfficePermission(popup)).toBe(false);
    const options = await browser.openExtensionPage('options.html');
    await options.waitFor(() => document.querySelector('[data-testid=office-settings] form') !== null);
    await options.type('[data-testid=office-url]', server.url);
    // The database field comes filled with the usual name, the one the setup script makes.
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid=office-database]')?.value)).toBe(DATABASE);
    await options.type('[data-testid=office-username]', 'ff-perm');
    await options.type('[data-testid=office-password]', PASSWORD('ff-perm'));
    await options.click('[data-testid=office-save]');
    await options.waitFor(() => /salvate/.test(document.querySelector('[data-testid=office-settings-status]')?.textContent ?? ''));
    expect(await hasOfficePermission(options)).toBe(true);

    await reprint.bringToFront();
    await reprint.type('#txtCodiceFiscale', 'RSSMRA80A41H501Y');
    await reprint.type('#txtNumeroCarta', 'CA12345AB');
    await reprint.type('#txtEmail', 'mario.rossi@example.it');
    await reprint.click('#btnInvia');
    await eventually(async () => (await serverCounts(server))['ff-perm'] === 1, 30_000);
    await popup.evaluate(() => location.reload());
    await popup.waitFor(() => document.querySelector('[data-testid=office-sync-status]')?.getAttribute('data-state') === 'synced', undefined, 30_000);
    expect(await popup.evaluate(() => document.querySelector('[data-testid=office-today]')?.textContent?.trim())).toBe('1 / 20');
  }, 180_000);
});

// Chromium: a test cannot answer the browser's permission prompt (it stays pending), so the user
// grants the server's host where Chromium also lets them: the extension's site access on
// chrome://extensions ("on specific sites"), the same grant the prompt's "Allow" makes. Saving
// then finds it granted and asks nothing more; the server lets no extension origin in by CORS.
describe('the office server permission, granted in the browser (chromium)', () => {
  let server: OfficeTestServer;
  let counter: Counter;
  beforeAll(async () => {
    server = await startOfficeServer({ workstations: workstations('cr-perm'), dailyLimit: 20 });
    counter = await Counter.launch('cr-perm');
  }, 90_000);
  afterAll(async () => {
    await counter?.close();
    await server?.stop();
  });

  it('is not held at install; once granted, saving the server keeps it and counts reach the server', async () => {
    const options = await counter.context.newPage();
    await options.goto(`chrome-extension://${CHROMIUM_EXTENSION_ID}/options.html`);
    const holds = () => options.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }));
    expect(await holds()).toBe(false);
    // Before a grant the worker cannot reach the server: a count stays here, waiting.
    await counter.configure(officeSettings(server, 'cr-perm'));
    await counter.complete();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await serverCounts(server)).toEqual({});

    const extensions = await counter.context.newPage();
    await extensions.goto('chrome://extensions');
    // chrome://extensions' own API (the page's site-access editor), not the extension's.
    type SiteAccess = { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } };
    await extensions.evaluate((id) => (chrome as unknown as SiteAccess).developerPrivate.addHostPermission(id, 'http://127.0.0.1/*'), CHROMIUM_EXTENSION_ID);
    await extensions.close();

    await options.reload();
    await options.locator('[data-testid=office-url]').fill(server.url);
    await options.locator('[data-testid=office-username]').fill('cr-perm');
    await options.locator('[data-testid=office-password]').fill(PASSWORD('cr-perm'));
    await options.locator('[data-testid=office-save]').click();
    await options.waitForFunction(() => /salvate/.test(document.querySelector('[data-testid=office-settings-status]')?.textContent ?? ''));
    expect(await holds()).toBe(true);

    await counter.complete();
    const popup = await counter.popup(); // the popup pushes what waits: both counts
    expect(popup.state).toBe('synced');
    expect(popup.today).toBe('2 / 20');
    expect(await serverCounts(server)).toEqual({ 'cr-perm': 2 });
    await popup.page.close();
  }, 120_000);
});
