import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PrintJobRequest, PrintJobToken, TakenPrintJob } from './print-job';
import type { MergeScansAnswer, MergeScansRequest } from './scan-message';
import type { ReadSigningCertificateRequest, ReadSigningCertificateResult, SignPdfRequest, SignPdfResult } from './webeid/messages';
import type * as Quota from './quota/schema';
import type { OfficeHistory, OfficeHistoryQuery, OfficeToday } from './office/status';
import type { ChecklistDefinition } from './checklist/definition';
import type { StartTourRequest, StartTourResult, Tour } from './tours/schema';
import type { RequestMemory } from './request-memory';
import type { BirthplaceAnswer, BirthplaceQuery, ContentSettings, PageStatus, TabRef, TabStatus, UiLanguage, UiLanguageRequest } from './schemas';

/** Every message between our contexts. Handlers validate `data` with the zod schema of the same name. */
interface ProtocolMap {
  /** content script -> background: the page in this tab was (not) recognised. */
  reportPageStatus(data: PageStatus): void;
  /** popup -> background: what the content script said about a tab. */
  getTabStatus(data: TabRef): TabStatus;
  /** content script -> background: open the status page for the sender's tab. */
  openStatusPage(data: Record<string, never>): void;
  /** content script -> background: print a document (opens the print page on it). */
  openPrintJob(data: PrintJobRequest): void;
  /** content script -> background: merge the scans of the signed delega into one PDF. */
  mergeScans(data: MergeScansRequest): MergeScansAnswer;
  /** print page -> background: the job behind the token, once. */
  takePrintJob(data: PrintJobToken): TakenPrintJob;
  /** content script -> background: the language the office chose, with its catalogue. */
  getUiLanguage(data: UiLanguageRequest): UiLanguage;
  /** popup -> background: the smart card's signing certificate, through Web eID. */
  readSigningCertificate(data: ReadSigningCertificateRequest): ReadSigningCertificateResult;
  /** extension page -> background: a PDF (base64) signed with the card (PAdES). */
  signPdf(data: SignPdfRequest): SignPdfResult;
  /** extension page -> background: cancel the running Web eID operation. */
  cancelWebEid(data: Record<string, never>): boolean;
  /** content script -> background: the place of a Belfiore code (the dataset lives in the background only). */
  lookupBirthplace(data: BirthplaceQuery): BirthplaceAnswer;
  /** content script -> background: a request was completed; counted once per requestId. */
  recordRequest(data: Quota.RecordRequestInput): Quota.RecordResult;
  /** content script or popup -> background: undo the last count (within 5 minutes). */
  undoLastRequest(data: Quota.UndoLastRequestInput): Quota.UndoResult;
  /** any of our contexts -> background: today's count, limit and breakdown. */
  quotaToday(data?: Record<string, never>): Quota.QuotaToday;
  /** extension pages -> background: counts over a range by day, week or month. */
  quotaHistory(data: Quota.QuotaHistoryQuery): Quota.QuotaHistory;
  /** extension pages -> background: the range as CSV for Italian Excel. */
  exportCsv(data: Quota.ExportCsvQuery): Quota.CsvExport;
  /** extension pages -> background: merge another workstation's CSV export. */
  importCsv(data: Quota.ImportCsvInput): Quota.CsvImportResult;
  /** content script -> background: the office settings it acts on (validated in the background). */
  getContentSettings(data: Record<string, never>): ContentSettings;
  /** content script -> background: the comune's imported checklist definition, null when the built-in one is in force. */
  getChecklistDefinition(data: Record<string, never>): ChecklistDefinition | null;
  /** content script -> background: the trainer's imported tours (validated; the built-in ones are bundled). */
  getImportedTours(data: Record<string, never>): Tour[];
  /** content script -> background: what this tab's request saw so far (memory only, across the portal's steps). */
  rememberRequest(data: RequestMemory): void;
  /** content script -> background: the request the earlier steps of this tab saw, if any. */
  recallRequest(data: Record<string, never>): RequestMemory | null;
  /** popup or content script -> background: the office's day as known now (no network). */
  officeToday(data: Record<string, never>): OfficeToday;
  /** popup -> background: send what waits and read the office's figures, then as officeToday. */
  officeSync(data: Record<string, never>): OfficeToday;
  /** report -> background: the office's split by counter over a range, from the server's view. */
  officeHistory(data: OfficeHistoryQuery): OfficeHistory;
  /** popup -> content script (to a tab): start a guided tour on the reprint page. */
  startTour(data: StartTourRequest): StartTourResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
