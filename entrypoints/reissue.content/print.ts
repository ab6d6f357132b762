import type { DocumentKind } from '@/utils/documents/schema';
import type { PrintJobRequest } from '@/utils/print-job';
import { sendMessage } from '@/utils/messaging';
import type { HalfChoice, PortalPage } from '@/utils/portal/adapter';
import { setChecklistPrintHandler } from './checklist-wiring';
import type { Feature } from './features';

/**
 * The checklist's print buttons: the document is filled in from what the operator already
 * typed into the portal (only values of the right shape; the rest stays a blank line to fill
 * by hand) and opened, ready to print, in a new tab. Nothing of it is kept.
 */
export const printFeature: Feature = {
  id: 'print',
  attach(page, signal) {
    setChecklistPrintHandler((kind) => void printDocument(kind, page));
    signal.addEventListener('abort', () => setChecklistPrintHandler(null));
  },
};

async function printDocument(kind: DocumentKind, page: PortalPage): Promise<void> {
  await sendMessage('openPrintJob', { kind, data: documentDataFromPage(page) });
}

/** What the page holds, in the documents' data shape. Exported for tests. */
export function documentDataFromPage(page: PortalPage, now = new Date()): PrintJobRequest['data'] {
  const value = (input: HTMLInputElement | null): string => input?.value.trim() ?? '';
  const codiceFiscale = value(page.fields.codiceFiscale).replace(/\s+/g, '').toUpperCase();
  const cardNumber = value(page.fields.numeroCarta).replace(/\s+/g, '').toUpperCase();
  const email = value(page.fields.email);
  const surname = value(page.holder.surname);
  const givenName = value(page.holder.name);
  const halves = (Object.entries(page.halves) as [HalfChoice, HTMLInputElement][]).find(([, radio]) => radio.checked)?.[0];
  return {
    holder: {
      ...(surname && { surname: surname.slice(0, 80) }),
      ...(givenName && { givenName: givenName.slice(0, 80) }),
      ...(/^[A-Z0-9]{16}$/.test(codiceFiscale) && { codiceFiscale }),
    },
    ...(/^[A-Z]{2}\d{5}[A-Z]{2}$/.test(cardNumber) && { cardNumber }),
    ...(/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254 && { email }),
    ...(halves && { halves }),
    date: romeDate(now),
  };
}

/** Today's date in Italy, as YYYY-MM-DD (the documents are dated where they are signed). */
function romeDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
