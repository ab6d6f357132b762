import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
import type { ChecklistDefinition } from '@/utils/checklist/definition';
import { loadDefinition } from '@/utils/checklist/store';
import type { ContentSettings } from '@/utils/schemas';
import { loadImportedTours } from '@/utils/tours/store';
import { handler, listen } from './handle';
import { cachedSettings } from './settings-cache';

// The content script reads no storage and carries no zod: what it needs from storage is read
// and validated here, and sent to it by message.

/** The office settings the content script acts on. */
export const contentSettings = handler('getContentSettings', async (): Promise<ContentSettings> => ({
  blockSubmitOnErrors: (await cachedSettings()).blockSubmitOnErrors,
}));

/** The comune's imported checklist definition when one is stored and valid; null for the built-in one. */
export const checklistDefinition = handler('getChecklistDefinition', async (): Promise<ChecklistDefinition | null> => {
  const definition = await loadDefinition();
  return definition === BUILTIN_DEFINITION ? null : definition;
});

/** The trainer's imported tours (none when nothing valid is stored). */
export const importedTours = handler('getImportedTours', () => loadImportedTours());

export function registerContentDataHandlers(): void {
  listen(contentSettings, checklistDefinition, importedTours);
}
