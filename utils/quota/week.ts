import { addDays, daysBetween } from './day';

/** One day of the popup's week: this workstation's count and, when known, the office's. */
export interface WeekDay {
  day: string;
  /** This workstation's requests (practice and undone ones excluded). */
  own: number;
  /** The office's requests, or null when no figures from the server cover the day. */
  office: number | null;
}

/** The last seven days, oldest first, with the limit the day's meter uses. */
export interface WeekAtGlance {
  /** An office server is configured (its figures are the ones to show where known). */
  office: boolean;
  limit: number;
  days: WeekDay[];
}

/** The seven days ending with `today`, both included. */
export function weekRange(today: string): { from: string; to: string } {
  return { from: addDays(today, -6), to: today };
}

/**
 * The week from this workstation's own counts and the office's per-counter counts as last read
 * (`day -> workstation -> count`, absent days unknown). As for today's office figure, a day's
 * office count is the other counters' as read plus this workstation's own as it stands here,
 * so what was counted here but not sent yet is never missing.
 */
export function weekDays(today: string, own: Record<string, number>, known: Record<string, Record<string, number>> | null, me: string | null): WeekDay[] {
  const { from, to } = weekRange(today);
  return daysBetween(from, to).map((day) => {
    const mine = own[day] ?? 0;
    const counters = known?.[day];
    if (!counters || me === null) return { day, own: mine, office: null };
    const others = Object.entries(counters).reduce((sum, [name, n]) => (name === me ? sum : sum + Math.max(0, n)), 0);
    return { day, own: mine, office: others + mine };
  });
}
