import { openQuotaDb, takeUpgradeNotices } from '@/utils/db';
import { bucketize, summarize } from '@/utils/quota/aggregate';
import { recordsToCsv, csvToRecords } from '@/utils/quota/csv';
import { dayKey } from '@/utils/quota/day';
import type {
  CsvExport,
  CsvImportResult,
  ExportCsvQuery,
  QuotaHistory,
  QuotaHistoryQuery,
  QuotaLevel,
  QuotaToday,
  RecordRequestInput,
  RecordResult,
  UndoLastRequestInput,
  UndoResult,
} from '@/utils/quota/schema';
import { addRecord, importRecords, newRecord, readRange, skippedNotice, undoLast } from '@/utils/quota/store';
import { readSettings } from '@/utils/settings';
import { cachedSettings } from './settings-cache';
import { officeDocFor, officeUndoFor } from './office/service';

// The quota's logic, on already-validated input; quota.ts checks senders and parses payloads.

/** `near` from 80% of the limit, `full` at it. */
export function levelOf(count: number, limit: number): QuotaLevel {
  if (count >= limit) return 'full';
  return count >= limit * 0.8 ? 'near' : 'ok';
}

// Many counts at once (five tabs) each want today's figures: they share reads. A caller joins
// the read queued after the running one, so its own write is always included.
let running: { day: string; result: Promise<QuotaToday> } | undefined;
let queued: { day: string; result: Promise<QuotaToday> } | undefined;

export function quotaToday(now = Date.now()): Promise<QuotaToday> {
  const day = dayKey(now);
  if (!running) {
    const result = readToday(now).finally(() => (running = undefined));
    running = { day, result };
    return result;
  }
  if (running.day !== day) return readToday(now);
  if (queued?.day !== day) {
    const result = running.result
      .catch(() => undefined)
      .then(() => ((queued = undefined), quotaToday(now)));
    queued = { day, result };
  }
  return queued.result;
}

async function readToday(now: number): Promise<QuotaToday> {
  const db = await openQuotaDb();
  const day = dayKey(now);
  const [{ records, skipped }, settings] = await Promise.all([readRange(db, day, day), cachedSettings()]);
  const summary = summarize(records);
  const limit = settings.dailyLimit;
  return { day, limit, level: levelOf(summary.count, limit), ...summary, notices: [...takeUpgradeNotices(), ...skippedNotice(skipped)] };
}

export async function recordRequest(input: Required<RecordRequestInput>, now = Date.now()): Promise<RecordResult> {
  const [db, settings] = await Promise.all([openQuotaDb(), readSettings()]);
  const record = newRecord(input, now, settings.workstationLabel);
  // With an office server, its document is queued in the same transaction (sent after the answer).
  const recorded = await addRecord(db, record, officeDocFor(settings.officeServer, record));
  return { recorded, today: await quotaToday(now) };
}

export async function undoLastRequest({ reason }: UndoLastRequestInput, now = Date.now()): Promise<UndoResult> {
  const [db, settings] = await Promise.all([openQuotaDb(), readSettings()]);
  const result = await undoLast(db, now, reason, officeUndoFor(settings.officeServer, now));
  return { ...result, today: await quotaToday(now) };
}

export async function quotaHistory(query: Required<QuotaHistoryQuery>): Promise<QuotaHistory> {
  const { from, to, by, scope } = query;
  const { records, skipped } = await readRange(await openQuotaDb(), from, to, scope === 'office');
  const workstations = [...new Set(records.map((r) => r.workstation))].sort();
  return {
    from,
    to,
    by,
    scope,
    total: summarize(records),
    buckets: bucketize(records, from, to, by),
    workstations,
    notices: skippedNotice(skipped),
  };
}

export async function exportCsv({ from, to, scope }: Required<ExportCsvQuery>): Promise<CsvExport> {
  const { records } = await readRange(await openQuotaDb(), from, to, scope === 'office');
  const who = scope === 'office' ? 'ufficio' : 'postazione';
  return { filename: `sportello-cie-ristampe-${who}-${from}_${to}.csv`, csv: recordsToCsv(records) };
}

export async function importCsv(csv: string): Promise<CsvImportResult> {
  const parsed = csvToRecords(csv);
  if (!parsed.ok) return parsed;
  const { added, duplicates } = await importRecords(await openQuotaDb(), parsed.records);
  return { ok: true, rows: parsed.records.length, added, duplicates };
}
