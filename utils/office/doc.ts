import { z } from 'zod';
import { CASE_KINDS, CHANNELS, DayKey, HALVES, RequestId, SOURCES, type QuotaRecord } from '../quota/schema';
import { USERNAME_PATTERN } from './config';

/**
 * The documents this workstation writes to the office database. One per completed request,
 * immutable, with only what the count needs (the server's validate_doc_update, in
 * deploy/office-design.mjs, accepts exactly these fields). No citizen value exists here to leak.
 *
 * The id is deterministic: workstation, then the time in base 36 (so ids sort by time), then
 * the request's own random id. Sending it again is harmless: same id, same content.
 * Undoing a request adds a second immutable document, `<request id>:undo`, never an update.
 */
const Workstation = z.string().regex(USERNAME_PATTERN);
const REQUEST_ID = /^[A-Za-z0-9._-]{1,60}:[0-9a-z]{9}:[0-9a-f-]{36}$/;

export const OfficeRequestDoc = z.strictObject({
  _id: z.string().regex(REQUEST_ID),
  type: z.literal('request'),
  time: z.number().int().nonnegative(),
  day: DayKey,
  workstation: Workstation,
  halves: z.enum(HALVES),
  channel: z.enum(CHANNELS),
  kind: z.enum(CASE_KINDS),
  source: z.enum(SOURCES),
  practice: z.boolean(),
});
export type OfficeRequestDoc = z.infer<typeof OfficeRequestDoc>;

export const OfficeUndoDoc = z.strictObject({
  _id: z.string().regex(/^[A-Za-z0-9._-]{1,60}:[0-9a-z]{9}:[0-9a-f-]{36}:undo$/),
  type: z.literal('undo'),
  time: z.number().int().nonnegative(),
  /** The day of the request it takes back. */
  day: DayKey,
  workstation: Workstation,
});
export type OfficeUndoDoc = z.infer<typeof OfficeUndoDoc>;

export const OfficeDoc = z.discriminatedUnion('type', [OfficeRequestDoc, OfficeUndoDoc]);
export type OfficeDoc = z.infer<typeof OfficeDoc>;

/** The id of a request's office document. */
export function officeDocId(workstation: string, record: Pick<QuotaRecord, 'id' | 'time'>): string {
  return `${workstation}:${record.time.toString(36).padStart(9, '0')}:${RequestId.parse(record.id)}`;
}

/** The office document for a request recorded here (validated: a bad one throws, never leaves). */
export function requestDoc(workstation: string, record: QuotaRecord): OfficeRequestDoc {
  const { time, day, halves, channel, kind, source, practice } = record;
  return OfficeRequestDoc.parse({ _id: officeDocId(workstation, record), type: 'request', time, day, workstation, halves, channel, kind, source, practice });
}

/** The document that takes back an undone request (counted against the request's day). */
export function undoDoc(workstation: string, record: QuotaRecord, now: number): OfficeUndoDoc {
  return OfficeUndoDoc.parse({ _id: `${officeDocId(workstation, record)}:undo`, type: 'undo', time: now, day: record.day, workstation });
}
