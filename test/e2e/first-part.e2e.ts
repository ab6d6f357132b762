import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { BROWSERS, launch, PORTAL } from './launch';
import { Counter, eventually, untilKept } from './office-helpers';
import { panel } from './page-objects';

// The content script's first part draws the panel's first paint kept from an earlier page
// (no Preact, no features); the live panel is injected when the operator reaches for it. Seen
// from the page's own world: how many times our host was put in the page (the copy, then the
// live panel that takes its place).

const COUNT_HOSTS = `(() => {
  window.__sportelloHosts = 0;
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.localName === 'sportello-cie') window.__sportelloHosts++;
  }).observe(document, { subtree: true, childList: true });
})();`;

/** Our host on show is the first part's copy (the live panel's has no such mark). */
const showsCopy = (page: E2EPage): Promise<boolean> => page.evaluate(() => document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') === true);
const hostsAdded = (page: E2EPage): Promise<number> => page.evaluate(() => (window as unknown as { __sportelloHosts: number }).__sportelloHosts);
const expanded = (page: E2EPage): Promise<string | null> =>
  page.evaluate(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid="panel-toggle"]')?.getAttribute('aria-expanded') ?? null);
/** Waits until the panel's toggle says it is open ('true') or collapsed ('false'). */
const untilExpanded = (page: E2EPage, value: 'true' | 'false'): Promise<void> =>
  page.waitFor(
    (wanted: string) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid="panel-toggle"]')?.getAttribute('aria-expanded') === wanted,
    value,
  );
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs before the page's scripts: notes the room beside the page (the root's right margin) when
 * DOMContentLoaded has run and at the page's first animation frame after it (before that
 * frame's layout and paint), and every change of it after.
 */
const WATCH_ROOM = `(() => {
  const seen = [];
  window.__sportelloRoom = seen;
  const margin = () => document.documentElement.style.getPropertyValue('margin-right');
  window.addEventListener('DOMContentLoaded', () => {
    seen.push('loaded:' + margin());
    requestAnimationFrame(() => {
      seen.push('frame:' + margin());
      new MutationObserver(() => seen.push('changed:' + margin())).observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    });
  });
})();`;

/**
 * Runs before the page's scripts: notes the room beside the page once it is parsed, before our
 * reading (DOMContentLoaded, heard on the window in its capture phase: before any listener on
 * the document).
 */
const WATCH_PARSED = `(() => {
  window.addEventListener('DOMContentLoaded', () => {
    window.__sportelloRoomParsed = document.documentElement.style.getPropertyValue('margin-right');
  }, { capture: true });
})();`;
const roomWhenParsed = (page: E2EPage): Promise<string> => page.evaluate(() => (window as unknown as { __sportelloRoomParsed: string }).__sportelloRoomParsed);

/** The page shows the kept copy, in Italian, and the live panel was not loaded (one host put in the page). */
async function expectTheCopyAlone(page: E2EPage): Promise<void> {
  await panel.waitUntilMounted(page);
  await pause(1500);
  expect(await hostsAdded(page)).toBe(1);
  expect(await showsCopy(page)).toBe(true);
  expect(await panel.text(page, 'panel-status')).toContain('Pagina di ristampa PIN/PUK riconosciuta');
}

/** The extension's `storage.local` key `key` holds something, read from the status page. */
const stored = (status: E2EPage, key: string): Promise<boolean> =>
  status.evaluate(async (wanted: string) => {
    type Api = typeof import('webextension-polyfill');
    const api = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    const value: unknown = (await api.storage.local.get(wanted))[wanted];
    return Array.isArray(value) ? value.length > 0 : value !== undefined;
  }, key);

/**
 * A first page draws the live panel at once (nothing kept yet) and keeps its first paint, once
 * the start answer came before it was drawn (the first answer of a new profile waits for the
 * managed policy): pages are opened until one kept it, and the policy's copy is kept.
 */
async function keepAFirstPaint(browser: E2EBrowser): Promise<void> {
  const first = await browser.newPage(`${PORTAL}/ristampa.html`);
  await panel.waitUntilMounted(first);
  const status = await browser.openPopupFor(first);
  await eventually(async () => {
    if ((await stored(status, 'panelSnapshots')) && (await stored(status, 'policyCopy'))) return true;
    await first.goto(`${PORTAL}/ristampa.html`);
    await pause(1500);
    return (await stored(status, 'panelSnapshots')) && (await stored(status, 'policyCopy'));
  }, 45_000);
  await status.close();
  await first.close();
}

