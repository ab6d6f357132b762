import { z } from 'zod';
import { DocumentData, DocumentKindSchema } from './documents/schema';

/**
 * What a print job may carry from the page: everything but the letterhead. The office's name
 * and logo come only from the options or the policy (the print page reads them), so a page
 * script that reaches the content script cannot print official-looking papers of another
 * office; a job that names a letterhead is refused whole.
 */
export const PrintJobData = DocumentData.omit({ letterhead: true }).strict();

/**
 * A document to print, handed from the content script to the print page through the
 * background's memory (never storage): gone once the page has taken it, or after a minute.
 */
export const PrintJobRequest = z.object({ kind: DocumentKindSchema, data: PrintJobData }).strict();
export type PrintJobRequest = z.input<typeof PrintJobRequest>;

export const PrintJobToken = z.object({ token: z.uuid() }).strict();
export type PrintJobToken = z.infer<typeof PrintJobToken>;

export type PrintJob = z.output<typeof PrintJobRequest>;
export type TakenPrintJob = { found: true; job: PrintJob } | { found: false };
