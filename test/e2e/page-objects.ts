import type { E2EFrame } from './browsers/types';

/** Our panel inside the shadow root, seen from the test (same calls in both browsers). */
export const panel = {
  async waitUntilMounted(page: E2EFrame): Promise<void> {
    await page.waitFor(
      () => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null,
    );
  },
  /**
   * The operator reaches for a portal field (a click) and the live panel takes the copy's place
   * (at once when it was already there). Typing then starts on the live panel, as an operator's
   * does: Firefox's input emulation, typing straight over the handover on a loaded machine, now
   * and then delivered a key as its keyup alone (the character lost), which no person's typing
   * meets; first-part.e2e.ts types over the handover on purpose.
   */
  async reachLive(page: E2EFrame, field: string): Promise<void> {
    await page.click(field);
    await this.untilLive(page);
  },
  /** Waits until the panel on show is the live one, not the first part's copy. */
  async untilLive(page: E2EFrame): Promise<void> {
    await page.waitFor(() => {
      const host = document.getElementById('sportello-cie-root');
      return host?.shadowRoot?.querySelector('[data-testid=panel]') != null && !host.hasAttribute('data-sportello-copy');
    });
  },
  /** The room made beside the portal for the panel on the right: the root element's right margin. */
  roomBeside(page: E2EFrame): Promise<string> {
    return page.evaluate(() => document.documentElement.style.getPropertyValue('margin-right'));
  },
  /** Clicks an element of our UI by data-testid (inside the shadow root). */
  async click(page: E2EFrame, testId: string): Promise<void> {
    // Every host with our id: a hostile page may have put a decoy with it first.
    await page.waitFor((id) => {
      const el = [...document.querySelectorAll('[id="sportello-cie-root"]')].map((h) => h.shadowRoot?.querySelector<HTMLElement>(`[data-testid="${id}"]`)).find((x) => x != null);
      return el != null && !(el as HTMLButtonElement).disabled;
    }, testId);
    // A real click: the panel acts only on the operator's own (trusted) input.
    await page.clickInPanel(testId);
  },
  async text(page: E2EFrame, testId: string): Promise<string> {
    return page.evaluate(
      (id) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '',
      testId,
    );
  },
  /**
   * The element's text once it matches `pattern`, or as it is when the wait runs out. Right
   * after the browser starts, the office's language comes some seconds after the panel
   * (Chromium's first `storage.managed` read): text is first drawn from the browser's
   * `_locales`, which in Debian's Chromium (only en-US built in) are English.
   */
  async textOnceMatching(page: E2EFrame, testId: string, pattern: RegExp): Promise<string> {
    await page
      .waitFor(
        ([id, source]) => new RegExp(source!).test(document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? ''),
        [testId, pattern.source],
        10_000,
      )
      .catch(() => undefined); // the caller's expect() says what was shown instead
    return this.text(page, testId);
  },
  async exists(page: E2EFrame, testId: string): Promise<boolean> {
    return page.evaluate((id) => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector(`[data-testid="${id}"]`) != null, testId);
  },
  async isDisabled(page: E2EFrame, testId: string): Promise<boolean> {
    return page.evaluate(
      (id) =>
        ([...document.querySelectorAll('[id="sportello-cie-root"]')].map((h) => h.shadowRoot?.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)).find((x) => x != null))?.disabled ?? true,
      testId,
    );
  },
};

/** The portal's own fields, and what our field checks put on them. */
export const portal = {
  async fieldState(page: E2EFrame, selector: string): Promise<{ state: string | null; invalid: string | null; message: string }> {
    return page.evaluate((sel) => {
      const input = document.querySelector(sel)!;
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const message = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      return { state: input.getAttribute('data-sportello-state'), invalid: input.getAttribute('aria-invalid'), message };
    }, selector);
  },
  async waitForState(page: E2EFrame, selector: string, state: string): Promise<void> {
    await page.waitFor(([sel, want]) => document.querySelector(sel!)?.getAttribute('data-sportello-state') === want, [selector, state]);
  },
  async clear(page: E2EFrame, selector: string): Promise<void> {
    await page.evaluate((sel) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, selector);
  },
};

/** The popup page's figures. */
export const popup = {
  async quotaToday(page: E2EFrame): Promise<string> {
    await page.waitFor(() => {
      const el = document.querySelector('[data-testid=quota-today]');
      return el != null && !el.hasAttribute('aria-busy');
    });
    return page.evaluate(() => document.querySelector('[data-testid=quota-today]')?.textContent?.trim() ?? '');
  },
};
