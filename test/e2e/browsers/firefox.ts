import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { FIREFOX_ADDON_ID } from '../../../utils/extension-ids';
import type { E2EBrowser, E2EFrame, E2EPage, LaunchOptions } from './types';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned so extension URLs are known in advance. */
export const FIREFOX_UUID = '6f1c1c8e-5b7a-4c1e-9a57-5c0e5b1d2c3a';

/**
 * Firefox ESR over WebDriver BiDi with the production build as a temporary add-on. The demo
 * hosts reach our server through a local CONNECT proxy, so URLs stay the real ones.
 */
export async function launchFirefox(options: LaunchOptions): Promise<E2EBrowser> {
  const home = await mkdtemp(join(tmpdir(), 'sportello-firefox-'));
  await options.prepareProfile?.(home);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    // Same window as Chromium's, so layout (the panel beside the form) is tested alike.
    defaultViewport: { width: 1280, height: 900 },
    env: { ...process.env, HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.locale.requested': options.uiLanguage === 'en' ? 'en-US' : 'it-IT',
      'intl.accept_languages': 'it-IT, it',
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      ...options.firefoxPrefs,
    },
  });
  await browser.installExtension(options.extensionDir);

  return {
    name: 'firefox',
    async newPage(url, pageOptions) {
      const page = await browser.newPage();
      if (pageOptions?.initScript) await page.evaluateOnNewDocument(pageOptions.initScript);
      await page.goto(url);
      return wrap(page);
    },
    async openPopupFor(target) {
      return openPopup(browser, target);
    },
    waitForExtensionPage: async (path) => waitForPage(browser, `moz-extension://${FIREFOX_UUID}/${path}`),
    waitForPage: async (url) => waitForPage(browser, url),
    async openExtensionPage(path) {
      // Automation cannot navigate to moz-extension:// and does not see tabs a link opens
      // with noopener, but it sees a tab the extension creates.
      const opener = await findExtensionPage(browser, '');
      if (!opener) throw new Error(`No extension page open to open ${path} from: open the popup first.`);
      await opener.evaluate(async (wanted: string) => {
        const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
        await api.tabs.create({ url: `/${wanted}` });
      }, path);
      return waitForPage(browser, `moz-extension://${FIREFOX_UUID}/${path}`);
    },
    onClose(listener) {
      browser.on('disconnected', listener);
    },
    async close() {
      await browser.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/**
 * Automation may not navigate to moz-extension:// pages, so the extension opens its own
 * status page: from the panel when the page is recognised, otherwise from an extension page
 * already open (we reuse one opened on a recognised page), retargeted to the wanted tab.
 * BiDi reports such tabs as about:blank, so we ask each page where it really is.
 */
async function openPopup(browser: Browser, target: E2EPage): Promise<E2EPage> {
  const hasPanel = await target.evaluate(
    () => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=open-status]') != null,
  );
  let page = await findExtensionPage(browser, 'popup.html');
  if (!page && hasPanel) {
    await target.clickInPanel('open-status');
    const deadline = Date.now() + 10_000;
    while (!page && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      page = await findExtensionPage(browser, 'popup.html');
    }
  } else {
    page ??= await findExtensionPage(browser, '');
    if (!page) throw new Error('No extension page to open the popup from: open one from a recognised page first.');
    await page.evaluate(async (wanted: string) => {
      const api = (globalThis as unknown as { browser: typeof import('webextension-polyfill') }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === wanted);
      if (tab?.id === undefined) throw new Error(`No tab shows ${wanted}`);
      location.href = `/popup.html?tabId=${tab.id}`;
    }, target.url());
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (!page) throw new Error('The status page did not open');
  await page.waitForFunction(() => document.querySelector('[data-testid=page-status]:not([aria-busy])') !== null);
  return wrap(page);
}

/** Waits for a tab whose real address starts with `prefix` (extension tabs included). */
async function waitForPage(browser: Browser, prefix: string): Promise<E2EPage> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const page = await findPage(browser, prefix);
    if (page) {
      await page.waitForFunction(() => document.readyState === 'complete');
      return wrap(page);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No page ${prefix} opened`);
}

/** BiDi reports extension tabs as about:blank, so each page is asked where it really is. */
async function findExtensionPage(browser: Browser, path: string): Promise<Page | undefined> {
  return findPage(browser, `moz-extension://${FIREFOX_UUID}/${path}`);
}

async function findPage(browser: Browser, prefix: string): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(prefix)) return page;
  }
  return undefined;
}

function wrap(page: Page): E2EPage {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- puppeteer types optional args differently
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => page.evaluate(fn as never, arg) as Promise<T>,
    type: async (selector, text) => inFront(page, () => page.type(selector, text)),
    click: async (selector) => inFront(page, () => page.click(selector)),
    clickInPanel: async (testId) => inFront(page, () => page.click(panelSelector(testId))),
    press: async (key) => inFront(page, () => page.keyboard.press(key as never)),
    // Polled on a timer: the default, each animation frame, never runs in a tab in the background.
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg)),
    screenshot: async (path, selector) => {
      const target = selector ? await page.$(selector) : page;
      if (!target) throw new Error(`nothing matches ${selector}`);
      await target.screenshot({ path });
    },
    uploadToPanel: async (testId, paths) => {
      const input = await page.$(`#sportello-cie-root >>> [data-testid="${testId}"]`);
      if (!input) throw new Error(`No ${testId} in the panel`);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    bringToFront: () => page.bringToFront(),
    frame: async (urlPart) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().includes(urlPart));
        if (frame) {
          await frame.waitForFunction(() => document.readyState !== 'loading');
          return wrapFrame(frame);
        }
        if (Date.now() > deadline) throw new Error(`No frame ${urlPart}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => page.close(),
  };
}

/**
 * Input for a tab, given with the tab in front. Firefox delivers no pointer input to a tab in
 * the background (the status page or a print tab may be in front), and may drop keys typed
 * there (seen once in CI: a form sent with its fields half empty). A person would bring it forward too.
 */
async function inFront(page: Page, act: () => Promise<void>): Promise<void> {
  await page.bringToFront();
  await act();
}

/** Puppeteer's deep combinator: into the open shadow root of our host (past a page's decoy). */
function panelSelector(testId: string): string {
  return `#sportello-cie-root >>> [data-testid="${testId}"]`;
}

function wrapFrame(frame: Frame): E2EFrame {
  return {
    url: () => frame.url(),
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- as for pages above
    evaluate: <T, A>(fn: (arg: A) => T | Promise<T>, arg?: A) => frame.evaluate(fn as never, arg) as Promise<T>,
    type: async (selector, text) => inFront(frame.page(), () => frame.type(selector, text)),
    click: async (selector) => inFront(frame.page(), () => frame.click(selector)),
    clickInPanel: async (testId) => inFront(frame.page(), () => frame.click(panelSelector(testId))),
    waitFor: async (fn, arg, timeout = 10_000) => void (await frame.waitForFunction(fn as never, { timeout, polling: 100 }, arg)),
  };
}
