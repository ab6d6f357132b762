import type { ChecklistDocumentKind, ChecklistSummary } from '@/utils/checklist';
import { sendMessage } from '@/utils/messaging';
import { isPracticeContext } from '@/utils/portal/practice';

/**
 * Counts a completed case in the day's quota (the background dedups by requestId). Only the
 * case kind crosses: never the override reason (free text) or anything about the citizen.
 */
export async function recordChecklistRequest(summary: ChecklistSummary): Promise<void> {
  await sendMessage('recordRequest', {
    requestId: summary.requestId,
    halves: summary.halves,
    channel: summary.channel,
    kind: summary.kind,
    source: 'checklist',
    practice: isPracticeContext(location.href, document),
  });
}

type PrintHandler = (kind: ChecklistDocumentKind) => void;
let printHandler: PrintHandler | null = null;

/** The print flow of the documents feature registers itself here (one handler). */
export function setChecklistPrintHandler(handler: PrintHandler | null): void {
  printHandler = handler;
}

/** What a checklist "print" button does: hand the kind to the print flow, if one is wired. */
export function printChecklistDocument(kind: ChecklistDocumentKind): void {
  printHandler?.(kind);
}
