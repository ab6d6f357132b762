import { z } from 'zod';
import type { ChecklistDefinition } from '../checklist/definition';
import { PrintJobRequest, PrintJobToken, type TakenPrintJob } from '../print-job';
import type { RequestMemory } from '../request-memory';
import type { Language } from '../i18n';
import { PanelSnapshotSchema } from '../panel-snapshot-schema';
import { MergeScansRequest, type MergeScansAnswer } from '../scan-message';
import {
  BirthplaceQuery,
  ExportCsvQuery,
  ImportCsvInput,
  PageStatus,
  QuotaHistoryQuery,
  RecordRequestInput,
  RequestMemorySchema,
  SubmitSeenSchema,
  TabRef,
  UiLanguageRequest,
  UndoLastRequestInput,
  type BirthplaceAnswer,
  type CsvExport,
  type CsvImportResult,
  type QuotaHistory,
  type QuotaToday,
  type RecordResult,
  type TabStatus,
  type UiLanguage,
  type UndoResult,
} from '../schemas';
import { OfficeHistoryQuery, type OfficeHistory, type OfficeToday } from '../office/status';
import type { WeekAtGlance } from '../quota/week';
import { StartTourRequest, type StartTourResult, type Tour } from '../tours/schema';
import { ReadSigningCertificateRequest, SignPdfRequest, type ReadSigningCertificateResult, type SignPdfResult } from '../webeid/messages';

/**
 * What the panel's features need before their first paint, read and validated by the
 * background and sent in one answer: one message per page instead of one per feature, so the
 * panel is drawn once with its data rather than drawn and then drawn again as answers arrive.
 */
export interface ContentStart {
  /** The office asked to block the portal's submit while a field is wrong. */
  blockSubmitOnErrors: boolean;
  /** The comune's imported checklist definition, null while the built-in one is in force. */
  checklistDefinition: ChecklistDefinition | null;
  /** The trainer's imported tours (validated; the built-in ones are bundled). */
  importedTours: Tour[];
  /** This workstation's day (null when it could not be read), and the office's as known now (no network). */
  quotaToday: QuotaToday | null;
  officeToday: OfficeToday | null;
  /**
   * With an office server, the office's line ("Ufficio: 14 di 20 · aggiornato 09:42") in each
   * language, as the panel words it: the first paint's copy shows today's line in the one it
   * was kept in (snapshot.ts), so a count made anywhere in the office does not make it stale.
   */
  officeLines: Record<Language, string> | null;
  /**
   * This tab holds a request from the portal's earlier steps (background/request-memory.ts):
   * the kept first paint would not show it, so the live panel draws at once. Only that it does,
   * never what it holds.
   */
  requestUnderWay: boolean;
}

/**
 * Who may send a message, checked before its payload is read (utils/messaging/senders.ts):
 * - `portal-script`: our content script in a frame of a portal page (its tab is the answer's scope);
 * - `extension-page`: one of our own pages (popup, options, report, print);
 * - `extension-page-or-portal-script`: either of the two;
 * - `extension`: anything of ours (the popup's `startTour`, which the content script answers).
 */
export const SENDER_RULES = ['portal-script', 'extension-page', 'extension-page-or-portal-script', 'extension'] as const;
export type SenderRule = (typeof SENDER_RULES)[number];

/** The payload of a message that asks with nothing. */
export const NoPayload = z.strictObject({});

// The answer's type rides along as a phantom: only types need it, no value is ever read.
declare const answerType: unique symbol;
interface Answer<T> {
  readonly [answerType]?: T;
}
const answers = <T>(): Answer<T> => ({});

interface Message<From extends SenderRule, Payload extends z.ZodType, A> {
  /** Who may send it. */
  from: From;
  /** What its payload must be, parsed strictly before a handler sees it. */
  payload: Payload;
  answer: Answer<A>;
  /** Who answers: the background, unless the content script listens for it. */
  listener?: 'content-script';
}
const message = <From extends SenderRule, Payload extends z.ZodType, A>(m: Message<From, Payload, A>): Message<From, Payload, A> => m;

/**
 * Every message between our contexts, declared once: who may send it, its payload's schema,
 * its answer's type. Background handlers are registered with `handle()`
 * (entrypoints/background/handle.ts), which takes the rule from here, so a handler without a
 * sender rule or a schema cannot exist. The fuzz and sender tests iterate over this table.
 */
