import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { z } from 'zod';
import { exampleDocumentData } from '@/utils/documents/examples';
import { PROTOCOL, type MessageType, type SenderRule } from '@/utils/messaging/protocol';
import { contentSender, freshIndexedDb, newRequest, pageSender, sendAs } from './quota-harness';

// Every message of the protocol table, sent through the real message listener (as
// @webext-core/messaging delivers) with generated bad payloads and senders the table's rule
// does not trust: each is refused, and the worker keeps answering valid requests.

type Sender = Browser.runtime.MessageSender;

/** A valid payload of each message, and the refusal a handler answers with instead of throwing. */
interface Example {
  valid: unknown;
  refusal?: (answer: unknown) => boolean;
}
interface Case extends Example {
  type: MessageType;
  schema: z.ZodType;
  who: SenderRule;
}

/** Valid by the handler's own schema; a schema that throws instead of failing counts as not valid. */
function accepts(c: Case, data: unknown): boolean {
  try {
    return c.schema.safeParse(c.type === 'startTour' ? (data ?? {}) : data).success;
  } catch {
    return false;
  }
}

/** A print job as the content script sends it: the example data without a letterhead (the options' own). */
function printJobData(): Record<string, unknown> {
  const { letterhead, ...data } = exampleDocumentData('delega-terzi');
  void letterhead;
  return data;
}

const failed = (answer: unknown): boolean => (answer as { ok?: unknown } | null)?.ok === false;
// Typed by the protocol table: a message added there without an example here fails to compile.
const EXAMPLES: Record<MessageType, Example> = {
  reportPageStatus: { valid: { recognised: true, missing: [] } },
  getTabStatus: { valid: { tabId: 1 } },
  openStatusPage: { valid: {} },
  openPrintJob: { valid: { kind: 'delega-terzi', data: printJobData() } },
  takePrintJob: { valid: { token: crypto.randomUUID() }, refusal: (a) => (a as { found?: unknown }).found === false },
  mergeScans: { valid: { files: [{ name: 'a.png', type: 'image/png', base64: 'AAAA' }] } },
  getUiLanguage: { valid: { browserLanguage: 'it-IT' } },
  readSigningCertificate: { valid: {}, refusal: failed },
  signPdf: { valid: { pdf: 'JVBERi0xLjcK' }, refusal: failed },
  cancelWebEid: { valid: {}, refusal: (a) => a === false },
  lookupBirthplace: { valid: { belfiore: 'H501' } },
  recordRequest: { valid: newRequest() },
  undoLastRequest: { valid: { reason: 'mistake' } },
  quotaToday: { valid: {} },
  quotaHistory: { valid: { from: '2026-01-01', to: '2026-01-31' } },
  exportCsv: { valid: { from: '2026-01-01', to: '2026-01-31' } },
  importCsv: { valid: { csv: '' } },
  contentStart: { valid: {} },
  rememberRequest: { valid: { requestId: crypto.randomUUID(), values: { codiceFiscale: 'RSSMRA80A01H501U', halves: 'both' }, checklist: null, screen: { step: 1 }, submitted: null, confirmed: false } },
  recallRequest: { valid: {} },
  noteSubmit: { valid: { halves: 'second', email: true } },
  officeToday: { valid: {} },
  officeSync: { valid: {} },
  officeHistory: { valid: { from: '2026-01-01', to: '2026-01-31' } },
  weekAtGlance: { valid: {} },
  injectTourRunner: { valid: {} },
  injectLiveStage: { valid: {} },
  savePanelSnapshot: { valid: { key: 'it|right|open|cieonline.interno.it|codiceFiscale', answer: '0123456789abcdef01234567', tree: [['p', [['class', 'panel__status']], ['Pagina riconosciuta']]] } },
  startTour: { valid: {}, refusal: (a) => (a as { reason?: unknown }).reason === 'invalid-request' },
};
const CASES: Case[] = (Object.keys(PROTOCOL) as MessageType[]).map((type) => ({
  type,
  schema: PROTOCOL[type].payload,
  who: PROTOCOL[type].from,
  ...EXAMPLES[type],
}));

/** Bad payloads: anything at all, the valid one bent (extra, missing or retyped keys), huge strings. */
function badPayloads(c: Case): fc.Arbitrary<unknown> {
  const valid = c.valid as Record<string, unknown>;
  const keys = Object.keys(valid);
  const bent = fc.oneof(
    fc.record({ extra: fc.anything() }).map((extra) => ({ ...valid, ...extra })),
    fc.tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), fc.anything()).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.constantFrom(...(keys.length ? keys : ['x'])).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))),
    fc.tuple(fc.constantFrom(...(keys.length ? keys : ['x'])), fc.string({ minLength: 1 }).map((s) => s.repeat(Math.ceil(200_000 / s.length)))).map(([k, v]) => ({ ...valid, [k]: v })),
    fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')),
  );
  return fc.oneof(fc.anything({ maxDepth: 3, withNullPrototype: true, withMap: true, withSet: true, withDate: true }), bent).filter((x) => !accepts(c, x));
}

