import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium-options';
import type { E2EBrowser, E2EFrame, E2EPage, LaunchOptions } from './types';

/** Debian's Chromium with the production build loaded, the demo hosts mapped to our server. */
export async function launchChromium(options: LaunchOptions): Promise<E2EBrowser> {
  const profile = options.profileDir ?? (await mkdtemp(join(tmpdir(), 'sportello-chromium-')));
  await options.prepareProfile?.(profile);
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(options.httpsPort, options.extensionDir, options.headless ?? true, options.uiLanguage));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  return {
    name: 'chromium',
    async newPage(url, pageOptions) {
      const page = await context.newPage();
      if (pageOptions?.initScript) await page.addInitScript(pageOptions.initScript);
      await page.goto(url);
      return wrap(page);
    },
    waitForExtensionPage: async (path) => waitForPage(context, `chrome-extension://${extensionId}/${path}`),
    waitForPage: async (url) => waitForPage(context, url),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return wrap(page);
    },
    async openPopupFor(target) {
      const tabId = await tabIdOf(context, target.url());
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return wrap(page);
    },
    onClose(listener) {
      context.on('close', listener);
    },
    async close() {
      await context.close();
      if (!options.profileDir) await rm(profile, { recursive: true, force: true });
    },
  };
}

async function waitForPage(context: BrowserContext, prefix: string): Promise<E2EPage> {
  const found = context.pages().find((p) => p.url().startsWith(prefix));
  const page = found ?? (await context.waitForEvent('page', { predicate: (p) => p.url().startsWith(prefix), timeout: 10_000 }));
  await page.waitForLoadState();
  return wrap(page);
}

async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = await worker.evaluate(async (wanted: string) => {
    const api = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`No tab shows ${url}`);
  return id;
}

/** The shared page interface over a Playwright page (tests that drive Playwright directly use it for axe). */
export function wrap(page: Page): E2EPage {
  return {
    url: () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    type: async (selector, text) => page.locator(selector).pressSequentially(text),
    click: async (selector) => page.locator(selector).click(),
    // Playwright's CSS pierces open shadow roots; a page's decoy root holds no such test id.
    clickInPanel: async (testId) => page.locator(`[data-testid="${testId}"]`).click(),
    press: async (key) => page.keyboard.press(key),
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    screenshot: async (path, selector) => void (await (selector ? page.locator(selector) : page).screenshot({ path })),
    uploadToPanel: async (testId, paths) => page.locator(`#sportello-cie-root [data-testid="${testId}"]`).setInputFiles(paths),
    bringToFront: () => page.bringToFront(),
    frame: async (urlPart) => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const frame = page.frames().find((f) => f.url().includes(urlPart));
        if (frame) {
          await frame.waitForLoadState('domcontentloaded');
          return wrapFrame(frame);
        }
        if (Date.now() > deadline) throw new Error(`No frame ${urlPart}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    close: () => page.close(),
  };
}

function wrapFrame(frame: Frame): E2EFrame {
  return {
    url: () => frame.url(),
    evaluate: (fn, arg) => frame.evaluate(fn as never, arg) as never,
    type: async (selector, text) => frame.locator(selector).pressSequentially(text),
    click: async (selector) => frame.locator(selector).click(),
    clickInPanel: async (testId) => frame.locator(`[data-testid="${testId}"]`).click(),
    waitFor: async (fn, arg, timeout = 10_000) => void (await frame.waitForFunction(fn as never, arg, { timeout })),
  };
}