export const PROTOCOL = {
  /** The page in this frame was (not) recognised. */
  reportPageStatus: message({ from: 'portal-script', payload: PageStatus, answer: answers<void>() }),
  /** The popup asks what the content scripts said about a tab. */
  getTabStatus: message({ from: 'extension-page', payload: TabRef, answer: answers<TabStatus>() }),
  /** The panel's "Stato e quota": the popup as a tab about the sender's tab. */
  openStatusPage: message({ from: 'portal-script', payload: NoPayload, answer: answers<void>() }),
  /** Print a document: opens the print page on it. */
  openPrintJob: message({ from: 'portal-script', payload: PrintJobRequest, answer: answers<void>() }),
  /** The print page takes the job behind its token, once. */
  takePrintJob: message({ from: 'extension-page', payload: PrintJobToken, answer: answers<TakenPrintJob>() }),
  /** Merge the scans of the signed delega into one PDF. */
  mergeScans: message({ from: 'portal-script', payload: MergeScansRequest, answer: answers<MergeScansAnswer>() }),
  /** The language the office chose, with its catalogue. */
  getUiLanguage: message({ from: 'extension-page-or-portal-script', payload: UiLanguageRequest, answer: answers<UiLanguage>() }),
  /** The smart card's signing certificate, through Web eID. */
  readSigningCertificate: message({ from: 'extension-page', payload: ReadSigningCertificateRequest, answer: answers<ReadSigningCertificateResult>() }),
  /** A PDF (base64) signed with the card (PAdES). */
  signPdf: message({ from: 'extension-page', payload: SignPdfRequest, answer: answers<SignPdfResult>() }),
  /** Cancel the running Web eID operation; false when none runs. */
  cancelWebEid: message({ from: 'extension-page', payload: NoPayload, answer: answers<boolean>() }),
  /** The place of a Belfiore code (the dataset lives in the background only). */
  lookupBirthplace: message({ from: 'portal-script', payload: BirthplaceQuery, answer: answers<BirthplaceAnswer>() }),
  /** A request was completed; counted once per requestId. */
  recordRequest: message({ from: 'portal-script', payload: RecordRequestInput, answer: answers<RecordResult>() }),
  /** Undo the last count (within 5 minutes): only our pages offer it, a page script cannot take counts back. */
  undoLastRequest: message({ from: 'extension-page', payload: UndoLastRequestInput, answer: answers<UndoResult>() }),
  /** Today's count, limit and breakdown (the popup, and the panel's quota warning). */
  quotaToday: message({ from: 'extension-page-or-portal-script', payload: NoPayload, answer: answers<QuotaToday>() }),
  /** Counts over a range by day, week or month. */
  quotaHistory: message({ from: 'extension-page', payload: QuotaHistoryQuery, answer: answers<QuotaHistory>() }),
  /** The range as CSV for Italian Excel. */
  exportCsv: message({ from: 'extension-page', payload: ExportCsvQuery, answer: answers<CsvExport>() }),
  /** Merge another workstation's CSV export. */
  importCsv: message({ from: 'extension-page', payload: ImportCsvInput, answer: answers<CsvImportResult>() }),
  /** Everything the content script's features start from, in one answer (asked at document_start). */
  contentStart: message({ from: 'portal-script', payload: NoPayload, answer: answers<ContentStart>() }),
  /** What this tab's request saw so far (memory only, across the portal's steps). */
  rememberRequest: message({ from: 'portal-script', payload: RequestMemorySchema, answer: answers<void>() }),
  /**
   * The operator submitted the portal's form before the live panel came: the tab's request
   * holds the submit, for the next page's live panel to count the portal's confirmation.
   */
  noteSubmit: message({ from: 'portal-script', payload: SubmitSeenSchema, answer: answers<void>() }),
  /** The request the earlier steps of this tab saw, if any. */
  recallRequest: message({ from: 'portal-script', payload: NoPayload, answer: answers<RequestMemory | null>() }),
  /** The office's day as known now, no network (the popup, and the panel's limit warning). */
  officeToday: message({ from: 'extension-page-or-portal-script', payload: NoPayload, answer: answers<OfficeToday>() }),
  /** Send what waits to the office server and read its figures (the popup opening). */
  officeSync: message({ from: 'extension-page', payload: NoPayload, answer: answers<OfficeToday>() }),
  /** The office's split by counter over a range, from the server's view (the report). */
  officeHistory: message({ from: 'extension-page', payload: OfficeHistoryQuery, answer: answers<OfficeHistory>() }),
  /** The last seven days, own and office counts as known now, no network (the popup's week). */
  weekAtGlance: message({ from: 'extension-page', payload: NoPayload, answer: answers<WeekAtGlance>() }),
  /** The content script starts a tour: the background injects the tour runner into its frame. */
  injectTourRunner: message({ from: 'portal-script', payload: NoPayload, answer: answers<void>() }),
  /** The content script's first part asks for the live panel (the operator reaches for it, or no kept first paint fits): injected into its frame. */
  injectLiveStage: message({ from: 'portal-script', payload: NoPayload, answer: answers<void>() }),
  /** The live panel's first paint on a page with no citizen data, kept for the next page's first paint. */
  savePanelSnapshot: message({ from: 'portal-script', payload: PanelSnapshotSchema, answer: answers<void>() }),
  /** popup -> content script of a tab: start a guided tour on the reprint page. */
  startTour: message({ from: 'extension', payload: StartTourRequest, answer: answers<StartTourResult>(), listener: 'content-script' }),
} as const;

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
type AnswerOf<K extends MessageType> = Protocol[K]['answer'] extends Answer<infer A> ? A : never;
export type PayloadIn<K extends MessageType> = z.input<Protocol[K]['payload']>;
export type PayloadOut<K extends MessageType> = z.output<Protocol[K]['payload']>;
export type AnswerTo<K extends MessageType> = AnswerOf<K>;

/** The map @webext-core/messaging types sendMessage and onMessage with, derived from the table. */
export type ProtocolMap = { [K in MessageType]: (data: PayloadIn<K>) => AnswerOf<K> };

/** The messages the background answers (all but those a content script listens for). */
export type BackgroundMessage = { [K in MessageType]: Protocol[K] extends { listener: 'content-script' } ? never : K }[MessageType];
