import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PageStatus, TabRef, TabStatus } from './schemas';

/** Every message between our contexts. Handlers validate `data` with the zod schema of the same name. */
interface ProtocolMap {
  /** content script -> background: the page in this tab was (not) recognised. */
  reportPageStatus(data: PageStatus): void;
  /** popup -> background: what the content script said about a tab. */
  getTabStatus(data: TabRef): TabStatus;
  /** content script -> background: open the status page for the sender's tab. */
  openStatusPage(data: Record<string, never>): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
