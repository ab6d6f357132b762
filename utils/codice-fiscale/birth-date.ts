/** A calendar date as three numbers, free of time zones. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Oldest age we treat as plausible when asking "could this be the century before?". */
export const MAX_PLAUSIBLE_AGE = 110;

/** Days in a month of the Gregorian calendar (leap years: /4, not /100 unless /400). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const key = (d: DateParts): number => d.year * 10_000 + d.month * 100 + d.day;

/** The local calendar date of `date` (the office's day, not UTC's). */
export function partsOf(date: Date): DateParts {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** Completed years between `birth` and `today`. */
export function ageOn(birth: DateParts, today: DateParts): number {
  const years = today.year - birth.year;
  return today.month * 100 + today.day < birth.month * 100 + birth.day ? years - 1 : years;
}

/**
 * Picks the century of a two-digit year: the latest real date not after today. It is
 * ambiguous when the same date a century earlier is still a plausible age for a living
 * person (over 100 years old). Returns null when no century gives a real date.
 */
export function resolveBirthDate(
  yy: number,
  month: number,
  day: number,
  today: DateParts,
): { date: DateParts; ambiguous: boolean } | null {
  const todayKey = key(today);
  for (let century = Math.floor(today.year / 100) * 100; century >= 1800; century -= 100) {
    const year = century + yy;
    if (day > daysInMonth(year, month)) continue;
    const date = { year, month, day };
    if (key(date) > todayKey) continue;
    const earlier = { year: year - 100, month, day };
    const ambiguous = day <= daysInMonth(earlier.year, month) && ageOn(earlier, today) <= MAX_PLAUSIBLE_AGE;
    return { date, ambiguous };
  }
  return null;
}

/** YYYY-MM-DD (years 1000-9999). Built from character codes: no number-to-text conversions. */
export function isoDate(d: DateParts): string {
  const { year, month, day } = d;
  return String.fromCharCode(
    48 + Math.floor(year / 1000), 48 + (Math.floor(year / 100) % 10), 48 + (Math.floor(year / 10) % 10), 48 + (year % 10),
    45, 48 + Math.floor(month / 10), 48 + (month % 10),
    45, 48 + Math.floor(day / 10), 48 + (day % 10),
  );
}

/** Reads YYYY-MM-DD back (no validation beyond the shape: inputs come from our own code). */
export function fromIsoDate(iso: string): DateParts {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}
