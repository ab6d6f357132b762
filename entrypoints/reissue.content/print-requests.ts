import type { ChecklistDocumentKind } from '@/utils/checklist/definition';

// Where two features meet: the checklist's "print" buttons ask for a document, the print
// feature makes it. Neither imports the other.

type PrintHandler = (kind: ChecklistDocumentKind) => void;
let printHandler: PrintHandler | null = null;

/** The print feature registers itself here (one handler). */
export function setChecklistPrintHandler(handler: PrintHandler | null): void {
  printHandler = handler;
}

/** What a checklist "print" button does: hand the kind to the print flow, if one is wired. */
export function printChecklistDocument(kind: ChecklistDocumentKind): void {
  printHandler?.(kind);
}
