import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messaging/protocol';

// Types only from the protocol table: its zod schemas stay out of the content script.
export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
