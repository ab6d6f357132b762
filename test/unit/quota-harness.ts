import { IDBFactory } from 'fake-indexeddb';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Helpers for the quota tests: messages from chosen senders, a fresh IndexedDB, restarts. */

type Sender = Browser.runtime.MessageSender;

/** Our content script on the portal's reprint page, top frame, as Chromium describes it. */
export const contentSender = (tabId: number): Sender => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url: 'https://cieonline.interno.it/ristampa' } as Browser.tabs.Tab,
  url: 'https://cieonline.interno.it/ristampa',
  origin: 'https://cieonline.interno.it',
  frameId: 0,
});
export const pageSender = (page = 'report.html'): Sender => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL(`/${page}`),
});
export const foreignSender = (): Sender => ({ id: 'someone-else', tab: { id: 1 } as Browser.tabs.Tab, url: 'https://evil.example/' });

let seq = 0;

/** Delivers a message as @webext-core/messaging would, from `sender`; rejects with the handler's error. */
export async function sendAs<T = unknown>(sender: Sender, type: string, data?: unknown): Promise<T> {
  const message = { id: ++seq, type, data, timestamp: Date.now() };
  let respond!: (r: unknown) => void;
  const response = new Promise<unknown>((resolve) => (respond = resolve));
  const settled: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, respond);
  void settled;
  const { res, err } = (await response) as { res?: T; err?: { message?: string } };
  if (err) throw new Error(err.message ?? 'error');
  return res as T;
}

/** A brand-new, empty IndexedDB for the next test. */
export function freshIndexedDb(): void {
  globalThis.indexedDB = new IDBFactory();
}

/** Every object store of every database, as plain values (for the privacy test). */
export async function dumpIndexedDb(): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const info of await indexedDB.databases()) {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(info.name!);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    for (const name of Array.from(db.objectStoreNames)) {
      const all = await new Promise<unknown[]>((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
      });
      out.push({ db: info.name, store: name, all });
    }
    db.close();
  }
  return out;
}

export const newRequest = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  requestId: crypto.randomUUID(),
  halves: 'both',
  channel: 'paper',
  kind: 'holder',
  source: 'checklist',
  ...over,
});
