import { buildDocument } from '@/utils/documents';
import type { PrintJob } from '@/utils/print-job';
import { readSettings } from '@/utils/settings';

/** Builds the PDF with the office's letterhead and returns a blob: URL for this tab only. */
export async function renderJob(job: PrintJob, lang: 'it' | 'de'): Promise<string> {
  const settings = await readSettings();
  const letterhead = {
    ...(settings.comuneName && { comuneName: settings.comuneName }),
    ...(settings.officeName && { officeName: settings.officeName }),
    ...(settings.logoDataUrl && { logo: settings.logoDataUrl }),
  };
  const place = job.data.place ?? (settings.comuneName || undefined);
  const bytes = await buildDocument(job.kind, { ...job.data, ...(place && { place }) }, { lang, letterhead });
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }));
}
