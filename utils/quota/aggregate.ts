import { addDays, daysBetween, monthEnd, monthKey, weekKey, weekStart } from './day';
import type { Breakdown, QuotaBucket, QuotaRecord, QuotaSummary, PERIODS } from './schema';

/** An empty breakdown, every category at zero so tables and charts have fixed columns. */
export function emptyBreakdown(): Breakdown {
  return {
    halves: { first: 0, second: 0, both: 0 },
    channel: { email: 0, paper: 0 },
    kind: { holder: 0, minor: 0, delegate: 0 },
    source: { checklist: 0, portal: 0 },
  };
}

export function emptySummary(): QuotaSummary {
  return { count: 0, practice: 0, breakdown: emptyBreakdown() };
}

/** Adds one record to a summary: undone requests count nowhere, practice ones apart. */
export function addToSummary(summary: QuotaSummary, record: QuotaRecord): void {
  if (record.undoneAt !== undefined) return;
  if (record.practice) {
    summary.practice++;
    return;
  }
  summary.count++;
  const b = summary.breakdown;
  b.halves[record.halves]++;
  b.channel[record.channel]++;
  b.kind[record.kind]++;
  b.source[record.source]++;
}

/** Totals of a set of records. */
export function summarize(records: Iterable<QuotaRecord>): QuotaSummary {
  const summary = emptySummary();
  for (const record of records) addToSummary(summary, record);
  return summary;
}

type Period = (typeof PERIODS)[number];

/** The period (day, ISO week or month) a day falls in, unclipped. */
export function bucketOf(day: string, by: Period): { key: string; from: string; to: string } {
  if (by === 'day') return { key: day, from: day, to: day };
  if (by === 'week') {
    const from = weekStart(day);
    return { key: weekKey(day), from, to: addDays(from, 6) };
  }
  return { key: monthKey(day), from: `${monthKey(day)}-01`, to: monthEnd(day) };
}

/**
 * Buckets covering `from`..`to` by day, ISO week or month, empty ones included (a chart needs
 * the gaps). Edge buckets are clipped to the range.
 */
export function bucketize(records: Iterable<QuotaRecord>, from: string, to: string, by: Period): QuotaBucket[] {
  const buckets = new Map<string, QuotaBucket>();
  const keyOfDay = new Map<string, string>();
  for (const day of daysBetween(from, to)) {
    const b = bucketOf(day, by);
    keyOfDay.set(day, b.key);
    if (!buckets.has(b.key)) {
      buckets.set(b.key, { key: b.key, from: b.from < from ? from : b.from, to: b.to > to ? to : b.to, ...emptySummary() });
    }
  }
  for (const record of records) {
    const key = keyOfDay.get(record.day);
    const bucket = key === undefined ? undefined : buckets.get(key);
    if (bucket) addToSummary(bucket, record);
  }
  return [...buckets.values()];
}
