import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
// The office's line is worded here, in each language: every catalogue is needed.
import '@/utils/i18n-catalogs';
import { loadDefinition } from '@/utils/checklist/store';
import type { ContentStart } from '@/utils/messaging/protocol';
import { officeSummaries } from '@/utils/office/summary';
import { loadImportedTours } from '@/utils/tours/store';
import { handler, listen } from './handle';
import { officeToday } from './office/service';
import { showQuotaBadge } from './quota-badge';
import { quotaToday } from './quota-service';
import { requestUnderWay } from './request-memory';
import { cachedSettings } from './settings-cache';

// The content script reads no storage and carries no zod: what it needs from storage is read
// and validated here, and sent to it in one answer when the page starts.

/** What the panel's features start from: settings, the checklist and tours in force, the day's counts. */
export const contentStart = handler('contentStart', async (_, { tabId }): Promise<ContentStart> => {
  const [settings, definition, importedTours, own] = await Promise.all([
    cachedSettings(),
    loadDefinition(),
    loadImportedTours(),
    quotaToday().catch(() => null), // a count unread hides the warning, never the panel
  ]);
  if (own) void showQuotaBadge(own).catch(() => undefined); // the badge follows the day; the answer does not wait for it
  const office = own ? await officeToday(own.count).catch(() => null) : null;
  return {
    blockSubmitOnErrors: settings.blockSubmitOnErrors,
    checklistDefinition: definition === BUILTIN_DEFINITION ? null : definition,
    importedTours,
    quotaToday: own,
    officeToday: office,
    officeLines: office?.configured ? officeSummaries(office) : null,
    // Read as the answer goes: a step's memory is written as the page before it leaves.
    requestUnderWay: requestUnderWay(tabId),
  };
});

export function registerContentDataHandlers(): void {
  listen(contentStart);
}
