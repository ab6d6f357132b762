import { browser, type Browser } from 'wxt/browser';

/** Thrown when a message does not come from one of our own contexts. */
export class ForeignSenderError extends Error {
  constructor(what: string) {
    super(`Messaggio rifiutato: mittente non valido (${what}).`);
  }
}

type Sender = Browser.runtime.MessageSender;

// Light on purpose: the content script imports this file too. The portal checks, which read
// the settings, are in sender-portal.ts (background only).

/** Trust comes from who sent a message, never from its payload. */
export function assertOwnExtension(sender: Sender): void {
  if (sender.id !== browser.runtime.id) throw new ForeignSenderError('id');
}

/** A message from one of our extension pages (popup, options, report, print), not a content script. */
export function assertOwnPage(sender: Sender): void {
  assertOwnExtension(sender);
  const base = browser.runtime.getURL('/');
  if (!sender.url?.startsWith(base)) throw new ForeignSenderError('url');
}
