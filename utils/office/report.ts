import { bucketOf } from '../quota/aggregate';
import { BOM, csvLine } from '../quota/csv-format';
import { daysBetween } from '../quota/day';
import type { PERIODS } from '../quota/schema';

/** One period of the office's split: the office total and each counter's count. */
export interface OfficeRow {
  /** `YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM`. */
  key: string;
  from: string;
  to: string;
  count: number;
  byCounter: Record<string, number>;
}

/** The manager's table from the office view: periods by rows, counters by columns. */
export interface OfficeTable {
  from: string;
  to: string;
  /** Every counter with a request in the range, sorted. */
  counters: string[];
  rows: OfficeRow[];
  total: number;
  totals: Record<string, number>;
}

/**
 * Groups the view's `day -> counter -> count` (group_level=2) into the report's periods, every
 * period of the range included (a chart needs the gaps), edge periods clipped to the range.
 */
export function officeTable(byDay: Record<string, Record<string, number>>, from: string, to: string, by: (typeof PERIODS)[number]): OfficeTable {
  const rows = new Map<string, OfficeRow>();
  const totals: Record<string, number> = {};
  let total = 0;
  for (const day of daysBetween(from, to)) {
    const period = bucketOf(day, by);
    let row = rows.get(period.key);
    if (!row) {
      row = { key: period.key, from: period.from < from ? from : period.from, to: period.to > to ? to : period.to, count: 0, byCounter: {} };
      rows.set(period.key, row);
    }
    for (const [counter, raw] of Object.entries(byDay[day] ?? {})) {
      const n = Math.max(0, raw); // more undone than counted cannot be less than none
      if (n === 0) continue;
      row.byCounter[counter] = (row.byCounter[counter] ?? 0) + n;
      row.count += n;
      totals[counter] = (totals[counter] ?? 0) + n;
      total += n;
    }
  }
  return { from, to, counters: Object.keys(totals).sort((a, b) => a.localeCompare(b)), rows: [...rows.values()], total, totals };
}

/**
 * The table as CSV for Italian Excel (`;`, CRLF, BOM): period, first and last day, the office
 * and one column per counter. Counts only: no time of any request, no citizen value.
 */
export function officeTableCsv(table: OfficeTable): string {
  const lines = [csvLine(['periodo', 'dal', 'al', 'ufficio', ...table.counters])];
  for (const row of table.rows) {
    lines.push(csvLine([row.key, row.from, row.to, String(row.count), ...table.counters.map((c) => String(row.byCounter[c] ?? 0))]));
  }
  lines.push(csvLine(['totale', table.from, table.to, String(table.total), ...table.counters.map((c) => String(table.totals[c] ?? 0))]));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
