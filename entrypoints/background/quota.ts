import type { QuotaToday } from '@/utils/schemas';
import { handler, listen } from './handle';
import { showQuotaBadge } from './quota-badge';
import { refreshBadgeAtMidnight } from './quota-new-day';
import { syncOffice } from './office/service';
import * as quota from './quota-service';

async function withBadge<T>(today: QuotaToday, result: T): Promise<T> {
  await showQuotaBadge(today).catch(() => undefined); // a badge failure must not lose a count
  return result;
}

export const recordRequest = handler('recordRequest', async (input) => {
  const result = await quota.recordRequest(input);
  if (result.recorded) void syncOffice(); // after the answer, never awaited: the count is safe in idb
  return withBadge(result.today, result);
});

// Only our pages offer undo (the protocol's rule): a page script cannot take counts back.
export const undoLastRequest = handler('undoLastRequest', async (input) => {
  const result = await quota.undoLastRequest(input);
  if (result.undone) void syncOffice();
  return withBadge(result.today, result);
});

export const quotaToday = handler('quotaToday', async () => {
  const today = await quota.quotaToday();
  return withBadge(today, today);
});

export const quotaHistory = handler('quotaHistory', (query) => quota.quotaHistory(query));
export const exportCsv = handler('exportCsv', (query) => quota.exportCsv(query));
export const importCsv = handler('importCsv', ({ csv }) => quota.importCsv(csv));

/**
 * The day's quota: counts completed requests (once per request id), undo, today's figures,
 * history, CSV export and import.
 */
export function registerQuotaHandlers(): void {
  listen(recordRequest, undoLastRequest, quotaToday, quotaHistory, exportCsv, importCsv);

  // The worker starts often: bring the badge up to date each time, and at each midnight.
  const refreshBadge = async (): Promise<void> => showQuotaBadge(await quota.quotaToday());
  void refreshBadge().catch(() => undefined);
  refreshBadgeAtMidnight(refreshBadge);
}
