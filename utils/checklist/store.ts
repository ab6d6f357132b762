import { storage } from 'wxt/utils/storage';
import { ChecklistDefinition } from './definition';
import { importDefinition, type ImportResult } from './import';
import { BUILTIN_DEFINITION } from './rules';

// The procedure only: rules and steps, never anything about a citizen.
const storedDefinition = storage.defineItem<unknown>('local:checklistDefinition');

/**
 * The definition in force: the comune's imported one when it is stored and still valid,
 * otherwise the built-in one. Never throws.
 */
export async function loadDefinition(): Promise<ChecklistDefinition> {
  try {
    const raw = await storedDefinition.getValue();
    if (raw === null) return BUILTIN_DEFINITION;
    const parsed = ChecklistDefinition.safeParse(raw);
    return parsed.success ? parsed.data : BUILTIN_DEFINITION;
  } catch {
    return BUILTIN_DEFINITION;
  }
}

/**
 * Imports a comune's file (the options page's upload): stored only when valid; on errors
 * the definition in force stays as it was and the errors say what to fix.
 */
export async function saveImportedDefinition(text: string): Promise<ImportResult> {
  const result = importDefinition(text, await loadDefinition());
  if (result.ok) await storedDefinition.setValue(result.definition);
  return result;
}

/** Back to the built-in procedure. */
export async function resetDefinition(): Promise<void> {
  await storedDefinition.removeValue();
}

/** Whether the definition in force is a comune's own (for the options page to say so). */
export async function hasImportedDefinition(): Promise<boolean> {
  return (await loadDefinition()) !== BUILTIN_DEFINITION;
}
