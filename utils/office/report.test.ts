import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../quota/csv-format';
import { officeTable, officeTableCsv } from './report';

// What the office view's level-2 rows give (requests minus undone, per day and counter).
const byDay = {
  '2026-03-01': { 'banco-b': 2 },
  '2026-03-02': { 'banco-a': 14, 'banco-b': 6 },
  '2026-03-03': { 'banco-a': 2, '=cmd': 1 },
  '2026-03-04': { 'banco-a': -1 }, // more undone than counted (a bad day): never below zero
  '2026-04-01': { 'banco-a': 99 }, // outside the range
};

describe("the manager's office table", () => {
  it('by day: every day of the range, the office total and each counter, totals at the foot', () => {
    const table = officeTable(byDay, '2026-03-02', '2026-03-05', 'day');
    expect(table.counters).toEqual(['=cmd', 'banco-a', 'banco-b']);
    expect(table.rows.map((r) => [r.key, r.count, r.byCounter])).toEqual([
      ['2026-03-02', 20, { 'banco-a': 14, 'banco-b': 6 }],
      ['2026-03-03', 3, { 'banco-a': 2, '=cmd': 1 }],
      ['2026-03-04', 0, {}],
      ['2026-03-05', 0, {}],
    ]);
    expect(table.total).toBe(23);
    expect(table.totals).toEqual({ 'banco-a': 16, 'banco-b': 6, '=cmd': 1 });
  });

  it('by ISO week and month, edge periods clipped to the range', () => {
    const weeks = officeTable(byDay, '2026-03-01', '2026-03-04', 'week');
    expect(weeks.rows.map((r) => [r.key, r.from, r.to, r.count])).toEqual([
      ['2026-W09', '2026-03-01', '2026-03-01', 2],
      ['2026-W10', '2026-03-02', '2026-03-04', 23],
    ]);
    const months = officeTable(byDay, '2026-02-20', '2026-04-10', 'month');
    expect(months.rows.map((r) => [r.key, r.count])).toEqual([['2026-02', 0], ['2026-03', 25], ['2026-04', 99]]);
  });

  it('exports counts only, for Italian Excel, with names that could be formulas neutralised', () => {
    const csv = officeTableCsv(officeTable(byDay, '2026-03-02', '2026-03-03', 'day'));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsvRows(csv);
    if (!('rows' in parsed)) throw new Error(parsed.error);
    expect(parsed.rows.map((r) => r.cells)).toEqual([
      ['periodo', 'dal', 'al', 'ufficio', "'=cmd", 'banco-a', 'banco-b'],
      ['2026-03-02', '2026-03-02', '2026-03-02', '20', '0', '14', '6'],
      ['2026-03-03', '2026-03-03', '2026-03-03', '3', '1', '2', '0'],
      ['totale', '2026-03-02', '2026-03-03', '23', '1', '16', '6'],
    ]);
  });
});
