/**
 * Calendar days in Europe/Rome. A day key is `YYYY-MM-DD`; all arithmetic on keys is done on
 * calendar dates (UTC midnights), so daylight saving changes never shift a day.
 */

const romeDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Rome',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const romeTime = new Intl.DateTimeFormat('it-IT', {
  timeZone: 'Europe/Rome',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const DAY_MS = 86_400_000;

/** The Europe/Rome day of an instant (ms since epoch). */
export function dayKey(time: number): string {
  let year = '';
  let month = '';
  let day = '';
  for (const part of romeDate.formatToParts(time)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}`;
}

/** The Europe/Rome wall-clock time of an instant, `HH:MM`. */
export function romeClock(time: number): string {
  return romeTime.format(time);
}

function toUtc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The first instant of the Europe/Rome day after the one `time` falls in: Rome's midnight is
 * 22:00 or 23:00 UTC the evening before, depending on daylight saving.
 */
export function nextDayStart(time: number): number {
  const next = addDays(dayKey(time), 1);
  const twoHoursBefore = toUtc(next) - 2 * 3_600_000;
  return dayKey(twoHoursBefore) === next ? twoHoursBefore : twoHoursBefore + 3_600_000;
}

/** `day` moved by `n` calendar days. */
export function addDays(day: string, n: number): string {
  return fromUtc(toUtc(day) + n * DAY_MS);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let ms = toUtc(from), end = toUtc(to); ms <= end; ms += DAY_MS) days.push(fromUtc(ms));
  return days;
}

/** The Monday that starts the ISO week of `day`. */
export function weekStart(day: string): string {
  const weekday = (new Date(toUtc(day)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(day, -weekday);
}

/** ISO 8601 week key, `YYYY-Www` (the week belongs to the year of its Thursday). */
export function weekKey(day: string): string {
  const thursday = addDays(weekStart(day), 3);
  const year = thursday.slice(0, 4);
  const week = Math.floor((toUtc(thursday) - toUtc(`${year}-01-01`)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `YYYY-MM`. */
export function monthKey(day: string): string {
  return day.slice(0, 7);
}

/** The last day of the month of `day`. */
export function monthEnd(day: string): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return fromUtc(Date.UTC(year, month, 0));
}

/** DD/MM/YYYY, as Italian offices write dates. */
export function italianDate(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}