describe.each(BROWSERS)('the first part and the live panel in %s', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launch(name);
    await keepAFirstPaint(browser);
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the kept first paint on the next page, in Italian, without loading the live panel', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
    await expectTheCopyAlone(page);
    expect(await page.evaluate(() => document.querySelector('#txtCodiceFiscale')?.getAttribute('data-sportello-field'))).toBe('codiceFiscale');
    await page.close();
  });

  it('lays the portal out with the panel\'s room from its first frame, and keeps it as the live panel takes over', async () => {
    // As from the ministry's network: the page's body comes 500 ms after its head. (From a local
    // server the whole page is parsed before Firefox answers the first part's storage read.)
    const page = await browser.newPage(`${PORTAL}/ristampa.html?rete=500`, { initScript: `${COUNT_HOSTS}\n${WATCH_ROOM}` });
    let room: string[];
    try {
      await expectTheCopyAlone(page);
      // The operator collapses the panel: pressed on the copy, made on the live panel.
      await page.clickInPanel('panel-toggle');
      await page.waitFor(() => (window as unknown as { __sportelloHosts: number }).__sportelloHosts === 2);
      await untilExpanded(page, 'false');
      await pause(500);
      room = await page.evaluate(() => (window as unknown as { __sportelloRoom: string[] }).__sportelloRoom);
    } finally {
      // Open again: the place is remembered, and the next tests start from the panel open.
      if ((await expanded(page)) === 'false') {
        await page.clickInPanel('panel-toggle');
        await untilExpanded(page, 'true');
      }
      await page.close();
    }
    // Made before the page's first frame (as storage answered, the page being listed, or in the
    // task that read it); the same through the live panel's takeover (no frame without it);
    // given back only when the operator collapsed the panel.
    expect(room.slice(0, 2)).toEqual(['loaded:372px', 'frame:372px']);
    expect(room.slice(2, -1).every((seen) => seen === 'changed:372px')).toBe(true);
    expect(room.at(-1)).toBe('changed:');
  });

  it("ignores a page script's press on the copy, and makes the operator's own press on the live panel", async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
    await panel.waitUntilMounted(page);
    expect(await expanded(page)).toBe('true');
    await page.evaluate(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector<HTMLElement>('[data-testid="panel-toggle"]')?.click());
    await pause(800);
    expect(await expanded(page)).toBe('true');
    expect(await hostsAdded(page)).toBe(1);
    expect(await showsCopy(page)).toBe(true);
    // The operator's click reaches the copy first; the live panel comes and makes it.
    await page.clickInPanel('panel-toggle');
    await untilExpanded(page, 'false');
    expect(await hostsAdded(page)).toBe(2);
    expect(await showsCopy(page)).toBe(false);
    // Once, not twice: the panel stays collapsed.
    await pause(500);
    expect(await expanded(page)).toBe('false');
    await page.clickInPanel('panel-toggle');
    await untilExpanded(page, 'true');
    await page.close();
  });

  it('makes the room before the page is read where the function was shown last time (a next step in the same tab)', async () => {
    // Its body comes 300 ms after its head, as over a network: storage has answered by the time it is parsed.
    const url = `${PORTAL}/ristampa-etichette.html?rete=300`;
    const page = await browser.newPage(url, { initScript: WATCH_PARSED });
    try {
      await panel.waitUntilMounted(page);
      // Never shown at this address before: the room comes with the reading, once the page is parsed.
      expect(await roomWhenParsed(page)).toBe('');
      // Listed once the background has the first load's report: the next load, or the one after.
      const seen: string[] = [];
      for (let load = 0; load < 3 && !seen.includes('372px'); load++) {
        await page.goto(url);
        await panel.waitUntilMounted(page);
        seen.push(await roomWhenParsed(page));
      }
      expect(seen).toContain('372px');
    } finally {
      await page.close();
    }
  });

  it('draws the live panel, in the same room, when a page script takes the copy away', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
    await expectTheCopyAlone(page);
    try {
      await page.evaluate(() => document.getElementById('sportello-cie-root')?.remove());
      await panel.untilLive(page);
      expect(await hostsAdded(page)).toBe(2);
      expect(await panel.roomBeside(page)).toBe('372px');
    } finally {
      await page.close();
    }
  });

  it('checks a field typed on a page that showed the copy', async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
    await panel.waitUntilMounted(page);
    await page.type('#txtCodiceFiscale', 'RSSMRA80A01H501U');
    await page.waitFor(() => document.querySelector('#txtCodiceFiscale')?.getAttribute('data-sportello-state') === 'valid');
    expect(await hostsAdded(page)).toBe(2);
    await page.close();
  });

  it("makes a press on a label of the copy on the control it names (a checklist step's text)", async () => {
    const page = await browser.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
    await panel.waitUntilMounted(page);
    const label = 'label[for="sportello-step-identify-present"]';
    await page.click(name === 'firefox' ? `#sportello-cie-root >>> ${label}` : label);
    await page.waitFor(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid="step-identify-present"]')?.checked === true);
    expect(await hostsAdded(page)).toBe(2);
    await page.close();
  });
});

