import type { E2EPage } from './browsers/types';

/** One control of our panel, and whether Tab reached it with a visible focus indicator. */
export interface PanelStop {
  key: string;
  reached: boolean;
  focusVisible: boolean;
  indicator: string;
}

/**
 * Tabs from the portal's last control through our panel, like an operator with the keyboard
 * only. Every tabbable control of the panel (one per radio group) must be reached, each with
 * `:focus-visible` and a visible outline or shadow.
 */
export async function tabThroughPanel(page: E2EPage, maxPresses = 200): Promise<PanelStop[]> {
  // Label each tabbable control of the panel, so the test can name what it reached.
  await page.evaluate(() => {
    const shadow = document.getElementById('sportello-cie-root')!.shadowRoot!;
    const tabbable = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
    const groups = new Set<string>();
    [...shadow.querySelectorAll<HTMLElement>(tabbable)].forEach((el, i) => {
      const input = el as HTMLInputElement;
      const hidden = el.getClientRects().length === 0 || input.disabled || el.closest('[hidden]') !== null;
      if (hidden) return;
      const key = input.type === 'radio' && input.name ? `radio:${input.name}` : `${el.tagName.toLowerCase()}:${el.dataset.testid ?? el.getAttribute('aria-label') ?? i}`;
      if (key.startsWith('radio:') && groups.has(key)) return el.setAttribute('data-kbd', key);
      groups.add(key);
      el.setAttribute('data-kbd', key);
      el.setAttribute('data-kbd-expected', '');
    });
  });
  await page.evaluate(() => {
    const portalControls = [...document.querySelectorAll<HTMLElement>('#formRistampa button, #formRistampa input')].filter((el) => el.getClientRects().length > 0);
    portalControls.at(-1)!.focus();
  });
  const seen = new Map<string, { focusVisible: boolean; indicator: string }>();
  let entered = false;
  for (let i = 0; i < maxPresses; i++) {
    await page.press('Tab');
    const stop = await page.evaluate(() => {
      const host = document.getElementById('sportello-cie-root');
      if (document.activeElement !== host) return null;
      const el = host!.shadowRoot!.activeElement as HTMLElement | null;
      if (!el) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      return {
        key: el.getAttribute('data-kbd') ?? `unlabelled:${el.tagName}`,
        focusVisible: el.matches(':focus-visible'),
        indicator: outline ? `outline ${style.outlineStyle} ${style.outlineWidth}` : style.boxShadow !== 'none' ? `shadow ${style.boxShadow}` : 'none',
      };
    });
    if (!stop) {
      if (entered) break; // left the panel: a full round is done
      continue;
    }
    entered = true;
    if (!seen.has(stop.key)) seen.set(stop.key, { focusVisible: stop.focusVisible, indicator: stop.indicator });
  }
  const expected = await page.evaluate(() =>
    [...document.getElementById('sportello-cie-root')!.shadowRoot!.querySelectorAll('[data-kbd-expected]')].map((el) => el.getAttribute('data-kbd')!),
  );
  const keys = [...new Set([...expected, ...seen.keys()])];
  return keys.map((key) => {
    const hit = seen.get(key);
    return { key, reached: hit !== undefined, focusVisible: hit?.focusVisible ?? false, indicator: hit?.indicator ?? 'none' };
  });
}
