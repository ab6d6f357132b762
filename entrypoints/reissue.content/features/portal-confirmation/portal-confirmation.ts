import { sendMessage } from '@/utils/messaging';
import { findConfirmation, formOf } from '@/utils/portal/adapter';
import { isPracticeContext } from '@/utils/portal/practice';
import type { Feature } from '../../feature';
import { currentRequestId, noteConfirmed, noteSubmitted, recallRequest, submittedRequest } from '../../request-memory';

/**
 * Counts a request when the portal itself confirms it was sent, even if the operator never
 * presses "done" in the checklist. What is counted is read at submit (the portal may clear the
 * form, or show its confirmation on the next page): which halves, and e-mail or paper. Never a
 * value the operator typed. The checklist's "done" sends the same request id: counted once.
 */
let lastConfirmation: Element | null = null;

export const portalConfirmationFeature: Feature = {
  id: 'portal-confirmation',
  attach(page, signal) {
    // Only a submit the operator made: a page script could fake one to inflate the count.
    formOf(page)?.addEventListener('submit', (event) => event.isTrusted && noteSubmitted(page), { capture: true, signal });
    // A confirmation already on show when this page loaded counts only if this request was
    // submitted on the step before (known once the background's memory is back).
    void recallRequest().then(() => !signal.aborted && countConfirmation());
  },
  onPageChange: () => countConfirmation(),
};

function countConfirmation(): void {
  const confirmation = findConfirmation(document);
  if (!confirmation || confirmation === lastConfirmation) return;
  lastConfirmation = confirmation;
  const submitted = submittedRequest();
  if (!submitted) return;
  void sendMessage('recordRequest', {
    requestId: currentRequestId(),
    halves: submitted.halves,
    channel: submitted.channel,
    kind: 'holder',
    source: 'portal',
    practice: isPracticeContext(location.href, document),
  }).catch(() => undefined);
  // The request stays current: the checklist's "done" sends the same id (counted once); the
  // operator typing the next card search, or the checklist's reset, starts the next one.
  noteConfirmed();
}
