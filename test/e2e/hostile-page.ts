import type { E2EPage } from './browsers/types';

/** The page's own trap state: set only if one of its payloads ever ran. */
export interface Traps {
  pwned: unknown;
  dialogs: number;
}

/**
 * Our UI on a page that may have taken our root id first: the element with that id whose
 * open shadow root holds our panel (getElementById would find the page's decoy).
 */
export const ours = {
  async waitUntilMounted(page: E2EPage): Promise<void> {
    await page.waitFor(() =>
      [...document.querySelectorAll('[id="sportello-cie-root"]')].some((h) => h.shadowRoot?.querySelector('[data-testid=panel]') != null),
    );
  },
  async mountedCount(page: E2EPage): Promise<number> {
    return page.evaluate(
      () => [...document.querySelectorAll('[id="sportello-cie-root"]')].filter((h) => h.shadowRoot?.querySelector('[data-testid=panel]') != null).length,
    );
  },
  /** Our shadow root's and our light-DOM messages' markup, as we made them. */
  async markup(page: E2EPage): Promise<{ shadow: string; messages: string[] }> {
    return page.evaluate(() => {
      const host = [...document.querySelectorAll('[id="sportello-cie-root"]')].find((h) => h.shadowRoot?.querySelector('[data-testid=panel]'));
      const messages = [...document.querySelectorAll('[id^="sportello-message-"][data-sportello-owned]')].map((m) => m.outerHTML);
      const shadow = [...(host?.shadowRoot?.childNodes ?? [])].map((n) => new XMLSerializer().serializeToString(n)).join('');
      return { shadow, messages };
    });
  },
};

export async function traps(page: E2EPage): Promise<Traps> {
  return page.evaluate(() => {
    const w = window as unknown as { __sportelloPwned: unknown; __sportelloDialogs: number };
    return { pwned: w.__sportelloPwned ?? null, dialogs: w.__sportelloDialogs };
  });
}

/** Sets a portal field as typing would end (input, change, blur), from the test. */
export async function setField(page: E2EPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ([sel, val]) => {
      const input = document.querySelector<HTMLInputElement>(sel!)!;
      input.value = val!;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.dispatchEvent(new Event('blur'));
    },
    [selector, value],
  );
}

/** The text of what the field's aria-describedby points at (first element of each id). */
export async function describedText(page: E2EPage, selector: string): Promise<{ text: string; ours: boolean[] }> {
  return page.evaluate((sel) => {
    const ids = (document.querySelector(sel)!.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    const els = ids.map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
    return { text: els.map((el) => el.textContent ?? '').join(' | '), ours: els.map((el) => el.hasAttribute('data-sportello-owned')) };
  }, selector);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
