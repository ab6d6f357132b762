import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { LAYOUT_KEY, type PanelLayout } from './dock';
import { startFirstPaint } from './first-paint';

// The background has not answered yet (the start answer comes 20-90 ms after the page's reading
// in a fresh tab): what the first part does with the page before any answer.
vi.mock('@/utils/messaging', () => ({ sendMessage: vi.fn(() => new Promise(() => undefined)), onMessage: vi.fn(() => () => undefined) }));

let ctx: ContentScriptContext;
beforeEach(() => {
  ctx = new ContentScriptContext('reissue-test');
});
afterEach(() => {
  ctx.abort();
  document.documentElement.removeAttribute('style');
});

/** Puts a demo-portal page in this test's document, as the browser would have parsed it. */
function showPage(file: string): void {
  const parsed = loadPortalPage(file);
  // The portal's stylesheet is not fetched here.
  for (const link of parsed.querySelectorAll('link')) link.remove();
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
}

const rightMargin = (): string => document.documentElement.style.getPropertyValue('margin-right');
const leftMargin = (): string => document.documentElement.style.getPropertyValue('margin-left');
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe("the panel's room beside the page", () => {
  it('is made with the reading, before the start answer comes, so the page is first laid out with it', async () => {
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('372px');
    // Nothing is drawn before the answer says the kept copy is still right.
    expect(document.querySelector('sportello-cie')).toBeNull();
  });

  it('is made in the place the operator chose, and none while the panel is collapsed', async () => {
    const left: PanelLayout = { side: 'left', collapsed: false };
    await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: left });
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(leftMargin()).toBe('372px');
    expect(rightMargin()).toBe('');

    ctx.abort();
    document.documentElement.removeAttribute('style');
    ctx = new ContentScriptContext('reissue-test');
    await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: { side: 'right', collapsed: true } });
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('');
  });

  it('is not made on a portal page that is not the reprint function', async () => {
    showPage('emissione.html');
    startFirstPaint(ctx);
    await settle();
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });

  it('is given back when the script is stopped (the extension updated or removed)', async () => {
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('372px');
    ctx.abort();
    expect(rightMargin()).toBe('');
  });
});
