import type { QuotaDb } from '../db';
import type { OfficeDoc } from '../office/doc';
import { t } from '../i18n';
import { dayKey } from './day';
import { QuotaRecord, type UNDO_REASONS } from './schema';

/** How long after a count the operator may still undo it. */
export const UNDO_WINDOW_MS = 5 * 60_000;

/**
 * Stores a record unless its id is already there (the checklist and the portal's confirmation
 * both report the same request). Check and write share one transaction, so two signals racing
 * each other still count once. With an office server, the request's office document goes into
 * the outbox in that same transaction: both are kept, or neither. Returns whether it was new.
 */
export async function addRecord(db: QuotaDb, record: QuotaRecord, officeDoc?: OfficeDoc): Promise<boolean> {
  const tx = db.transaction(['requests', 'outbox'], 'readwrite');
  const requests = tx.objectStore('requests');
  const existing = await requests.getKey(record.id);
  if (existing === undefined) {
    void requests.add(record);
    if (officeDoc) void tx.objectStore('outbox').put(officeDoc);
  }
  await tx.done;
  return existing === undefined;
}

/** Records read back, validated; what fails validation is skipped and counted, never thrown. */
export interface ReadRecords {
  records: QuotaRecord[];
  skipped: number;
}

function validate(raw: unknown[], into: ReadRecords): void {
  for (const value of raw) {
    const parsed = QuotaRecord.safeParse(value);
    if (parsed.success) into.records.push(parsed.data);
    else into.skipped++;
  }
}

/** Records of the days `from`..`to`; `office` adds those imported from other workstations. */
export async function readRange(db: QuotaDb, from: string, to: string, office = false): Promise<ReadRecords> {
  const range = IDBKeyRange.bound(from, to);
  const result: ReadRecords = { records: [], skipped: 0 };
  const tx = db.transaction(['requests', 'imported'], 'readonly');
  const [own, imported] = await Promise.all([
    tx.objectStore('requests').index('by-day').getAll(range),
    office ? tx.objectStore('imported').index('by-day').getAll(range) : [],
  ]);
  validate(own, result);
  validate(imported, result);
  return result;
}

/** A clear notice for skipped records, or none. */
export function skippedNotice(skipped: number): string[] {
  return skipped > 0 ? [t('quotaCorruptSkipped', { count: skipped })] : [];
}

/**
 * Marks the latest counted request as undone if it is recent enough; it stays, as an audit.
 * `officeDoc` makes the office document that takes it back (queued in the same transaction).
 */
export async function undoLast(
  db: QuotaDb,
  now: number,
  reason: (typeof UNDO_REASONS)[number],
  officeDoc?: (record: QuotaRecord) => OfficeDoc | null,
): Promise<{ undone: boolean; problem?: 'nothing' | 'expired' }> {
  const tx = db.transaction(['requests', 'outbox'], 'readwrite');
  let cursor = await tx.objectStore('requests').index('by-time').openCursor(null, 'prev');
  while (cursor) {
    const parsed = QuotaRecord.safeParse(cursor.value);
    if (parsed.success && parsed.data.undoneAt === undefined) {
      if (now - parsed.data.time > UNDO_WINDOW_MS) break;
      void cursor.update({ ...parsed.data, undoneAt: now, undoReason: reason });
      const undo = officeDoc?.(parsed.data);
      if (undo) void tx.objectStore('outbox').put(undo);
      await tx.done;
      return { undone: true };
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return { undone: false, problem: cursor ? 'expired' : 'nothing' };
}

/**
 * Merges records from other workstations into `imported`, skipping every id already known
 * (here or imported before, or twice in the same batch).
 */
export async function importRecords(db: QuotaDb, records: QuotaRecord[]): Promise<{ added: number; duplicates: number }> {
  const tx = db.transaction(['requests', 'imported'], 'readwrite');
  const own = tx.objectStore('requests');
  const imported = tx.objectStore('imported');
  const seen = new Set<string>();
  let added = 0;
  for (const record of records) {
    const known = seen.has(record.id) || (await own.getKey(record.id)) !== undefined || (await imported.getKey(record.id)) !== undefined;
    seen.add(record.id);
    if (known) continue;
    void imported.put(record);
    added++;
  }
  await tx.done;
  return { added, duplicates: records.length - added };
}

/** A new record for a request completed now on this workstation. */
export function newRecord(
  input: Pick<QuotaRecord, 'halves' | 'channel' | 'kind' | 'source' | 'practice'> & { requestId: string },
  now: number,
  workstation: string,
): QuotaRecord {
  const { requestId, halves, channel, kind, source, practice } = input;
  return QuotaRecord.parse({ id: requestId, time: now, day: dayKey(now), halves, channel, kind, workstation, source, practice });
}
