import type { CaseInput } from '@/utils/checklist/case';
import { sendMessage } from '@/utils/messaging';
import { FIELD_NAMES, formOf, tickedHalf, type PortalPage } from '@/utils/portal/adapter';
import { freshMemory, submittedAs, type RequestMemory, type RequestValues, type SubmitSeen } from '@/utils/request-memory';

/**
 * The request in front of the operator, across the portal's steps: what was typed on an
 * earlier screen (the codice fiscale of step 1 is still the one the declaration is printed
 * with in step 2), the checklist's progress and the id that counts it once. In memory only:
 * this module, and for a new page load of the next step the background's memory of the tab
 * (never storage). Gone when the request is counted, reset, or the portal is back at step 1.
 */

let memory: RequestMemory = freshMemory();
const listeners = new Set<(reason: 'new' | 'recalled') => void>();
let syncTimer: ReturnType<typeof setTimeout> | undefined;
let syncPending = false;
let followingPageHide = false;
let recalled: Promise<void> | null = null;

/** The id both the checklist's "done" and the portal's own confirmation count with. */
export function currentRequestId(): string {
  return memory.requestId;
}

/** What was seen of this request so far, on every screen. */
export function requestValues(): Readonly<RequestValues> {
  return memory.values;
}

/** The checklist's progress in this request (kept across a new page load of the next step). */
export function checklistProgress(): RequestMemory['checklist'] {
  return memory.checklist;
}

/** The operator submitted the request to the portal: what it will confirm, kept until it does. */
export function noteSubmitted(page: PortalPage): void {
  noteScreen(page);
  const { halves, email = '' } = memory.values;
  noteSubmission({ halves: halves ?? null, email: email !== '' });
}

/**
 * The operator submitted before the live panel came (typing faster than it loads): what the
 * first part read at that submit (the portal may have cleared the form since). It reads the
 * submitting screen only: the live panel is drawn at once on a later step of a request.
 */
export function noteSubmittedBeforeLive(seen: SubmitSeen): void {
  noteSubmission(seen);
}

function noteSubmission(seen: SubmitSeen): void {
  memory = { ...memory, submitted: submittedAs(seen) };
  scheduleSync();
}

/** What was submitted in this request and not yet confirmed (null before the submit). */
export function submittedRequest(): RequestMemory['submitted'] {
  return memory.submitted;
}

/** The portal confirmed the submitted request and it was counted. */
export function noteConfirmed(): void {
  memory = { ...memory, submitted: null, confirmed: true };
  scheduleSync();
}

export function rememberChecklist(progress: RequestMemory['checklist']): void {
  memory = { ...memory, checklist: progress };
  scheduleSync();
}

/** A new request starts: the last one was counted, reset by the operator, or abandoned. */
export function startNewRequest(): void {
  memory = freshMemory();
  scheduleSync();
  for (const listener of listeners) listener('new');
}

/** Called when a new request starts, or when an earlier step's memory arrives from the background. */
export function onRequestChange(listener: (reason: 'new' | 'recalled') => void, signal: AbortSignal): void {
  listeners.add(listener);
  signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
}

/**
 * Asks the background, once per page, for what the earlier steps of this tab's request saw.
 * Values typed on this screen, and a submit made on it, before the answer came win over the
 * recalled ones.
 */
export function recallRequest(): Promise<void> {
  recalled ??= sendMessage('recallRequest', {})
    .then((answer: unknown) => {
      if (!isMemory(answer)) return;
      const local = memory.checklist;
      const ticked = local !== null && (local.checked.length > 0 || local.touched.length > 0);
      // A submit made on this page when the tab's last request was already counted is the
      // next request: this page's memory stands alone (its own id, nothing of the last one).
      if (memory.submitted !== null && answer.confirmed) return;
      memory = {
        ...answer,
        values: { ...answer.values, ...memory.values },
        checklist: ticked ? local : (answer.checklist ?? local),
        submitted: memory.submitted ?? answer.submitted,
      };
      for (const listener of listeners) listener('recalled');
    })
    .catch(() => undefined);
  return recalled;
}

/**
 * Follows one screen: remembers what the operator types into its fields and, when the portal
 * is back at its first step (the step caption says 1 after a later one, or the card search
 * shows again, empty, after a screen without it), starts a new request.
 */
