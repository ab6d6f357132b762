import { holdsARequest, withSubmit, type RequestMemory } from '@/utils/request-memory';
import { handler, listen } from './handle';

// A request left open longer than this is abandoned: its values are dropped.
const FORGET_AFTER_MS = 30 * 60 * 1000;

/**
 * What each tab's request saw on the portal's earlier steps, so a step loaded as a new page
 * still knows the codice fiscale typed before it. Held in this context's memory only, never
 * in storage: when the browser stops the worker it is gone, and the next step simply starts
 * from what it shows (the operator types again what is missing).
 */
const memories = new Map<number, { memory: RequestMemory; at: number }>();

export const rememberRequest = handler('rememberRequest', (memory, { tabId }) => {
  memories.set(tabId, { memory, at: Date.now() });
});

export const recallRequest = handler('recallRequest', (_, { tabId }): RequestMemory | null => kept(tabId));

/**
 * A submit the content script's first part saw (the live panel had not come yet): added to
 * the tab's request here, where its latest memory is, and kept even if the page leaves at once.
 */
export const noteSubmit = handler('noteSubmit', (seen, { tabId }) => {
  memories.set(tabId, { memory: withSubmit(kept(tabId), seen), at: Date.now() });
});

/** The tab holds a request (for the start answer: whether, never what). */
export function requestUnderWay(tabId: number): boolean {
  const memory = kept(tabId);
  return memory !== null && holdsARequest(memory);
}

/** The tab's request, unless it was left open too long. */
function kept(tabId: number): RequestMemory | null {
  const entry = memories.get(tabId);
  if (!entry || Date.now() - entry.at > FORGET_AFTER_MS) {
    memories.delete(tabId);
    return null;
  }
  return entry.memory;
}

export function registerRequestMemoryHandlers(): void {
  listen(rememberRequest, recallRequest, noteSubmit);
  browser.tabs.onRemoved.addListener((tabId) => void memories.delete(tabId));
}
