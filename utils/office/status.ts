import { z } from 'zod';
import { DayKey } from '../quota/schema';

/** How this workstation stands with the office server. */
export const SYNC_STATES = ['synced', 'pending', 'offline', 'refused', 'never'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** What the popup and the panel show about the office's day (counts and times only). */
export type OfficeToday =
  | { configured: false }
  | {
      configured: true;
      day: string;
      /** The office's count: the others' last known counts plus this workstation's own, now. */
      count: number;
      /** The office limit (the server's `office-settings`, else this workstation's setting). */
      limit: number;
      level: 'ok' | 'near' | 'full';
      /** This workstation's own count today. */
      own: number;
      /** Documents waiting to be sent. */
      pending: number;
      /** Documents the server refused, kept here and offered again hourly (IT must look). */
      refused: number;
      state: SyncState;
      /** When the office's figures were last read from the server (ms), if ever today. */
      readAt: number | null;
      /** Count per workstation (this one's own count included, as it stands here). */
      byWorkstation: Record<string, number>;
    };

/** What is kept between worker lives (storage.local): the last figures read, the last outcome. */
export const OfficeLast = z.strictObject({
  /** Which server and user the figures are from (changing the settings discards them). */
  key: z.string().max(800),
  day: DayKey,
  counts: z.record(z.string().max(60), z.number().int()),
  /** The last seven days as read with today's (`day -> workstation -> count`), for the popup's week. */
  week: z.record(DayKey, z.record(z.string().max(60), z.number().int())).optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
  readAt: z.number().int().nonnegative(),
  outcome: z.enum(['ok', 'offline', 'refused']),
  attemptAt: z.number().int().nonnegative(),
});
export type OfficeLast = z.infer<typeof OfficeLast>;

/** The office's split by counter over a range, for the manager's report. */
export const OfficeHistoryQuery = z.strictObject({ from: DayKey, to: DayKey }).refine((q) => q.from <= q.to && Date.parse(q.to) - Date.parse(q.from) <= 3700 * 86_400_000);
export type OfficeHistoryQuery = z.infer<typeof OfficeHistoryQuery>;
export type OfficeHistory = { configured: false } | { configured: true; ok: boolean; byDay: Record<string, Record<string, number>> };
