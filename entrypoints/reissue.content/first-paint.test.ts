import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadPortalPage } from '@/test/fixtures/portal-page';
import { PANEL_SNAPSHOTS_KEY } from '@/utils/panel-snapshot';
import { ROOM_PAGES_KEY, roomPageOf } from '@/utils/room-pages';
import { readPortalPage } from '@/utils/portal/adapter';
import { UI_CHOICE_KEY } from '@/utils/ui-language-store';
import { LAYOUT_KEY, type PanelLayout } from './dock';
import { startFirstPaint } from './first-paint';
import { forgetContentStart } from './content-start';
import { answerDigest, firstPaintData, snapshotKey } from './snapshot';

// The background has not answered yet (the start answer comes 20-90 ms after the page's reading
// in a fresh tab): what the first part does with the page before any answer, unless a test
// gives the background's answers. The live panel's injection is refused when a test says so,
// and never answered otherwise.
const background = vi.hoisted((): { sent: string[]; refuseInjection: boolean; answers: Record<string, unknown> } => ({ sent: [], refuseInjection: false, answers: {} }));
vi.mock('@/utils/messaging', () => ({
  sendMessage: vi.fn((type: string) => {
    background.sent.push(type);
    if (type === 'injectLiveStage' && background.refuseInjection) return Promise.reject(new Error('no live panel'));
    return type in background.answers ? Promise.resolve(background.answers[type]) : new Promise(() => undefined);
  }),
  onMessage: vi.fn(() => () => undefined),
}));

let ctx: ContentScriptContext;
beforeEach(() => {
  background.sent = [];
  background.refuseInjection = false;
  background.answers = {};
  ctx = new ContentScriptContext('reissue-test');
  // The copies kept are per version of the extension.
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Sportello CIE', version: '1.0.0' });
});
afterEach(() => {
  ctx.abort();
  document.documentElement.removeAttribute('style');
  vi.restoreAllMocks();
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
const markOf = (id: string): string | null | undefined => document.getElementById(id)?.getAttribute('data-sportello-field');
const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("the panel's room beside the page", () => {
  it('is made with the reading, before the start answer comes, so the page is first laid out with it', async () => {
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('372px');
  });

  it('is made for the kept copy before the start answer comes, and nothing is drawn before it', async () => {
    showPage('ristampa.html');
    // A copy kept for this screen: drawn only once the start answer says it is still right.
    const reading = readPortalPage(document);
    if (!reading.recognised) throw new Error('the demo page is the function');
    const key = snapshotKey({ build: '1.0.0', language: 'it', side: 'right', collapsed: false, page: reading.page });
    await fakeBrowser.storage.local.set({ [UI_CHOICE_KEY]: 'it', [PANEL_SNAPSHOTS_KEY]: [{ key, answer: 'digest', tree: '[]' }] });
    startFirstPaint(ctx);
    await settle(20);
    expect(rightMargin()).toBe('372px');
    expect(document.querySelector('sportello-cie')).toBeNull();
    // Waiting for the answer, not gone live.
    expect(background.sent).not.toContain('injectLiveStage');
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
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    // The page was read and its fields marked, with no room made.
    expect(markOf('txtCodiceFiscale')).toBe('codiceFiscale');
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });

  it('is not made on a portal page that is not the reprint function', async () => {
    showPage('emissione.html');
    startFirstPaint(ctx);
    // Read at once and again after the page's first frame (Firefox's late layout).
    await settle(50);
    expect(background.sent).toContain('reportPageStatus');
    expect(document.documentElement.getAttribute('style')).toBeNull();
  });

  it('is made before the page is parsed where the function was shown last time, and given back if it is not there now', async () => {
    // The page is still being parsed: its reading waits for DOMContentLoaded.
    const parsing = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    await fakeBrowser.storage.local.set({ [ROOM_PAGES_KEY]: [roomPageOf(location.href)] });
    showPage('emissione.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('372px');
    // Parsed, and not the reprint function after all: the portal as it was.
    parsing.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle(50);
    expect(rightMargin()).toBe('');
  });

  it('is made only at the reading on a page not known to show the function', async () => {
    vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    await fakeBrowser.storage.local.set({ [ROOM_PAGES_KEY]: ['https://cieonline.interno.it/altra.html'] });
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('');
  });

  it('is given back when the script is stopped (the extension updated or removed), with the field marks', async () => {
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(rightMargin()).toBe('372px');
    expect(markOf('txtCodiceFiscale')).toBe('codiceFiscale');
    ctx.abort();
    expect(rightMargin()).toBe('');
    expect(markOf('txtCodiceFiscale')).toBeNull();
  });

  it('is given back, with the field marks, when the live panel cannot be had', async () => {
    background.refuseInjection = true;
    showPage('ristampa.html');
    const margins: string[] = [];
    const observer = new MutationObserver(() => margins.push(rightMargin()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    startFirstPaint(ctx);
    // No copy kept: the live panel is asked for at once, and refused.
    await settle();
    observer.disconnect();
    expect(background.sent).toContain('injectLiveStage');
    expect(margins).toContain('372px');
    expect(document.documentElement.getAttribute('style') ?? '').toBe('');
    expect(markOf('txtCodiceFiscale')).toBeNull();
  });
});

describe('with no copy kept for the screen', () => {
  it('asks for the live panel at once, without waiting for the start answer', async () => {
    showPage('ristampa.html');
    startFirstPaint(ctx);
    await settle();
    expect(background.sent).toContain('injectLiveStage');
    // It will draw in the room already made.
    expect(rightMargin()).toBe('372px');
  });
});

describe('with a copy kept for the screen, once the start answer comes', () => {
  const start = { blockSubmitOnErrors: false, checklistDefinition: null, importedTours: [], quotaToday: null, officeToday: null, officeLines: null };
  /** The demo page on show, a copy kept for it, drawn from this start answer. */
  async function keepACopy(): Promise<void> {
    showPage('ristampa.html');
    const reading = readPortalPage(document);
    if (!reading.recognised) throw new Error('the demo page is the function');
    const key = snapshotKey({ build: '1.0.0', language: 'it', side: 'right', collapsed: false, page: reading.page });
    const answer = answerDigest(firstPaintData({ ...start, requestUnderWay: false }));
    await fakeBrowser.storage.local.set({ [UI_CHOICE_KEY]: 'it', [PANEL_SNAPSHOTS_KEY]: [{ key, answer, tree: JSON.stringify(['copia']) }] });
  }
  const drawnCopy = (): Element | null => document.querySelector('sportello-cie[data-sportello-copy]');
  // Asked once per page: an earlier test's question, never answered, is not this page's.
  beforeEach(() => forgetContentStart());
  afterEach(() => drawnCopy()?.remove());

  it('draws the copy when the tab holds no request, without the live panel', async () => {
    await keepACopy();
    background.answers = { contentStart: { ...start, requestUnderWay: false }, reportPageStatus: undefined };
    startFirstPaint(ctx);
    await settle(50);
    expect(drawnCopy()?.shadowRoot?.textContent).toContain('copia');
    expect(background.sent).not.toContain('injectLiveStage');
  });

  it("leaves the drawing to the live panel when the tab holds a request from the portal's earlier steps", async () => {
    await keepACopy();
    background.answers = { contentStart: { ...start, requestUnderWay: true }, reportPageStatus: undefined };
    startFirstPaint(ctx);
    await settle(50);
    expect(drawnCopy()).toBeNull();
    expect(background.sent).toContain('injectLiveStage');
    // One message fewer than before: the request is not asked apart.
    expect(background.sent).not.toContain('recallRequest');
  });
});
