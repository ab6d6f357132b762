import { onMessage } from '@/utils/messaging';
import {
  EmptyInput,
  ExportCsvQuery,
  ImportCsvInput,
  QuotaHistoryQuery,
  RecordRequestInput,
  UndoLastRequestInput,
  type QuotaToday,
} from '@/utils/schemas';
import { assertOwnPage } from '@/utils/sender';
import { assertOwnPageOrPortalContentScript, assertPortalContentScript } from '@/utils/sender-portal';
import { showQuotaBadge } from './quota-badge';
import { refreshBadgeAtMidnight } from './quota-new-day';
import { syncOffice } from './office/service';
import * as quota from './quota-service';

async function withBadge<T>(today: QuotaToday, result: T): Promise<T> {
  await showQuotaBadge(today).catch(() => undefined); // a badge failure must not lose a count
  return result;
}

/**
 * The day's quota: counts completed requests (once per request id), undo, today's figures,
 * history, CSV export and import. Every payload is parsed strictly; every sender checked.
 */
export function registerQuotaHandlers(): void {
  onMessage('recordRequest', async ({ data, sender }) => {
    await assertPortalContentScript(sender);
    const result = await quota.recordRequest(RecordRequestInput.parse(data));
    if (result.recorded) void syncOffice(); // after the answer, never awaited: the count is safe in idb
    return withBadge(result.today, result);
  });

  onMessage('undoLastRequest', async ({ data, sender }) => {
    assertOwnPage(sender); // only the popup offers undo: a page script cannot take counts back
    const result = await quota.undoLastRequest(UndoLastRequestInput.parse(data));
    if (result.undone) void syncOffice();
    return withBadge(result.today, result);
  });

  onMessage('quotaToday', async ({ data, sender }) => {
    await assertOwnPageOrPortalContentScript(sender); // the popup, and the panel's quota warning
    EmptyInput.parse(data);
    const today = await quota.quotaToday();
    return withBadge(today, today);
  });

  onMessage('quotaHistory', async ({ data, sender }) => {
    assertOwnPage(sender);
    return quota.quotaHistory(QuotaHistoryQuery.parse(data));
  });

  onMessage('exportCsv', async ({ data, sender }) => {
    assertOwnPage(sender);
    return quota.exportCsv(ExportCsvQuery.parse(data));
  });

  onMessage('importCsv', async ({ data, sender }) => {
    assertOwnPage(sender);
    return quota.importCsv(ImportCsvInput.parse(data).csv);
  });

  // The worker starts often: bring the badge up to date each time, and at each midnight.
  const refreshBadge = async (): Promise<void> => showQuotaBadge(await quota.quotaToday());
  void refreshBadge().catch(() => undefined);
  refreshBadgeAtMidnight(refreshBadge);
}
