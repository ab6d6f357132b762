import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, monthEnd, nextDayStart, weekKey } from './day';

// An oracle written from the EU rule, independent of Intl: CEST (UTC+2) from 01:00 UTC on the
// last Sunday of March to 01:00 UTC on the last Sunday of October, CET (UTC+1) otherwise.
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, last.getUTCDate() - last.getUTCDay(), 1);
}
function oracleDay(time: number): string {
  const year = new Date(time).getUTCFullYear();
  const summer = time >= lastSunday(year, 2) && time < lastSunday(year, 9);
  return new Date(time + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}

describe('dayKey (Europe/Rome)', () => {
  it('puts midnight on the right side', () => {
    expect(dayKey(Date.parse('2025-07-01T21:59:59.999Z'))).toBe('2025-07-01');
    expect(dayKey(Date.parse('2025-07-01T22:00:00Z'))).toBe('2025-07-02');
    expect(dayKey(Date.parse('2025-12-31T22:59:59Z'))).toBe('2025-12-31');
    expect(dayKey(Date.parse('2025-12-31T23:00:00Z'))).toBe('2026-01-01');
  });

  it('handles the spring change (last Sunday of March: 02:00 -> 03:00)', () => {
    expect(dayKey(Date.parse('2025-03-29T22:59:59Z'))).toBe('2025-03-29');
    expect(dayKey(Date.parse('2025-03-29T23:00:00Z'))).toBe('2025-03-30');
    expect(dayKey(Date.parse('2025-03-30T21:59:59Z'))).toBe('2025-03-30'); // 23:59:59 CEST
    expect(dayKey(Date.parse('2025-03-30T22:00:00Z'))).toBe('2025-03-31');
  });

  it('handles the autumn change (last Sunday of October: 03:00 -> 02:00)', () => {
    expect(dayKey(Date.parse('2025-10-25T21:59:59Z'))).toBe('2025-10-25');
    expect(dayKey(Date.parse('2025-10-25T22:00:00Z'))).toBe('2025-10-26');
    expect(dayKey(Date.parse('2025-10-26T22:59:59Z'))).toBe('2025-10-26'); // 23:59:59 CET, a 25-hour day
    expect(dayKey(Date.parse('2025-10-26T23:00:00Z'))).toBe('2025-10-27');
  });

  it('agrees with the DST rule on any instant from 2000 to 2090', () => {
    const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2090, 0, 1) });
    fc.assert(fc.property(instants, (time) => dayKey(time) === oracleDay(time)), { numRuns: 2000 });
  });
});

describe('calendar arithmetic on day keys', () => {
  it('steps over DST changes and leap days by whole days', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-10-25', '2025-10-27')).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
    expect(daysBetween('2025-01-01', '2025-12-31')).toHaveLength(365);
  });

  it('names ISO weeks and month ends', () => {
    expect(weekKey('2025-12-29')).toBe('2026-W01');
    expect(weekKey('2021-01-03')).toBe('2020-W53');
    expect(weekKey('2025-03-30')).toBe('2025-W13');
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
  });
});

describe('nextDayStart (Rome midnight)', () => {
  it('is 22:00 UTC in summer time and 23:00 UTC in winter time, also on the nights the clocks change', () => {
    expect(nextDayStart(Date.parse('2025-05-06T09:00:00Z'))).toBe(Date.parse('2025-05-06T22:00:00Z'));
    expect(nextDayStart(Date.parse('2025-12-24T22:59:59Z'))).toBe(Date.parse('2025-12-24T23:00:00Z'));
    // 30 March 2025 starts in winter time, 31 March in summer time; back again on 26/27 October.
    expect(nextDayStart(Date.parse('2025-03-29T12:00:00Z'))).toBe(Date.parse('2025-03-29T23:00:00Z'));
    expect(nextDayStart(Date.parse('2025-03-30T12:00:00Z'))).toBe(Date.parse('2025-03-30T22:00:00Z'));
    expect(nextDayStart(Date.parse('2025-10-26T12:00:00Z'))).toBe(Date.parse('2025-10-26T23:00:00Z'));
  });

  it('is always the first instant of the next Rome day', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2060-01-01T00:00:00Z') }), (time) => {
        const start = nextDayStart(time);
        expect(dayKey(start)).toBe(addDays(dayKey(time), 1));
        expect(dayKey(start - 1)).toBe(dayKey(time));
      }),
    );
  });
});
