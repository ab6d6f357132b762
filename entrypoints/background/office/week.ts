import { openQuotaDb } from '@/utils/db';
import { dayKey } from '@/utils/quota/day';
import { readRange } from '@/utils/quota/store';
import { weekDays, weekRange, type WeekAtGlance } from '@/utils/quota/week';
import { cachedSettings } from '../settings-cache';
import { officeToday, officeWeekKnown } from './service';

/**
 * The popup's week, without the network: this workstation's counts per day from idb and, with
 * an office server, the office's as last read (the popup's sync refreshes them first).
 */
export async function weekAtGlance(now = Date.now()): Promise<WeekAtGlance> {
  const today = dayKey(now);
  const { from, to } = weekRange(today);
  const { records } = await readRange(await openQuotaDb(), from, to);
  const own: Record<string, number> = {};
  for (const record of records) {
    if (record.undoneAt === undefined && !record.practice) own[record.day] = (own[record.day] ?? 0) + 1;
  }
  const [known, office, settings] = await Promise.all([officeWeekKnown(today), officeToday(own[today] ?? 0, now), cachedSettings()]);
  const days = weekDays(today, own, known?.byDay ?? null, known?.me ?? null);
  if (!office.configured) return { office: false, limit: settings.dailyLimit, days };
  // Today's bar is the day's meter, to the unit (same reading of the same figures).
  days[days.length - 1]!.office = office.count;
  return { office: true, limit: office.limit, days };
}
