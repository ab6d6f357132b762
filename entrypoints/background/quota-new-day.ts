import { nextDayStart } from '@/utils/quota/day';

/** The alarm that brings the badge to the new day's count at Rome midnight. */
export const NEW_DAY_ALARM = 'quota-new-day';

/**
 * At midnight the badge must drop to the new day's count even when nothing else happens (a
 * browser left open overnight). Alarms outlive the worker, which the browser may stop at
 * any time; the alarm is set again for the next midnight each time it fires.
 */
export function refreshBadgeAtMidnight(refresh: () => Promise<void>): void {
  // A second past midnight, so the day has surely turned when it fires.
  const schedule = (): Promise<void> => browser.alarms.create(NEW_DAY_ALARM, { when: nextDayStart(Date.now()) + 1000 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== NEW_DAY_ALARM) return;
    void refresh()
      .catch(() => undefined)
      .finally(() => void schedule());
  });
  void schedule();
}
