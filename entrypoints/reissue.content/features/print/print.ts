import type { DocumentKind } from '@/utils/documents/schema';
import type { PrintJobRequest } from '@/utils/print-job';
import { sendMessage } from '@/utils/messaging';
import type { PortalPage } from '@/utils/portal/adapter';
import type { RequestValues } from '@/utils/request-memory';
import { setChecklistPrintHandler } from '../../print-requests';
import type { Feature } from '../../feature';
import { noteScreen, recallRequest, requestValues } from '../../request-memory';
import { CARD_NUMBER_SHAPE, CODICE_FISCALE_SHAPE, EMAIL_SHAPE, MAX_EMAIL_CHARS } from '@/utils/field-shapes';

/**
 * The checklist's print buttons: the document is filled in from what the operator typed into
 * the portal on any step of this request (only values of the right shape; the rest stays a
 * blank line to fill by hand) and opened, ready to print, in a new tab. Nothing of it is kept.
 */
export const printFeature: Feature = {
  id: 'print',
  attach(page, signal) {
    setChecklistPrintHandler((kind) => void printDocument(page, kind));
    signal.addEventListener('abort', () => setChecklistPrintHandler(null));
  },
};

/**
 * Filled in from what the screen holds at the press, over what the earlier steps saw: the
 * memory follows typing through events, and a document must not depend on whether every
 * event was seen (typing while the live panel was still on its way, a value set by script).
 */
export async function printDocument(page: PortalPage, kind: DocumentKind): Promise<void> {
  await recallRequest();
  noteScreen(page);
  await sendMessage('openPrintJob', { kind, data: documentData(requestValues()) });
}

/** What the request's screens held, in the documents' data shape. Exported for tests. */
export function documentData(seen: Readonly<RequestValues>, now = new Date()): PrintJobRequest['data'] {
  const value = (text: string | undefined): string => text?.trim() ?? '';
  const codiceFiscale = value(seen.codiceFiscale).replace(/\s+/g, '').toUpperCase();
  const cardNumber = value(seen.numeroCarta).replace(/\s+/g, '').toUpperCase();
  const email = value(seen.email);
  const surname = value(seen.surname);
  const givenName = value(seen.givenName);
  const halves = seen.halves;
  return {
    holder: {
      ...(surname && { surname: surname.slice(0, 80) }),
      ...(givenName && { givenName: givenName.slice(0, 80) }),
      ...(CODICE_FISCALE_SHAPE.test(codiceFiscale) && { codiceFiscale }),
    },
    ...(CARD_NUMBER_SHAPE.test(cardNumber) && { cardNumber }),
    ...(EMAIL_SHAPE.test(email) && email.length <= MAX_EMAIL_CHARS && { email }),
    ...(halves && { halves }),
    date: romeDate(now),
  };
}

/** Today's date in Italy, as YYYY-MM-DD (the documents are dated where they are signed). */
function romeDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
