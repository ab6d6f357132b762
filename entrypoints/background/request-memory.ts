import type { Browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import type { RequestMemory } from '@/utils/request-memory';
import { RecallRequest, RequestMemorySchema } from '@/utils/schemas';
import { assertPortalContentScript } from '@/utils/sender-portal';

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

export async function rememberRequest(data: unknown, sender: Sender, now = Date.now()): Promise<void> {
  const tabId = await assertPortalContentScript(sender);
  memories.set(tabId, { memory: RequestMemorySchema.parse(data), at: now });
}

export async function recallRequest(data: unknown, sender: Sender, now = Date.now()): Promise<RequestMemory | null> {
  const tabId = await assertPortalContentScript(sender);
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
