import type { Browser } from 'wxt/browser';
import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
import type { ChecklistDefinition } from '@/utils/checklist/definition';
import { loadDefinition } from '@/utils/checklist/store';
import { onMessage } from '@/utils/messaging';
import { ContentDataRequest, type ContentSettings } from '@/utils/schemas';
import { assertPortalContentScript } from '@/utils/sender-portal';
import type { Tour } from '@/utils/tours/schema';
import { loadImportedTours } from '@/utils/tours/store';
import { cachedSettings } from './settings-cache';

type Sender = Browser.runtime.MessageSender;

// The content script reads no storage and carries no zod: what it needs from storage is read
// and validated here, and sent to it by message.

/** The office settings the content script acts on. */
export async function contentSettings(data: unknown, sender: Sender): Promise<ContentSettings> {
  await assertPortalContentScript(sender);
  ContentDataRequest.parse(data);
  return { blockSubmitOnErrors: (await cachedSettings()).blockSubmitOnErrors };
}

/** The comune's imported checklist definition when one is stored and valid; null for the built-in one. */
export async function checklistDefinition(data: unknown, sender: Sender): Promise<ChecklistDefinition | null> {
  await assertPortalContentScript(sender);
  ContentDataRequest.parse(data);
  const definition = await loadDefinition();
  return definition === BUILTIN_DEFINITION ? null : definition;
}

/** The trainer's imported tours (none when nothing valid is stored). */
export async function importedTours(data: unknown, sender: Sender): Promise<Tour[]> {
  await assertPortalContentScript(sender);
  ContentDataRequest.parse(data);
  return loadImportedTours();
}

export function registerContentDataHandlers(): void {
  onMessage('getContentSettings', ({ data, sender }) => contentSettings(data, sender));
  onMessage('getChecklistDefinition', ({ data, sender }) => checklistDefinition(data, sender));
  onMessage('getImportedTours', ({ data, sender }) => importedTours(data, sender));
}
