import { z } from 'zod';
import { DocumentData, DocumentKindSchema } from './documents/schema';

/**
 * A document to print, handed from the content script to the print page through the
 * background's memory (never storage): gone once the page has taken it, or after a minute.
 */
export const PrintJobRequest = z.object({ kind: DocumentKindSchema, data: DocumentData }).strict();
export type PrintJobRequest = z.input<typeof PrintJobRequest>;

export const PrintJobToken = z.object({ token: z.uuid() }).strict();
export type PrintJobToken = z.infer<typeof PrintJobToken>;

export type PrintJob = z.output<typeof PrintJobRequest>;
export type TakenPrintJob = { found: true; job: PrintJob } | { found: false };
