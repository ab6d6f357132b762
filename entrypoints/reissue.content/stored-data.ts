import type { ChecklistDefinition } from '@/utils/checklist/definition';
import { BUILTIN_DEFINITION } from '@/utils/checklist/rules';
import { sendMessage } from '@/utils/messaging';
import type { Tour } from '@/utils/tours/schema';

// The content script reads no storage and carries no zod (its size and start-up time are
// the page's): the background reads, validates and answers. Our own background's answer is
// trusted; these checks only keep a broken answer from breaking the page. Never throw.

/** Whether the office asked to block the portal's submit while a field is wrong. */
export async function askBlockSubmit(): Promise<boolean> {
  try {
    return (await sendMessage('getContentSettings', {})).blockSubmitOnErrors === true;
  } catch {
    return false;
  }
}

/** The checklist definition in force: the comune's imported one, else the built-in one. */
export async function askChecklistDefinition(): Promise<ChecklistDefinition> {
  try {
    const answer: unknown = await sendMessage('getChecklistDefinition', {});
    return isDefinition(answer) ? answer : BUILTIN_DEFINITION;
  } catch {
    return BUILTIN_DEFINITION;
  }
}

/** The trainer's imported tours, or none. */
export async function askImportedTours(): Promise<Tour[]> {
  try {
    const answer: unknown = await sendMessage('getImportedTours', {});
    return Array.isArray(answer) ? (answer as Tour[]) : [];
  } catch {
    return [];
  }
}

function isDefinition(value: unknown): value is ChecklistDefinition {
  return typeof value === 'object' && value !== null && 'rules' in value && Array.isArray(value.rules) && value.rules.length > 0;
}