export function followScreen(page: PortalPage, signal: AbortSignal): void {
  void recallRequest().then(() => {
    if (signal.aborted) return;
    const screen = { step: page.step?.index ?? null };
    // The portal may clear the form it sent: a submit waiting for its confirmation is this request.
    if (memory.submitted === null && backAtFirstStep(memory.screen, screen, page)) startNewRequest();
    memory = { ...memory, screen };
    noteScreen(page);
  });
  const update = (event: Event): void => {
    // After the portal confirmed the last request, typing a new card search starts the next.
    const search = event.target === page.fields.codiceFiscale || event.target === page.fields.numeroCarta;
    if (memory.confirmed && search && event.isTrusted) startNewRequest();
    noteScreen(page);
  };
  for (const input of [...Object.values(page.fields), page.holder.surname, page.holder.name, ...Object.values(page.halves)]) {
    input?.addEventListener('input', update, { signal });
    input?.addEventListener('change', update, { signal });
  }
  // The portal's submit may load its next step: sent before it starts (Firefox may not deliver
  // what a leaving page sends at pagehide).
  formOf(page)?.addEventListener('submit', syncNow, { capture: true, signal });
}

function backAtFirstStep(before: RequestMemory['screen'], now: NonNullable<RequestMemory['screen']>, page: PortalPage): boolean {
  if (now.step !== null && before?.step != null) return now.step === 1 && before.step > 1;
  // No step caption: the card search on show again, empty, while this request has one.
  const search = [page.fields.codiceFiscale, page.fields.numeroCarta].filter((input) => input !== undefined);
  const seen = [memory.values.codiceFiscale, memory.values.numeroCarta].some((value) => value !== undefined && value !== '');
  return search.length > 0 && search.every((input) => input.value.trim() === '') && seen;
}

/** The present fields' values into the memory; fields not on this screen keep what was seen. */
export function noteScreen(page: PortalPage): void {
  const values: RequestValues = { ...memory.values };
  for (const name of FIELD_NAMES) {
    const input = page.fields[name];
    if (input) values[name] = input.value.trim().slice(0, 254);
  }
  if (page.holder.surname) values.surname = page.holder.surname.value.trim().slice(0, 80);
  if (page.holder.name) values.givenName = page.holder.name.value.trim().slice(0, 80);
  const ticked = tickedHalf(page);
  if (ticked) values.halves = ticked;
  if (JSON.stringify(values) === JSON.stringify(memory.values)) return;
  memory = { ...memory, values };
  scheduleSync();
}

// Debounced: typing sends one message when the operator pauses, not one per key.
function scheduleSync(): void {
  clearTimeout(syncTimer);
  syncPending = true;
  syncTimer = setTimeout(syncNow, 300);
  // Once per page, for as long as it lives. A page script's own pagehide only sends our memory
  // to our background sooner.
  if (!followingPageHide) window.addEventListener('pagehide', syncNow);
  followingPageHide = true;
}

/**
 * Sends what waits at once: a page that leaves (the next step's load, the operator pressing
 * Enter on the last character) cannot wait for the debounce, or the next step would recall
 * what the memory held before. Not while the earlier step's memory has not come back (in the
 * page's first moments): then a page that leaves sends nothing, as before.
 */
function syncNow(): void {
  clearTimeout(syncTimer);
  if (!syncPending) return;
  syncPending = false;
  // Never before the earlier step's memory came back: it would be overwritten with less.
  void recallRequest().then(() => sendMessage('rememberRequest', memory).catch(() => undefined));
}

// Our own background's answer; the check only keeps a broken one from breaking the page.
function isMemory(value: unknown): value is RequestMemory {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RequestMemory>;
  return typeof candidate.requestId === 'string' && typeof candidate.values === 'object' && candidate.values !== null;
}

/** For the checklist: the case dimensions the request's screens already answered. */
export function prefillFromRequest(): Partial<Pick<CaseInput, 'halves' | 'email'>> {
  const { halves, email } = memory.values;
  return {
    ...(halves ? { halves } : {}),
    ...(email !== undefined ? { email: email !== '' } : {}),
  };
}
