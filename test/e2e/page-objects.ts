import type { E2EPage } from './browsers/types';

/** Our panel inside the shadow root, seen from the test. */
export const panel = {
  async waitUntilMounted(page: E2EPage): Promise<void> {
    await page.waitFor(
      () => document.getElementById('sportello-cie-root')?.shadowRoot?.querySelector('[data-testid=panel]') != null,
    );
  },
};
