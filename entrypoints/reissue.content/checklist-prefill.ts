import { HALVES, type CaseInput } from '@/utils/checklist/case';
import type { PortalPage } from '@/utils/portal/adapter';

/** What the portal page already says about the case. */
export type PagePrefill = Partial<Pick<CaseInput, 'halves' | 'email'>>;

/**
 * Reads the halves the operator ticked on the portal and whether its e-mail field holds
 * anything. Only "empty or not" is read from the e-mail: the address itself is never kept.
 */
export function readPrefill(page: PortalPage): PagePrefill {
  const prefill: PagePrefill = {};
  const ticked = HALVES.find((half) => page.halves[half]?.checked === true);
  if (ticked) prefill.halves = ticked;
  const email = page.fields.email;
  if (email.isConnected) prefill.email = email.value.trim() !== '';
  return prefill;
}

/** Calls `onChange` with a fresh reading whenever the operator changes those portal fields. */
export function watchPrefill(page: PortalPage, onChange: (prefill: PagePrefill) => void, signal: AbortSignal): void {
  const update = (): void => onChange(readPrefill(page));
  const targets = [page.fields.email, ...Object.values(page.halves)];
  for (const target of targets) {
    target.addEventListener('input', update, { signal });
    target.addEventListener('change', update, { signal });
  }
}
