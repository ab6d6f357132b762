import { buildDocument } from '@/utils/documents';
import type { PrintJob } from '@/utils/print-job';
import { readSettings } from '@/utils/settings';

export interface RenderedJob {
  /** blob: URL of the PDF, for this tab's frame only. */
  url: string;
  /** The same bytes, kept for signing: the CSP lets no fetch read a blob: URL back. */
  bytes: Uint8Array;
}

/** Builds the PDF with the office's letterhead (from the options only, never from the job). */
export async function renderJob(job: PrintJob, lang: 'it' | 'de'): Promise<RenderedJob> {
  const settings = await readSettings();
  const letterhead = {
    ...(settings.comuneName && { comuneName: settings.comuneName }),
    ...(settings.officeName && { officeName: settings.officeName }),
    ...(settings.logoDataUrl && { logo: settings.logoDataUrl }),
  };
  const place = job.data.place ?? (settings.comuneName || undefined);
  const bytes = await buildDocument(job.kind, { ...job.data, ...(place && { place }) }, { lang, letterhead });
  return { url: URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' })), bytes };
}
