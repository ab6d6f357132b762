import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contentSender, pageSender } from '@/test/unit/quota-harness';
import { exampleDocumentData } from '@/utils/documents/examples';

// Fresh modules per test: the jobs and the rate limits live in the worker's memory.
let jobs: typeof import('./print-jobs');
let status: typeof import('./page-status');
beforeEach(async () => {
  vi.resetModules();
  jobs = await import('./print-jobs');
  status = await import('./page-status');
});

const jobData = (): Record<string, unknown> => {
  const { letterhead, ...data } = exampleDocumentData('delega-terzi');
  void letterhead;
  return data;
};
const printTabs = async (): Promise<number> => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('print.html#')).length;
const statusTabs = async (): Promise<number> => (await fakeBrowser.tabs.query({})).filter((t) => t.url?.includes('popup.html?tabId=')).length;

describe('print jobs from the content script', () => {
  it('refuses a job that names its own letterhead (comune, office, logo come from the options only)', async () => {
    for (const letterhead of [{ comuneName: 'Comune di Altrove' }, { officeName: 'Ufficio falso' }, { logo: 'data:image/png;base64,AAAA' }, {}]) {
      await expect(jobs.openPrintJob({ kind: 'delega-terzi', data: { ...jobData(), letterhead } }, contentSender(3))).rejects.toThrow();
    }
    expect(await printTabs()).toBe(0);
    await jobs.openPrintJob({ kind: 'delega-terzi', data: jobData() }, contentSender(3));
    expect(await printTabs()).toBe(1);
  });

  it('refuses a content script framed in a foreign page, and the popup', async () => {
    const framed = { ...contentSender(3), frameId: 2, tab: { id: 3, url: 'https://evil.example/' } as never };
    await expect(jobs.openPrintJob({ kind: 'delega-terzi', data: jobData() }, framed)).rejects.toThrow(/mittente/);
    await expect(jobs.openPrintJob({ kind: 'delega-terzi', data: jobData() }, pageSender('popup.html'))).rejects.toThrow(/mittente/);
    expect(await printTabs()).toBe(0);
  });

  it('opens a few print tabs per tab, then refuses without opening more; other tabs keep theirs', async () => {
    const open = (tabId: number) => jobs.openPrintJob({ kind: 'delega-terzi', data: jobData() }, contentSender(tabId));
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => open(3)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'rejected').every((o) => /troppe richieste/.test(String((o).reason)))).toBe(true);
    expect(await printTabs()).toBe(5);
    await open(4);
    expect(await printTabs()).toBe(6);
  });
});

describe('status pages from the panel', () => {
  it('opens the status page for the sender tab a few times, then refuses without a tab', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => status.openStatusPage({}, contentSender(5))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(4);
    expect(await statusTabs()).toBe(4);
    expect((await fakeBrowser.tabs.query({})).every((t) => !t.url?.includes('popup.html') || t.url.endsWith('?tabId=5'))).toBe(true);
  });

  it('refuses our own pages and foreign frames', async () => {
    await expect(status.openStatusPage({}, pageSender('popup.html'))).rejects.toThrow(/mittente/);
    await expect(status.openStatusPage({}, { ...contentSender(5), url: 'https://altro.example.org/' })).rejects.toThrow(/mittente/);
    expect(await statusTabs()).toBe(0);
  });
});
