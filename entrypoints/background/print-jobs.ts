import type { PrintJob, TakenPrintJob } from '@/utils/print-job';
import { handler, listen } from './handle';
import { RateLimitedError, tabRateLimit } from './tab-rate-limit';

/** Memory only: a print job holds citizen data, so it never touches storage. */
const jobs = new Map<string, { job: PrintJob; timer: ReturnType<typeof setTimeout> }>();
const JOB_LIFETIME_MS = 60_000;
// The four documents of a case at once, then one every 10 s per tab.
const printLimit = tabRateLimit({ burst: 5, perMinute: 6 });

/** The checklist's "print": keep the job under a random token, open the print page on it. */
export const openPrintJob = handler('openPrintJob', async (job, { tabId, sender }) => {
  if (!printLimit.take(tabId)) throw new RateLimitedError('print');
  const token = crypto.randomUUID();
  jobs.set(token, { job, timer: setTimeout(() => jobs.delete(token), JOB_LIFETIME_MS) });
  await browser.tabs.create({ url: browser.runtime.getURL(`/print.html#${token}`), index: sender.tab?.index !== undefined ? sender.tab.index + 1 : undefined });
});

/** The print page takes its job once; a second ask (reload) finds nothing. */
export const takePrintJob = handler('takePrintJob', ({ token }): TakenPrintJob => {
  const entry = jobs.get(token);
  if (!entry) return { found: false };
  clearTimeout(entry.timer);
  jobs.delete(token);
  return { found: true, job: entry.job };
});

export function registerPrintJobHandlers(): void {
  listen(openPrintJob, takePrintJob);
  browser.tabs.onRemoved.addListener((tabId) => printLimit.forget(tabId));
}