// Portal pages and look-alikes: the content-script rule is about these URLs.
const PORTAL_URLS = ['https://cieonline.interno.it/ristampa.html', 'https://altro.interno.it/', 'https://www.interno.gov.it/x'];
const LOOKALIKE_URLS = ['https://cieonline.interno.it.evil.example/', 'https://evilinterno.it/', 'http://cieonline.interno.it/', 'about:srcdoc', 'https://comune.example.it/'];

/** The rule, written independently of utils/messaging/sender-portal.ts: https on a Ministry domain (no extra origin is granted here). */
function onPortal(url: string | undefined): boolean {
  try {
    const { protocol, hostname } = new URL(url ?? '');
    return protocol === 'https:' && /(^|\.)interno(\.gov)?\.it$/.test(hostname);
  } catch {
    return false;
  }
}

/** Senders that must not be trusted for `who`. */
function badSenders(who: SenderRule): fc.Arbitrary<Sender> {
  const ownId = fakeBrowser.runtime.id;
  const ownPage = fakeBrowser.runtime.getURL('/');
  const someUrl = fc.oneof(fc.webUrl(), fc.constantFrom(...PORTAL_URLS, ...LOOKALIKE_URLS), fc.string());
  const sender = fc.record(
    {
      id: fc.oneof(fc.constant(ownId), fc.string(), fc.constant(`${ownId} `), fc.constant(ownId.toUpperCase())),
      tab: fc.record({ id: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constant(-1)), url: someUrl }, { requiredKeys: ['id'] }),
      url: fc.oneof(someUrl, fc.constant(`${ownPage}popup.html`), fc.constant(`chrome-extension://other/popup.html`), fc.constant(ownPage.slice(0, -1) + '.evil/x')),
      origin: fc.oneof(fc.constantFrom('null', 'https://cieonline.interno.it', 'https://evil.example'), fc.webUrl().map((u) => new URL(u).origin)),
      frameId: fc.nat(5),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<Sender>;
  const content = (s: Sender): boolean =>
    s.tab?.id !== undefined &&
    s.tab.id >= 0 &&
    onPortal(s.url) &&
    (s.origin === undefined || s.origin === new URL(s.url!).origin) &&
    onPortal(s.tab.url);
  const page = (s: Sender): boolean => s.url?.startsWith(ownPage) === true;
  const trusted = (s: Sender): boolean => {
    if (s.id !== ownId) return false;
    if (who === 'portal-script') return content(s);
    if (who === 'extension-page') return page(s);
    if (who === 'extension-page-or-portal-script') return content(s) || page(s);
    return true;
  };
  return sender.filter((s) => !trusted(s));
}

const goodSender = (who: SenderRule): Sender => (who === 'portal-script' ? contentSender(3) : pageSender('popup.html'));

const handlerSources = import.meta.glob<string>(['/entrypoints/**/*.{ts,tsx}', '!/entrypoints/**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });

describe('the protocol table', () => {
  it('has a handler for every message, each registered once, and no listener outside it', () => {
    const sources = Object.entries(handlerSources);
    const handled = sources.flatMap(([, source]) => [...source.matchAll(/\bhandler\('(\w+)'/g)].map((m) => m[1]));
    const contentListeners = sources.flatMap(([, source]) => [...source.matchAll(/onMessage\('(\w+)'/g)].map((m) => m[1]));
    const background = (Object.keys(PROTOCOL) as MessageType[]).filter((type) => !('listener' in PROTOCOL[type]));
    expect(handled.sort()).toEqual(background.sort());
    expect(contentListeners).toEqual(['startTour']);
    // The background registers only through handle.ts, which applies the table's rule.
    const rawListeners = sources.filter(([path, source]) => path.startsWith('/entrypoints/background/') && /\bonMessage\(/.test(source));
    expect(rawListeners.map(([path]) => path)).toEqual(['/entrypoints/background/handle.ts']);
  });

  it('answer valid messages from the right sender (so refusals below mean something)', async () => {
    await expect(sendAs(contentSender(3), 'quotaToday', {})).resolves.toMatchObject({ count: 0 });
    await expect(sendAs(pageSender('popup.html'), 'undoLastRequest', { reason: 'mistake' })).resolves.toBeDefined();
    await expect(sendAs(contentSender(3), 'undoLastRequest', { reason: 'mistake' })).rejects.toThrow(/mittente/);
    await expect(sendAs(contentSender(3), 'getUiLanguage', { browserLanguage: 'it-IT' })).resolves.toMatchObject({ language: 'it' });
  });
});

/** Refused: the handler threw (the caller's promise rejects) or answered with a refusal. */
async function refused(c: Case, sender: Sender, data: unknown): Promise<boolean> {
  try {
    const answer = await sendAs(sender, c.type, data);
    return c.refusal?.(answer) ?? false;
  } catch {
    return true;
  }
}

const startTour = vi.fn((tourId: string | undefined) => ({ started: true as const, tourId: tourId ?? 'holder-email' }));
let closeDb: () => Promise<void>;

// A fresh worker for each test: new modules (so new listeners), an empty IndexedDB.
beforeEach(async () => {
  freshIndexedDb();
  vi.resetModules();
  (await import('@/entrypoints/background/page-status')).registerPageStatusHandlers();
  (await import('@/entrypoints/background/webeid')).registerWebEidHandlers();
  (await import('@/entrypoints/background/quota')).registerQuotaHandlers();
  (await import('@/entrypoints/background/birthplace')).registerBirthplaceHandlers();
  (await import('@/entrypoints/background/ui-language')).registerUiLanguageHandlers();
  (await import('@/entrypoints/background/print-jobs')).registerPrintJobHandlers();
  (await import('@/entrypoints/background/scans')).registerScanHandlers();
  (await import('@/entrypoints/background/content-data')).registerContentDataHandlers();
  (await import('@/entrypoints/background/request-memory')).registerRequestMemoryHandlers();
  (await import('@/entrypoints/background/office')).registerOfficeHandlers();
  (await import('@/entrypoints/background/tour-runner')).registerTourRunnerHandlers();
  (await import('@/entrypoints/background/live-panel')).registerLivePanelHandlers();
  (await import('@/entrypoints/reissue.content/features/tour/start-tour-listener')).listenForStartTour(startTour);
  const db = await import('@/utils/db');
  closeDb = () => db.closeQuotaDb();
});
afterEach(async () => {
  await closeDb();
});

describe.each(CASES)('$type', (c) => {
  it('refuses generated bad payloads and bad senders, then still answers', async () => {
    await fc.assert(
      fc.asyncProperty(badPayloads(c), async (data) => {
        expect(await refused(c, goodSender(c.who), data)).toBe(true);
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(badSenders(c.who), async (sender) => {
        expect(await refused(c, sender, c.valid)).toBe(true);
      }),
      { numRuns: 40 },
    );
    expect((({}) as Record<string, unknown>).polluted).toBeUndefined();
    const today = await sendAs<{ count: number; limit: number }>(pageSender('popup.html'), 'quotaToday', {});
    expect(today.count).toBe(0);
    expect(today.limit).toBeGreaterThan(0);
  });
});

describe('after a storm of bad messages to every handler', () => {
  it('every service still does its valid work', async () => {
    const storm = fc.tuple(fc.constantFrom(...CASES), fc.anything({ maxDepth: 2 }));
    await fc.assert(
      fc.asyncProperty(storm, async ([c, data]) => {
        if (accepts(c, data)) return;
        expect(await refused(c, goodSender(c.who), data)).toBe(true);
      }),
      { numRuns: 300 },
    );
    const content = contentSender(7);
    const popup = pageSender('popup.html');
    await sendAs(content, 'reportPageStatus', { recognised: true, missing: [] });
    expect(await sendAs(popup, 'getTabStatus', { tabId: 7 })).toEqual({ kind: 'reported', status: { recognised: true, missing: [] } });
    expect(await sendAs(content, 'recordRequest', newRequest())).toMatchObject({ recorded: true, today: { count: 1 } });
    expect(await sendAs(content, 'lookupBirthplace', { belfiore: 'H501' })).toMatchObject({ name: expect.stringMatching(/ROMA/i) });
    expect(await sendAs(content, 'getUiLanguage', { browserLanguage: 'de-DE' })).toMatchObject({ language: 'de' });
    expect(await sendAs(popup, 'startTour', { tourId: 'minor' })).toEqual({ started: true, tourId: 'minor' });
    // A print job: kept under the token in the tab it opened, taken once.
    await sendAs(content, 'openPrintJob', { kind: 'delega-terzi', data: printJobData() });
    const tabs = await fakeBrowser.tabs.query({});
    const token = tabs.map((t) => t.url ?? '').find((u) => u.includes('print.html#'))?.split('#')[1];
    expect(token).toBeDefined();
    expect(await sendAs(pageSender('print.html'), 'takePrintJob', { token })).toMatchObject({ found: true });
    expect(await sendAs(pageSender('print.html'), 'takePrintJob', { token })).toEqual({ found: false });
  });
});
