import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../e2e/browsers/chromium-options';
import { splitTrace, startTrace, type TraceSplit } from './trace-split';

const SETTLE_MS = 1000;

/** What one page load gave, all in ms on the page's own clock (performance.now()). */
export interface LoadSample {
  /** Navigation start to DOMContentLoaded. */
  domContentLoaded: number;
  /** DOMContentLoaded to the first `[data-sportello-field="codiceFiscale"]`, null if never. */
  readyAfterDcl: number | null;
  /** Main-thread task time of the load plus the settle (CDP Performance TaskDuration). */
  taskMs: number;
  scriptMs: number;
  /** Parts of taskMs (CDP metrics of the same name), to say where added time goes. */
  compileMs: number;
  styleMs: number;
  layoutMs: number;
  /** Durations (ms) of the page's long tasks (over 50 ms, the Long Tasks API) in the load and settle. */
  longTasks: number[];
  /**
   * How far the page's content moved in the load and settle (the Layout Instability API's
   * score, summed): the page drawn at full width, then narrowed for the panel, moves.
   */
  layoutShift: number;
}

/** A load's shift over this moved the portal: the demo page alone shifts by 0.004 in some loads, the panel's room by 0.2. */
export const MOVED_SCORE = 0.05;

/** How many of the loads moved the page (a layout shift over MOVED_SCORE), and the largest score of one load. */
export interface LayoutShifts {
  moved: number;
  largest: number;
}

export function layoutShifts(samples: readonly LoadSample[]): LayoutShifts {
  return { moved: samples.filter((s) => s.layoutShift > MOVED_SCORE).length, largest: Math.max(0, ...samples.map((s) => s.layoutShift)) };
}

export interface BenchBrowser {
  /** A fresh tab per load, so each one pays the whole cost (process, injection, mount). */
  load: (url: string) => Promise<LoadSample>;
  /**
   * The next page in one tab kept open, as an operator moves through the portal: the page's
   * process, and the extension's setup in it, are already there.
   */
  loadInSameTab: (url: string) => Promise<LoadSample>;
  /** Loads `url` in a fresh tab, waits until `ready` is true in the page, returns `read`'s value. */
  read: <T>(url: string, ready: () => boolean, read: () => T) => Promise<T>;
  /** A fresh-tab load under a Chrome trace: the main thread's split, microtask script included. */
  trace: (url: string) => Promise<TraceSplit>;
  /** The extension's storage.local value of `key` (read in its worker). */
  stored: (key: string) => Promise<unknown>;
  close: () => Promise<void>;
}

export interface BenchOptions {
  /** storage.local keys the extension's worker removes before every load (what it kept before). */
  forgetBeforeLoad?: string[];
}

// Main world: note when the content script marks the field. A MutationObserver rather than a
// requestAnimationFrame poll: it fires at the microtask checkpoint right after the task that set
// the attribute, so it is exact to the task instead of to the next frame.
const WATCH_READY = `(() => {
  const mark = () => { if (window.__benchReady === undefined) window.__benchReady = performance.now(); };
  new MutationObserver(() => {
    if (document.querySelector('[data-sportello-field="codiceFiscale"]')) mark();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-sportello-field'] });
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchLongTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
  window.__benchShift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__benchShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * Debian's Chromium with the flags of test/e2e/browsers/chromium.ts, with or without the
 * production build. Both sides are persistent contexts so only the extension differs.
 */
export async function launchBenchBrowser(httpsPort: number, extensionDir: string | null, options: BenchOptions = {}): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'sportello-bench-'));
  const context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(httpsPort, extensionDir));
  if (extensionDir) await waitForWorker(context);
  await context.addInitScript(WATCH_READY);
  let kept: { page: Page; cdp: CDPSession } | null = null;
  const inWorker = async <T>(fn: (arg: string[]) => Promise<T>, arg: string[]): Promise<T> => {
    await waitForWorker(context);
    return context.serviceWorkers().at(-1)!.evaluate(fn, arg);
  };
  const forget = async (): Promise<void> => {
    if (options.forgetBeforeLoad) await inWorker((keys) => chrome.storage.local.remove(keys), options.forgetBeforeLoad);
  };
  return {
    load: async (url) => {
      await forget();
      const page = await context.newPage();
      try {
        return await measureLoad(page, await performanceSession(context, page), url);
      } finally {
        await page.close();
      }
    },
    loadInSameTab: async (url) => {
      await forget();
      if (!kept) {
        const page = await context.newPage();
        kept = { page, cdp: await performanceSession(context, page) };
      }
      return measureLoad(kept.page, kept.cdp, url);
    },
    read: async (url, ready, read) => {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(ready, undefined, { timeout: 10_000 });
        return await page.evaluate(read);
      } finally {
        await page.close();
      }
    },
    trace: async (url) => {
      const page = await context.newPage();
      try {
        const stop = await startTrace(await context.newCDPSession(page));
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(SETTLE_MS);
        return splitTrace(await stop());
      } finally {
        await page.close();
      }
    },
    stored: async (key) => inWorker(async ([k]) => (await chrome.storage.local.get(k))[k!], [key]),
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function waitForWorker(context: BrowserContext): Promise<void> {
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
}

async function performanceSession(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/**
 * Loads `url` in `page`. The metrics start again with each new document, so this load's are its
 * own. Nothing of Playwright's runs in the page before they are read: its waitForFunction would
 * set up a world of its own there, and that time would count on one side only. The fields are
 * checked long before the settle ends (ready is read afterwards).
 */
async function measureLoad(page: Page, cdp: CDPSession, url: string): Promise<LoadSample> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  const times = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const watched = window as unknown as { __benchReady?: number; __benchLongTasks?: number[]; __benchShift?: number };
    return { dcl: nav.domContentLoadedEventStart, ready: watched.__benchReady ?? null, longTasks: watched.__benchLongTasks ?? [], shift: watched.__benchShift ?? 0 };
  });
  return {
    domContentLoaded: times.dcl,
    readyAfterDcl: times.ready === null ? null : times.ready - times.dcl,
    taskMs: metric('TaskDuration'),
    scriptMs: metric('ScriptDuration'),
    compileMs: metric('V8CompileDuration'),
    styleMs: metric('RecalcStyleDuration'),
    layoutMs: metric('LayoutDuration'),
    longTasks: times.longTasks,
    layoutShift: times.shift,
  };
}
