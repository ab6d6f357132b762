import { readSettings } from '@/utils/settings';
import { handler, listen } from '../handle';
import { quotaToday } from '../quota-service';
import { officeHistory, officeToday, syncOffice } from './service';
import { weekAtGlance } from './week';

/** Each minute while an office server is configured: the MV3 worker keeps no live connection. */
export const OFFICE_SYNC_ALARM = 'office-sync';

const today = async (): Promise<Awaited<ReturnType<typeof officeToday>>> => officeToday((await quotaToday()).count);

// The popup and the panel's warning; the popup's push and week; the report (rules in the protocol table).
export const officeTodayHandler = handler('officeToday', () => today());
export const officeSyncHandler = handler('officeSync', async () => {
  await syncOffice();
  return today();
});
export const officeHistoryHandler = handler('officeHistory', ({ from, to }) => officeHistory(from, to));
export const weekAtGlanceHandler = handler('weekAtGlance', () => weekAtGlance());

/** Keeps the alarm in step with the settings: set with a server, cleared without one. */
async function scheduleSync(): Promise<void> {
  const { officeServer } = await readSettings();
  if (officeServer) {
    if (!(await browser.alarms.get(OFFICE_SYNC_ALARM))) await browser.alarms.create(OFFICE_SYNC_ALARM, { periodInMinutes: 1 });
  } else {
    await browser.alarms.clear(OFFICE_SYNC_ALARM);
  }
}

/** The office count: messages, the minute alarm, a push at every start of the worker. */
export function registerOfficeHandlers(): void {
  listen(officeTodayHandler, officeSyncHandler, officeHistoryHandler, weekAtGlanceHandler);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OFFICE_SYNC_ALARM) void syncOffice();
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'local' || area === 'managed') void scheduleSync().catch(() => undefined);
  });
  void scheduleSync().catch(() => undefined);
  void syncOffice();
}
