import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { E2EBrowser, E2EPage } from './browsers/types';
import { describedText, ours, setField, sleep, traps } from './hostile-page';
import { BROWSERS, launch, PORTAL } from './launch';
import { panel, popup, portal } from './page-objects';

// A hostile page on the portal's own host (test/portal/ostile.html): it looks like the reprint
// page, so we mount there, and then it forges messages, spoofs our attributes, injects markup
// and reads what it can of our UI.
const HOSTILE = `${PORTAL}/ostile.html`;
const CF_HERE = 'RSSMRA80A01H501U';
const CF_OTHER_TAB = 'RSSMRA80A41H501Y';
const EMAIL_OTHER_TAB = 'altra.scheda@example.it';
const CF_INPUT = '#txtCodiceFiscale';

async function quotaCount(status: E2EPage): Promise<number> {
  return Number((await popup.quotaToday(status)).split(' / ')[0]);
}

/** How many tabs the browser has open, asked from one of our extension pages. */
async function openTabs(extensionPage: E2EPage): Promise<number> {
  return extensionPage.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof import('webextension-polyfill'); chrome: typeof import('webextension-polyfill') });
    return (await (api.browser ?? api.chrome).tabs.query({})).length;
  });
}

describe.each(BROWSERS)('a hostile page on the portal host in %s', (name) => {
  let browser: E2EBrowser;
  let start: number;
  let hostile: E2EPage;

  beforeAll(async () => {
    browser = await launch(name);
    // Firefox opens the status page from a recognised page's panel: take the day's count there.
    const reprint = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(reprint);
    start = await quotaCount(await browser.openPopupFor(reprint));
    hostile = await browser.newPage(HOSTILE);
    await ours.waitUntilMounted(hostile);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('mounts beside a decoy root, once, and keeps the decoy as the page made it', async () => {
    expect(await ours.mountedCount(hostile)).toBe(1);
    const decoy = await hostile.evaluate(() => {
      const first = document.querySelectorAll('[id="sportello-cie-root"]')[0]!;
      return { shadow: first.shadowRoot !== null, text: first.textContent };
    });
    expect(decoy).toEqual({ shadow: false, text: 'falso pannello' });
  });

  it('accepts no forged message: no count, no status change, and nothing runs', async () => {
    let sent = 0;
    for (let round = 0; round < 3; round++) sent += await hostile.evaluate(() => (window as unknown as { ostile: { forge(): number } }).ostile.forge());
    expect(sent).toBeGreaterThan(100);
    await sleep(1500);
    const status = await browser.openPopupFor(hostile);
    await status.waitFor(() => document.querySelector('[data-testid=page-status][data-recognised]') !== null);
    expect(await status.evaluate(() => document.querySelector('[data-testid=page-status]')?.getAttribute('data-recognised'))).toBe('true');
    expect(await quotaCount(status)).toBe(start);
    expect(await traps(hostile)).toEqual({ pwned: null, dialogs: 0 });
    // Still working after the attack: our check replaces the state the page made up.
    expect(await ours.mountedCount(hostile)).toBe(1);
    await setField(hostile, CF_INPUT, 'RSSMRA80A01H501X');
    await portal.waitForState(hostile, CF_INPUT, 'invalid');
    await setField(hostile, CF_INPUT, CF_HERE);
    await portal.waitForState(hostile, CF_INPUT, 'valid');
  });

  it('counts no request the page stages by script (untrusted submit, then a "sent" text)', async () => {
    const before = await quotaCount(await browser.openPopupFor(hostile));
    for (let i = 0; i < 3; i++) {
      await hostile.evaluate(() => (window as unknown as { ostile: { stageConfirmation(): void } }).ostile.stageConfirmation());
      await sleep(300);
    }
    await sleep(700);
    expect(await quotaCount(await browser.openPopupFor(hostile))).toBe(before);
  });

  it("replaces the page's spoofed state and message with its own", async () => {
    await setField(hostile, '#txtNumeroCarta', 'CA12345AB');
    await portal.waitForState(hostile, '#txtNumeroCarta', 'valid');
    await setField(hostile, CF_INPUT, 'RSSMRA80A01H501X');
    await portal.waitForState(hostile, CF_INPUT, 'invalid');
    expect(await hostile.evaluate((sel) => document.querySelector(sel)!.getAttribute('aria-invalid'), CF_INPUT)).toBe('true');
    const described = await describedText(hostile, CF_INPUT);
    expect(described.text).not.toContain('messaggio falso');
    expect(described.ours).toEqual([true]);
    // The e-mail field keeps the page's own description beside ours.
    await setField(hostile, '#txtEmail', 'mario.rossi@example.it');
    await portal.waitForState(hostile, '#txtEmail', 'valid');
    const email = await describedText(hostile, '#txtEmail');
    expect(email.text).toContain('Indirizzo non PEC.');
    expect(email.ours).toContain(true);
  });

  it("keeps its field messages under its own root, where the page's decoy cannot hide them", async () => {
    await setField(hostile, '#txtNumeroCarta', 'CA1234');
    await portal.waitForState(hostile, '#txtNumeroCarta', 'invalid');
    const underOurRoot = await hostile.evaluate(() =>
      [...document.querySelectorAll('[id^="sportello-message-"][data-sportello-owned]')].map(
        (message) => message.parentElement?.shadowRoot?.querySelector('[data-testid=panel]') != null,
      ),
    );
    expect(underOurRoot.length).toBeGreaterThan(0);
    expect(underOurRoot).toEqual(underOurRoot.map(() => true));
  });

  it('shows injected markup, bidi and zero-width characters and 100k strings only as text', async () => {
    const started = Date.now();
    await hostile.evaluate(() => (window as unknown as { ostile: { injectIntoFields(): void } }).ostile.injectIntoFields());
    await portal.waitForState(hostile, CF_INPUT, 'invalid');
    await portal.waitForState(hostile, '#txtNumeroCarta', 'invalid');
    await portal.waitForState(hostile, '#txtEmail', 'invalid');
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(5000);
    await sleep(300); // let an onerror (if any) fire
    expect(await traps(hostile)).toEqual({ pwned: null, dialogs: 0 });
    const { shadow, messages } = await ours.markup(hostile);
    expect(messages.length).toBeGreaterThanOrEqual(3);
    for (const html of [shadow, ...messages]) {
      expect(html).not.toMatch(/<(img|script|iframe)\b/i);
      expect(html).not.toMatch(/\son(error|load)=/i);
    }
    // Our messages stay short whatever the page put in the field.
    for (const html of messages) expect(html.length).toBeLessThan(5000);
    // And the content script is still there and checking: a valid code against the page's
    // markup as holder names is (rightly) a mismatch warning, told as text.
    await setField(hostile, CF_INPUT, CF_HERE);
    await portal.waitForState(hostile, CF_INPUT, 'warning');
    const warning = await describedText(hostile, CF_INPUT);
    expect(warning.ours).toEqual([true]);
    expect((await ours.markup(hostile)).messages.join('')).not.toMatch(/<(img|script|svg)\b/i);
    expect(await traps(hostile)).toEqual({ pwned: null, dialogs: 0 });
  });

  it("leaks nothing of ours: no other tab's data, no citizen data in attributes, no storage", async () => {
    const other = await browser.newPage(`${PORTAL}/ristampa.html`);
    await panel.waitUntilMounted(other);
    await panel.reachLive(other, CF_INPUT);
    await other.type(CF_INPUT, CF_OTHER_TAB);
    await other.type('#txtEmail', EMAIL_OTHER_TAB);
    await portal.waitForState(other, CF_INPUT, 'valid');

    await setField(hostile, '#txtCognome', '');
    await setField(hostile, '#txtNome', '');
    await setField(hostile, CF_INPUT, CF_HERE);
    await setField(hostile, '#txtEmail', 'mario.rossi@example.it');
    await portal.waitForState(hostile, CF_INPUT, 'valid');
    const seen = await hostile.evaluate(() => {
      type Read = { shadow: string | null; text: string | null; light: string };
      const o = (window as unknown as { ostile: { readOurUi(): Read[]; attributes(): string[]; reach(): Record<string, unknown> } }).ostile;
      const ui = o.readOurUi().map((r) => `${r.shadow ?? ''}\n${r.light}`).join('\n');
      return { ui, attributes: o.attributes(), reach: o.reach() };
    });
    expect(seen.ui).toContain('data-testid="panel"'); // the open shadow root is readable (contract)...
    expect(seen.ui).not.toContain(CF_OTHER_TAB); // ...but holds nothing from another tab
    expect(seen.ui).not.toContain(EMAIL_OTHER_TAB);
    for (const secret of [CF_HERE, CF_OTHER_TAB, 'mario.rossi@example.it', EMAIL_OTHER_TAB, 'CA12345AB']) {
      expect(seen.attributes.filter((a) => a.includes(secret))).toEqual([]);
    }
    expect(seen.reach).toMatchObject({ browser: 'undefined', chromeStorage: 'undefined', localStorage: [], sessionStorage: [] });
    await other.close();
  });

  it('presses nothing when a page script presses everything in the panel: no count, no tab, no tick', async () => {
    const status = await browser.openPopupFor(hostile);
    const before = { count: await quotaCount(status), tabs: await openTabs(status) };
    const presses = await hostile.evaluate(() => (window as unknown as { ostile: { pressEverything(rounds: number): number } }).ostile.pressEverything(5));
    expect(presses).toBeGreaterThan(100);
    await sleep(1500);
    const ticked = await hostile.evaluate(() =>
      [...document.querySelectorAll('[id="sportello-cie-root"]')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked') ?? [])]).length,
    );
    expect(ticked).toBe(0);
    expect(await hostile.evaluate(() => [...document.querySelectorAll('[id="sportello-cie-root"]')].map((h) => h.shadowRoot?.querySelector<HTMLButtonElement>('[data-testid=complete-request]')?.disabled).filter((d) => d !== undefined))).toEqual([true]);
    const tabsAfter = await openTabs(status); // before the next status page, itself a tab in Chromium
    expect({ count: await quotaCount(await browser.openPopupFor(hostile)), tabs: tabsAfter }).toEqual(before);
    expect(await traps(hostile)).toEqual({ pwned: null, dialogs: 0 });
    // The operator's own click still works.
    await panel.click(hostile, 'step-identify-present');
    await hostile.waitFor(() => document.getElementById('sportello-cie-root') !== null && [...document.querySelectorAll('[id="sportello-cie-root"]')].some((h) => h.shadowRoot?.querySelector<HTMLInputElement>('[data-testid=step-identify-present]')?.checked === true));
  });

  it('keeps running, with the case in progress, when the page announces a "newer copy" of our content script (WXT event)', async () => {
    const hostBefore = await hostile.evaluate(() => {
      const host = [...document.querySelectorAll('[id="sportello-cie-root"]')].find((h) => h.shadowRoot?.querySelector('[data-testid=panel]'));
      (host as unknown as { __marked?: boolean }).__marked = true;
      return host?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid=step-identify-present]')?.checked;
    });
    expect(hostBefore).toBe(true); // ticked by the operator in the test before
    for (let i = 0; i < 3; i++) await hostile.evaluate(() => (window as unknown as { ostile: { announceNewerScript(): void } }).ostile.announceNewerScript());
    await sleep(800);
    expect(await ours.mountedCount(hostile)).toBe(1);
    // The same panel (never torn down and drawn again), the tick still there.
    const after = await hostile.evaluate(() => {
      const host = [...document.querySelectorAll('[id="sportello-cie-root"]')].find((h) => h.shadowRoot?.querySelector('[data-testid=panel]'));
      return { same: (host as unknown as { __marked?: boolean } | undefined)?.__marked === true, ticked: host?.shadowRoot?.querySelector<HTMLInputElement>('[data-testid=step-identify-present]')?.checked };
    });
    expect(after).toEqual({ same: true, ticked: true });
    await setField(hostile, CF_INPUT, 'RSSMRA80A01H501X');
    await portal.waitForState(hostile, CF_INPUT, 'invalid');
  });
});
