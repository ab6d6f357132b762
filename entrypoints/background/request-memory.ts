import type { Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import type { RequestMemory } from '@/utils/request-memory';
import { RecallRequest, RequestMemorySchema } from '@/utils/schemas';
import { assertOwnContentScript } from '@/utils/sender';

type Sender = Browser.runtime.MessageSender;

// A request left open longer than this is abandoned: its values are dropped.
const FORGET_AFTER_MS = 30 * 60 * 1000;

/**
 * What each tab's request saw on the portal's earlier steps, so a step loaded as a new page
 * still knows the codice fiscale typed before it. Held in this context's memory only, never
 * in storage: when the browser stops the worker it is gone, and the next step simply starts
 * from what it shows (the operator types again what is missing).
 */
const memories = new Map<number, { memory: RequestMemory; at: number }>();

export function rememberRequest(data: unknown, sender: Sender, now = Date.now()): void {
  const tabId = assertOwnContentScript(sender);
  memories.set(tabId, { memory: RequestMemorySchema.parse(data), at: now });
}

export function recallRequest(data: unknown, sender: Sender, now = Date.now()): RequestMemory | null {
  const tabId = assertOwnContentScript(sender);
  RecallRequest.parse(data);
  const kept = memories.get(tabId);
  if (!kept || now - kept.at > FORGET_AFTER_MS) {
    memories.delete(tabId);
    return null;
  }
  return kept.memory;
}

export function registerRequestMemoryHandlers(): void {
  onMessage('rememberRequest', ({ data, sender }) => rememberRequest(data, sender));
  onMessage('recallRequest', ({ data, sender }) => recallRequest(data, sender));
  browser.tabs.onRemoved.addListener((tabId) => void memories.delete(tabId));
}
