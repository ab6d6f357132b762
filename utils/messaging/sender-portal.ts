import { browser, type Browser } from 'wxt/browser';
import { grantedExtraOrigin, httpOrigin, isPortalUrl, type ExtraOriginCheck } from '../net/portal-origins';
import type { SenderRule } from './protocol';
import { assertOwnExtension, assertOwnPage, ForeignSenderError } from './sender';

type Sender = Browser.runtime.MessageSender;

/**
 * A message from our content script on a portal page. Our id alone is not enough: our script
 * also runs on granted extra origins, and a look-alike or framed page must not get through.
 * - in a tab (`sender.tab.id`), which every answer and rate limit is tied to;
 * - the frame's URL (and its origin, where the browser gives one) on a portal origin: a
 *   Ministry domain or an extra origin in the settings whose permission is granted;
 * - the tab's top-level URL on a portal origin too. The portal may live in a frame of a
 *   Ministry shell page (frameId is not required to be 0), but never inside a foreign page.
 *   Without a host permission for the top page the browser gives no `tab.url`: refused.
 * Returns the tab id. Checked before the payload is looked at.
 */
export async function assertPortalContentScript(sender: Sender, extra: ExtraOriginCheck = grantedExtraOrigin): Promise<number> {
  assertOwnExtension(sender);
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new ForeignSenderError('tab');
  const frame = httpOrigin(sender.url);
  if (!frame || !(await isPortalUrl(sender.url, extra))) throw new ForeignSenderError('url');
  // Chromium reports the frame's own origin: an opaque ("null") or different one is a sandboxed
  // or rewritten frame, not the portal page the URL names.
  if (sender.origin !== undefined && sender.origin !== frame.origin) throw new ForeignSenderError('origin');
  if (!(await isPortalUrl(sender.tab?.url, extra))) throw new ForeignSenderError('tab url');
  return tabId;
}

/** A message both our pages and our content script send (today's count, the UI language). */
export async function assertOwnPageOrPortalContentScript(sender: Sender, extra: ExtraOriginCheck = grantedExtraOrigin): Promise<void> {
  assertOwnExtension(sender);
  if (sender.url?.startsWith(browser.runtime.getURL('/'))) return;
  await assertPortalContentScript(sender, extra);
}

/** What a checked sender gives its handler: the tab of a portal script, nothing more for the rest. */
export type CheckedSender<R extends SenderRule> = R extends 'portal-script' ? { tabId: number } : Record<string, never>;

/** Applies a protocol sender rule (utils/messaging/protocol.ts); throws ForeignSenderError on refusal. */
export async function checkSender<R extends SenderRule>(rule: R, sender: Sender, extra: ExtraOriginCheck = grantedExtraOrigin): Promise<CheckedSender<R>> {
  switch (rule) {
    case 'portal-script':
      return { tabId: await assertPortalContentScript(sender, extra) } as CheckedSender<R>;
    case 'extension-page':
      assertOwnPage(sender);
      break;
    case 'extension-page-or-portal-script':
      await assertOwnPageOrPortalContentScript(sender, extra);
      break;
    case 'extension':
      assertOwnExtension(sender);
      break;
    default:
      throw new ForeignSenderError(`rule ${String(rule satisfies never)}`);
  }
  return {} as CheckedSender<R>;
}
