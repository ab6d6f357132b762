import { sendMessage } from '@/utils/messaging';
import { findConfirmation, type HalfChoice, type PortalPage } from '@/utils/portal/adapter';
import { isPracticeContext } from '@/utils/portal/practice';
import { currentCaseId, nextCaseId } from './case-id';
import type { Feature } from './features';

/**
 * Counts a request when the portal itself confirms it was sent, even if the operator never
 * presses "done" in the checklist. What is counted is read at submit (the portal may clear the
 * form afterwards): which halves, and e-mail or paper. Never a value the operator typed.
 */
let pending: { halves: HalfChoice; channel: 'email' | 'paper' } | null = null;
let lastConfirmation: Element | null = null;

export const portalConfirmationFeature: Feature = {
  id: 'portal-confirmation',
  attach(page, signal) {
    const form = page.fields.codiceFiscale.form;
    // Only a submit the operator made: a page script could fake one to inflate the count.
    form?.addEventListener('submit', (event) => event.isTrusted && (pending = snapshot(page)), { capture: true, signal });
    lastConfirmation = findConfirmation(document);
  },
  onPageChange() {
    const confirmation = findConfirmation(document);
    if (!confirmation || confirmation === lastConfirmation || !pending) return;
    lastConfirmation = confirmation;
    const { halves, channel } = pending;
    pending = null;
    void sendMessage('recordRequest', {
      requestId: currentCaseId(),
      halves,
      channel,
      kind: 'holder',
      source: 'portal',
      practice: isPracticeContext(location.href, document),
    }).catch(() => undefined);
    nextCaseId();
  },
};

function snapshot(page: PortalPage): { halves: HalfChoice; channel: 'email' | 'paper' } {
  const chosen = (Object.entries(page.halves) as [HalfChoice, HTMLInputElement][]).find(([, radio]) => radio.checked);
  return { halves: chosen?.[0] ?? 'both', channel: page.fields.email.value.trim() ? 'email' : 'paper' };
}
