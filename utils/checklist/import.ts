import type { z } from 'zod';
import { t, type MessageKey } from '../i18n';
import { ChecklistDefinition } from './definition';
import { idOf, valueAt } from '../import-path';

/** Largest definition file accepted (bytes of text). */
export const MAX_DEFINITION_CHARS = 200_000;

export type ImportResult =
  | { ok: true; definition: ChecklistDefinition }
  | { ok: false; errors: string[]; definition: ChecklistDefinition };

/**
 * Validates a comune's definition file (JSON text). On success returns the new definition;
 * on any problem returns every error, each naming the rule, step and field at fault, and
 * the previous definition unchanged. Never throws.
 */
export function importDefinition(text: string, previous: ChecklistDefinition): ImportResult {
  const fail = (errors: string[]): ImportResult => ({ ok: false, errors, definition: previous });
  if (text.length > MAX_DEFINITION_CHARS) {
    return fail([problem('', t('checklistImportTooLarge', { max: Math.round(MAX_DEFINITION_CHARS / 1000) }))]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail([problem('', t('checklistImportNotJson'))]);
  }
  const parsed = ChecklistDefinition.safeParse(raw);
  if (parsed.success) return { ok: true, definition: parsed.data };
  return fail(parsed.error.issues.slice(0, 20).map((issue) => describeIssue(issue, raw)));
}

/** One zod issue as a sentence an administrator can act on. */
export function describeIssue(issue: z.core.$ZodIssue, raw: unknown): string {
  return problem(where(issue.path, raw), what(issue, raw));
}

function problem(where: string, what: string): string {
  return t('checklistImportError', { where: where || t('checklistImportFile'), problem: what });
}

/** "regola «minor», passo «minor-parent-id», campo «document»" from the issue's path. */
function where(path: readonly PropertyKey[], raw: unknown): string {
  const parts: string[] = [];
  let rest = [...path];
  if (rest[0] === 'rules' && typeof rest[1] === 'number') {
    const rule = valueAt(raw, rest.slice(0, 2));
    parts.push(t('checklistImportRule', { rule: idOf(rule, rest[1]) }));
    rest = rest.slice(2);
    if (rest[0] === 'steps' && typeof rest[1] === 'number') {
      parts.push(t('checklistImportStep', { step: idOf(valueAt(rule, rest.slice(0, 2)), rest[1]) }));
      rest = rest.slice(2);
    }
  }
  if (rest.length > 0) parts.push(t('checklistImportField', { field: rest.map(String).join('.') }));
  return parts.join(', ');
}

function what(issue: z.core.$ZodIssue, raw: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(raw, issue.path) === undefined
        ? t('checklistImportMissing')
        : t('checklistImportWrongType', { expected: issue.expected });
    case 'invalid_value':
      return t('checklistImportBadValue', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'unrecognized_keys':
      return t('checklistImportUnknownKeys', { keys: issue.keys.join(', ') });
    case 'too_small':
      return t('checklistImportTooSmall');
    case 'too_big':
      return t('checklistImportTooBig');
    case 'invalid_format':
      return t('checklistImportBadFormat');
    case 'custom':
      return customMessage(issue);
    default:
      return t('checklistImportInvalid');
  }
}

// Our own refinements carry a catalogue key as their message.
function customMessage(issue: z.core.$ZodIssueCustom): string {
  const key = issue.message as MessageKey;
  if (!key.startsWith('checklistImport')) return t('checklistImportInvalid');
  const c = issue.params?.['case'] as Record<string, unknown> | undefined;
  const label = c ? Object.entries(c).map(([k, v]) => `${k}=${String(v)}`).join(', ') : '';
  return t(key, { case: label });
}
