import { z } from 'zod';

/**
 * What the quota stores and what crosses a boundary about it. Every object is strict: a
 * payload carrying any extra field (a codice fiscale, a name, an e-mail...) is refused whole.
 */

export const HALVES = ['first', 'second', 'both'] as const;
export const CHANNELS = ['email', 'paper'] as const;
export const CASE_KINDS = ['holder', 'minor', 'delegate'] as const;
export const SOURCES = ['checklist', 'portal'] as const;
/** Fixed reasons, not free text: free text could end up holding a citizen's name. */
export const UNDO_REASONS = ['mistake', 'not-completed', 'duplicate', 'other'] as const;
export const PERIODS = ['day', 'week', 'month'] as const;
export const SCOPES = ['workstation', 'office'] as const;

/** A calendar day in Europe/Rome, `YYYY-MM-DD`. */
export const DayKey = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
  }, 'not a calendar day');

/** The idempotency key: a random UUID made per case by the content script, nothing else. */
export const RequestId = z.uuid();

/** One completed reprint request as stored (schema version 2). */
export const QuotaRecord = z.strictObject({
  id: RequestId,
  time: z.number().int().nonnegative(),
  day: DayKey,
  halves: z.enum(HALVES),
  channel: z.enum(CHANNELS),
  kind: z.enum(CASE_KINDS),
  workstation: z.string().trim().max(60),
  source: z.enum(SOURCES),
  practice: z.boolean(),
  undoneAt: z.number().int().nonnegative().optional(),
  undoReason: z.enum(UNDO_REASONS).optional(),
});
export type QuotaRecord = z.infer<typeof QuotaRecord>;

/** content script -> background: a request was completed (checklist or portal confirmation). */
export const RecordRequestInput = z.strictObject({
  requestId: RequestId,
  halves: z.enum(HALVES),
  channel: z.enum(CHANNELS),
  kind: z.enum(CASE_KINDS),
  source: z.enum(SOURCES),
  /** Done on the demo portal: counted apart, never in the office's figures. */
  practice: z.boolean().default(false),
});
export type RecordRequestInput = z.input<typeof RecordRequestInput>;

export const UndoLastRequestInput = z.strictObject({ reason: z.enum(UNDO_REASONS) });
export type UndoLastRequestInput = z.infer<typeof UndoLastRequestInput>;

const MAX_RANGE_DAYS = 3700;
const rangeFields = { from: DayKey, to: DayKey, scope: z.enum(SCOPES).default('workstation') };
const rangeOk = (q: { from: string; to: string }): boolean =>
  q.from <= q.to && Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * 86_400_000;
const rangeMessage = { message: 'from must not be after to, and the range at most ten years' };

export const QuotaHistoryQuery = z
  .strictObject({ ...rangeFields, by: z.enum(PERIODS).default('day') })
  .refine(rangeOk, rangeMessage);
export type QuotaHistoryQuery = z.input<typeof QuotaHistoryQuery>;

export const ExportCsvQuery = z.strictObject(rangeFields).refine(rangeOk, rangeMessage);
export type ExportCsvQuery = z.input<typeof ExportCsvQuery>;

export const ImportCsvInput = z.strictObject({ csv: z.string().max(20_000_000) });
export type ImportCsvInput = z.infer<typeof ImportCsvInput>;

/** Counts by each dimension (undone and practice requests excluded). */
export interface Breakdown {
  halves: Record<(typeof HALVES)[number], number>;
  channel: Record<(typeof CHANNELS)[number], number>;
  kind: Record<(typeof CASE_KINDS)[number], number>;
  source: Record<(typeof SOURCES)[number], number>;
}

export interface QuotaSummary {
  count: number;
  /** Requests done on the demo portal, counted apart. */
  practice: number;
  breakdown: Breakdown;
}

export type QuotaLevel = 'ok' | 'near' | 'full';

export interface QuotaToday extends QuotaSummary {
  day: string;
  limit: number;
  /** `near` from 80% of the limit, `full` at the limit. */
  level: QuotaLevel;
  /** Clear messages about skipped corrupt records or a migrated database. */
  notices: string[];
}

export interface RecordResult {
  /** False when this request id was already counted (same case, second signal). */
  recorded: boolean;
  today: QuotaToday;
}

export interface UndoResult {
  undone: boolean;
  /** Why nothing was undone. */
  problem?: 'nothing' | 'expired';
  today: QuotaToday;
}

export interface QuotaBucket extends QuotaSummary {
  /** `YYYY-MM-DD`, `YYYY-Www` or `YYYY-MM`. */
  key: string;
  from: string;
  to: string;
}

export interface QuotaHistory {
  from: string;
  to: string;
  by: (typeof PERIODS)[number];
  scope: (typeof SCOPES)[number];
  total: QuotaSummary;
  buckets: QuotaBucket[];
  workstations: string[];
  notices: string[];
}

export interface CsvExport {
  filename: string;
  csv: string;
}

export type CsvImportResult =
  | { ok: true; rows: number; added: number; duplicates: number }
  | { ok: false; errors: { line: number; message: string }[] };
