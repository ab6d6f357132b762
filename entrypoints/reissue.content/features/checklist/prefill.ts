import { HALVES, type CaseInput } from '@/utils/checklist/case';
import type { PortalPage } from '@/utils/portal/adapter';
import { currentMinorStatus, onMinorDetected } from '../../holder-age';
import { onRequestChange, prefillFromRequest } from '../../request-memory';

/** What the portal already says about the case. */
export type PagePrefill = Partial<Pick<CaseInput, 'who' | 'halves' | 'email'>>;

/**
 * The halves the operator ticked and whether an e-mail was given, on this screen or an
 * earlier step of the same request; a minor's case when the codice fiscale says the holder is
 * under 18 (the holder's own case when it says an adult). Only "empty or not" is read from
 * the e-mail.
 */
export function readPrefill(page: PortalPage): PagePrefill {
  const prefill: PagePrefill = prefillFromRequest();
  const holder = currentMinorStatus();
  if (holder) prefill.who = holder.minor ? 'minor' : 'holder';
  const ticked = HALVES.find((half) => page.halves[half]?.checked === true);
  if (ticked) prefill.halves = ticked;
  const email = page.fields.email;
  if (email?.isConnected) prefill.email = email.value.trim() !== '';
  return prefill;
}

/** Calls `onChange` with a fresh reading whenever the operator changes those portal fields. */
export function watchPrefill(page: PortalPage, onChange: (prefill: PagePrefill) => void, signal: AbortSignal): void {
  const update = (): void => onChange(readPrefill(page));
  const targets = [page.fields.email, ...Object.values(page.halves)];
  for (const target of targets) {
    target?.addEventListener('input', update, { signal });
    target?.addEventListener('change', update, { signal });
  }
  // An earlier step's answers arrived from the background after this screen was read.
  onRequestChange((reason) => reason === 'recalled' && update(), signal);
  onMinorDetected(update, signal);
}
