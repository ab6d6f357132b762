import type { CaseInput } from './checklist/case';
import type { HalfChoice } from './portal/words';

/**
 * The request in front of the operator, as the content script remembers it across the
 * portal's steps. Plain types (the content script carries no zod; the background's schema is
 * `RequestMemorySchema` in schemas.ts). Held in memory only, never in storage.
 */
export interface RequestValues {
  codiceFiscale?: string;
  numeroCarta?: string;
  email?: string;
  surname?: string;
  givenName?: string;
  halves?: HalfChoice;
}

export interface RequestMemory {
  /** Random: counts the request once, says nothing about the citizen. */
  requestId: string;
  values: RequestValues;
  /** The checklist's case and ticked steps (procedure only). */
  checklist: { case: CaseInput; checked: string[]; touched: (keyof CaseInput)[] } | null;
  /** The last screen seen: the step the portal's caption said, if any. */
  screen: { step: number | null } | null;
  /** What the operator submitted to the portal (its confirmation may come on the next page). */
  submitted: { halves: HalfChoice; channel: 'email' | 'paper' } | null;
  /** The portal confirmed it and it was counted; the checklist's "done" counts the same id. */
  confirmed: boolean;
}

/**
 * Whether a request is under way: a value typed (the halves are the form's own choice, not the
 * citizen's), a step ticked or the case changed by the operator, a submit awaiting the portal. A fresh memory, as
 * left after a request is counted, holds none of these.
 */
export function holdsARequest(memory: Pick<RequestMemory, 'values' | 'checklist' | 'submitted'>): boolean {
  const { values, checklist, submitted } = memory;
  return (
    Object.entries(values).some(([key, value]) => key !== 'halves' && Boolean(value)) ||
    (checklist !== null && (checklist.checked.length > 0 || checklist.touched.length > 0)) ||
    submitted !== null
  );
}

/** What a submit will have the portal confirm, read at the submit: never a value, only its kind. */
export interface SubmitSeen {
  halves: HalfChoice | null;
  /** An e-mail was given for the second half (else the paper delega). */
  email: boolean;
}

/** A request nothing is known of yet, with its own id. */
export function freshMemory(): RequestMemory {
  return { requestId: crypto.randomUUID(), values: {}, checklist: null, screen: null, submitted: null, confirmed: false };
}

/** What is kept of a submit: the half ticked (both when the form had no choice), e-mail or paper. */
export function submittedAs(seen: SubmitSeen): NonNullable<RequestMemory['submitted']> {
  return { halves: seen.halves ?? 'both', channel: seen.email ? 'email' : 'paper' };
}

/**
 * The tab's memory once the operator submitted: the earlier steps' request with the submit, or
 * the next request when there is none or the last one was already counted (its own id,
 * nothing of the last).
 */
export function withSubmit(earlier: RequestMemory | null, seen: SubmitSeen): RequestMemory {
  const request = earlier && !earlier.confirmed ? earlier : freshMemory();
  return { ...request, submitted: submittedAs(seen) };
}