// Chromium's first `storage.managed` read after the browser starts takes seconds; the start
// answer does not wait for it once a copy of the policy is kept (background/settings-cache.ts).
describe('the first page after Chromium restarts', () => {
  it('draws the kept first paint, without loading the live panel: the start answer did not wait for the policy', async () => {
    const profileDir = await mkdtemp(join(tmpdir(), 'sportello-restart-'));
    try {
      const before = await launch('chromium', { profileDir });
      await keepAFirstPaint(before);
      await before.close();

      const after = await launch('chromium', { profileDir });
      try {
        const page = await after.newPage(`${PORTAL}/ristampa.html`, { initScript: COUNT_HOSTS });
        await expectTheCopyAlone(page);
      } finally {
        await after.close();
      }
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a request submitted before the live panel came (chromium)', () => {
  let counter: Counter;
  beforeAll(async () => {
    counter = await Counter.launch('sportello-veloce');
    await keepACopy(counter);
  }, 90_000);
  afterAll(async () => {
    await counter?.close();
  });

  it("is counted once the portal confirms it: the first part saw the operator's submit and hands it over", async () => {
    const release = await holdInjection(counter);
    const before = await counter.recorded();
    const page = await counter.context.newPage();
    await page.goto(`${PORTAL}/ristampa.html`);
    await sendOnTheCopy(page);
    await page.waitForFunction(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    // Confirmed while the copy is still on show: the path under test.
    expect(await page.evaluate(() => document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') === true)).toBe(true);
    await release();
    await eventually(async () => (await counter.recorded()) === before + 1, 15_000);
    // This request, sent by e-mail as the submit had it (the portal cleared the form since).
    expect((await counter.requests()).slice(before)).toEqual([{ channel: 'email', source: 'portal' }]);
    await page.close();
  }, 90_000);

  it('is counted when the portal confirms on its next page, the submitting page gone before the live panel came', async () => {
    const release = await holdInjection(counter);
    const before = await counter.recorded();
    const page = await counter.context.newPage();
    await page.goto(`${PORTAL}/ristampa.html?conferma=pagina`);
    await sendOnTheCopy(page);
    await page.waitForURL(/esito=inviata/);
    await page.waitForFunction(() => /inviata/.test(document.getElementById('esito')?.textContent ?? ''));
    // The held injections go now, the submitting page's too: it lands in the new page (the
    // tab's frame), where the second one finds the first part already taken and does nothing.
    await release();
    await eventually(async () => (await counter.recorded()) === before + 1, 15_000);
    expect((await counter.requests()).slice(before)).toEqual([{ channel: 'email', source: 'portal' }]);
    await page.close();
  }, 90_000);
});

/** Loads the reprint page until one draws a kept first paint (a page that drew the live panel keeps it once settled). */
async function keepACopy(counter: Counter): Promise<void> {
  let copy = false;
  for (let tries = 0; tries < 6 && !copy; tries++) {
    const kept = await counter.keptFirstPaints();
    const page = await counter.context.newPage();
    await page.goto(`${PORTAL}/ristampa.html`);
    await page.waitForFunction(() => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null);
    copy = await page.evaluate(() => document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') === true);
    if (!copy) await untilKept(() => counter.keptFirstPaints(), kept);
    await page.close();
  }
  expect(copy).toBe(true);
}

type GatedWorker = { releaseInjection?: () => void; chrome: { scripting: { executeScript: (...args: unknown[]) => Promise<unknown> } } };

/**
 * The live panel comes late, as on a busy workstation: the worker's injections wait until the
 * test lets them go (the returned function).
 */
async function holdInjection(counter: Counter): Promise<() => Promise<void>> {
  const worker = await counter.worker();
  await worker.evaluate(() => {
    const scope = globalThis as unknown as GatedWorker;
    const api = scope.chrome.scripting;
    const inject = api.executeScript.bind(api);
    const released = new Promise<void>((resolve) => (scope.releaseInjection = resolve));
    api.executeScript = (...args) => released.then(() => inject(...args));
  });
  return async () => {
    await worker.evaluate(() => (globalThis as unknown as GatedWorker).releaseInjection?.());
  };
}

/** Types a request into the page's form while the copy is on show, and sends it. */
async function sendOnTheCopy(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') === true);
  await page.locator('#txtCodiceFiscale').pressSequentially('RSSMRA80A41H501Y');
  await page.locator('#txtNumeroCarta').pressSequentially('CA12345AB');
  await page.locator('#txtEmail').fill('mario.rossi@example.it');
  // Still the copy: the live panel has not come, so only the first part sees the submit.
  expect(await page.evaluate(() => document.getElementById('sportello-cie-root')?.hasAttribute('data-sportello-copy') === true)).toBe(true);
  await page.locator('#btnInvia').click();
}
